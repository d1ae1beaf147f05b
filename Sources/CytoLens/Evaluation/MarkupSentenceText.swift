/// The text of a gold sentence that a markup file (JATS, PMC HTML, PubMed XML) holds with
/// inline markup (`IL-1<italic>β</italic>`, `[<xref …>12</xref>]`): tags removed, the XML and
/// HTML character references decoded, a no-break space read as a space. The gold checker
/// (`scripts/check_claims_gold.py`, `plain_text`) reads such a slice the same way.
enum MarkupSentenceText {
    /// The plain text of `raw`; `raw` itself when it holds neither `<` nor `&`.
    static func plainText(_ raw: String) -> String {
        guard raw.contains("<") || raw.contains("&") else { return raw }
        var out = String.UnicodeScalarView()
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", let close = scalars[i...].firstIndex(of: ">") {
                i = close + 1
            } else if c == "&", let semicolon = scalars[i...].prefix(12).firstIndex(of: ";"),
                let decoded = reference(String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon])))
            {
                out.append(decoded)
                i = semicolon + 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// The character that `&name;` stands for, or nil for a name it does not know.
    private static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let scalar = value.flatMap(Unicode.Scalar.init) else { return nil }
            return scalar == "\u{00A0}" ? " " : scalar
        }
    }
}
