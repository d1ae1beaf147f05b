import ArticleXML

/// Reads the PubMed id, PMC id and DOI of a JATS article from its `<article-id>` elements.
enum JATSIdentifiers {
    /// The identifiers in `<article-meta>`: `pub-id-type` `pmid`, `pmc` / `pmcid` (or `pmc-uid`
    /// when neither is given) and `doi`. Malformed values are ignored rather than guessed at.
    static func read(from meta: MarkupDocument.Element, in document: MarkupDocument) -> ArticleIdentifiers {
        var identifiers = ArticleIdentifiers()
        var pmcUID: String?
        for id in document.elements(of: meta) where document.name(of: id) == "article-id" {
            let value = TextCleaner.normalizeWhitespace(document.text(of: id))
            switch document.attribute("pub-id-type", of: id)?.lowercased() {
            case "pmid":
                if identifiers.pmid == nil, isDigits(value) { identifiers.pmid = value }
            case "pmc", "pmcid":
                if identifiers.pmcid == nil { identifiers.pmcid = normalizedPMCID(value) }
            case "pmc-uid":
                pmcUID = pmcUID ?? normalizedPMCID(value)
            case "doi":
                if identifiers.doi == nil { identifiers.doi = normalizedDOI(value) }
            default:
                continue
            }
        }
        if identifiers.pmcid == nil { identifiers.pmcid = pmcUID }
        return identifiers
    }

    /// `"PMC123"` from `"123"`, `"PMC123"` or `"pmc123"`; `nil` when there are no digits after it.
    static func normalizedPMCID(_ value: String) -> String? {
        let digits = value.uppercased().hasPrefix("PMC") ? String(value.dropFirst(3)) : value
        return isDigits(digits) ? "PMC" + digits : nil
    }

    /// The DOI without a resolver or `doi:` prefix; `nil` unless it starts with `10.`.
    static func normalizedDOI(_ value: String) -> String? {
        var doi = Substring(value)
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where doi.lowercased().hasPrefix(prefix) {
            doi = doi.dropFirst(prefix.count)
        }
        return doi.hasPrefix("10.") ? String(doi) : nil
    }

    private static func isDigits(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
