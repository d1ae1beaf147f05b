/// Derives a readable label from an HGNC symbol or group id with a few nomenclature rules, so
/// no table of labels lives in code:
///
/// - `IL6` → `IL-6`, `IL17A` → `IL-17A`; in the IL-1 family the letter is Greek
///   (`IL1B` → `IL-1β`, `IL36G` → `IL-36γ`);
/// - `IFNG` → `IFN-γ`, `IFNA2` → `IFN-α2`, `IFNL1` → `IFN-λ1`;
/// - `TGFB1` → `TGF-β1`, `TGFB` → `TGF-β`;
/// - `TNF` → `TNF-α`, `LTA` → `LT-α`, `LTB` → `LT-β`;
/// - anything else stays as it is (`CXCL8`, `CCL2`, `CSF2`).
public enum NodeLabel {
    /// The label for an id.
    public static func derive(from id: String) -> String {
        switch id {
        case "TNF": return "TNF-α"
        case "LTA": return "LT-α"
        case "LTB": return "LT-β"
        default: break
        }
        if let label = interleukin(id) ?? interferon(id) ?? transformingGrowthFactor(id) { return label }
        return id
    }

    private static func interleukin(_ id: String) -> String? {
        guard id.hasPrefix("IL") else { return nil }
        let rest = id.dropFirst(2)
        let number = rest.prefix { $0.isASCII && $0.isNumber }
        let suffix = rest.dropFirst(number.count)
        guard !number.isEmpty, suffix.count <= 1, suffix.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        if number == "1" || number == "36", let letter = suffix.first, let greek = greek(letter) {
            return "IL-\(number)\(greek)"
        }
        return "IL-\(number)\(suffix)"
    }

    private static func interferon(_ id: String) -> String? {
        guard id.hasPrefix("IFN"), let letter = id.dropFirst(3).first, let greek = greek(letter) else { return nil }
        let number = id.dropFirst(4)
        guard number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "IFN-\(greek)\(number)"
    }

    private static func transformingGrowthFactor(_ id: String) -> String? {
        guard id.hasPrefix("TGFB") else { return nil }
        let number = id.dropFirst(4)
        guard number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "TGF-β\(number)"
    }

    /// The Greek letter a gene symbol spells with one Latin capital.
    private static func greek(_ letter: Character) -> Character? {
        switch letter {
        case "A": "α"
        case "B": "β"
        case "G": "γ"
        case "D": "δ"
        case "E": "ε"
        case "K": "κ"
        case "L": "λ"
        case "W": "ω"
        default: nil
        }
    }
}
