/// The normalized form under which a word of a sentence and a word of a cue list are compared.
///
/// Lower case; `tumour` → `tumor`; British `-ise`/`-isation` → `-ize`/`-ization`; the minus sign
/// and dashes → `-`; a hyphen between two letters or digits dropped (`anti-tumor` and
/// `antitumor` meet), while a leading or trailing hyphen is kept (`-deficient`, `anti-`).
enum CueKey {
    /// The key of one word.
    static func of(_ word: some StringProtocol) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in String(word).lowercased().unicodeScalars {
            switch scalar {
            case "\u{2212}", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": scalars.append("-")
            case "\u{2019}": scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        var kept: [Unicode.Scalar] = []
        for (i, scalar) in scalars.enumerated() {
            if scalar == "-", i > 0, i < scalars.count - 1, isAlphanumeric(scalars[i - 1]), isAlphanumeric(scalars[i + 1]) {
                continue
            }
            kept.append(scalar)
        }
        var key = String(String.UnicodeScalarView(kept))
        if key.contains("tumour") { key = key.replacing("tumour", with: "tumor") }
        if key.contains("signall") { key = key.replacing("signall", with: "signal") }
        if key.contains("neutralis") { key = key.replacing("neutralis", with: "neutraliz") }
        for (british, american) in britishEndings where key.count > british.count + 2 && key.hasSuffix(british) {
            key = String(key.dropLast(british.count)) + american
            break
        }
        return key
    }

    /// The keys of the words of a phrase, split at spaces.
    static func words(of phrase: String) -> [String] {
        phrase.split(separator: " ").map { of($0) }
    }

    private static let britishEndings: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("ise", "ize"), ("our", "or"),
    ]

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
