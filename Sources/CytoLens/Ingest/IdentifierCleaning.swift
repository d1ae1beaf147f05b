/// Turns the identifier spellings found in PubMed, BioC and PubTator files into the forms
/// ``ArticleIdentifiers`` documents: digits for a PMID, `PMC` + digits for a PMCID, a bare DOI.
enum IdentifierCleaning {
    /// A PubMed id: the digits of `raw` when it is all digits (after trimming), else `nil`.
    static func pmid(_ raw: String) -> String? {
        let trimmed = trim(raw)
        return isDigits(trimmed) ? trimmed : nil
    }

    /// A PMC id with its `PMC` prefix, from `PMC123`, `pmc123` or `123`; `nil` for anything else.
    ///
    /// Text after the number is ignored, as in MEDLINE's `<OtherID>PMC123 [Available on 2025-01-01]`.
    static func pmcid(_ raw: String) -> String? {
        var rest = Substring(trim(raw))
        if rest.uppercased().hasPrefix("PMC") { rest = rest.dropFirst(3) }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count == rest.count || rest.dropFirst(digits.count).first == " " else {
            return nil
        }
        return "PMC" + digits
    }

    /// A DOI without a resolver or `doi:` prefix; `nil` when `raw` does not start with `10.`.
    static func doi(_ raw: String) -> String? {
        var text = Substring(trim(raw))
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        return text.hasPrefix("10.") ? String(text) : nil
    }

    /// `raw` without surrounding white space.
    static func trim(_ raw: String) -> String {
        String(raw.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
