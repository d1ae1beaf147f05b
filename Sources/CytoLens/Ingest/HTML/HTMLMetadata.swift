import ArticleXML

/// The title and identifiers a page declares in its `<meta>` tags (Highwire `citation_*`, Dublin
/// Core `dc.*`, PRISM), its canonical links and its `<title>`.
struct HTMLMetadata {
    /// The declared article title (`citation_title`, then `dc.title`), or `nil`.
    var declaredTitle: String?
    /// The `<title>` element's text without a trailing site name, or `nil`.
    var pageTitle: String?
    /// PubMed id, PMC id and DOI as far as the page gives them.
    var identifiers = ArticleIdentifiers()

    /// Reads the metadata of a parsed page.
    init(page root: MarkupElement) {
        var metas: [(name: String, content: String)] = []
        var links: [String] = []
        var titleElement: MarkupElement?
        var stack = [root]
        while let element = stack.popLast() {
            switch element.name {
            case "meta":
                let name = (element.attributes["name"] ?? element.attributes["property"] ?? "").lowercased()
                if !name.isEmpty, let content = element.attributes["content"] {
                    let clean = TextCleaner.normalizeWhitespace(content)
                    if !clean.isEmpty { metas.append((name, clean)) }
                }
            case "link":
                if element.attributes["rel"]?.lowercased() == "canonical", let href = element.attributes["href"] {
                    links.append(href)
                }
            case "title":
                if titleElement == nil { titleElement = element }
            case "svg", "math", "script", "style":
                // SVG has <title> elements of its own.
                continue
            default:
                break
            }
            stack.append(contentsOf: element.elements.reversed())
        }
        // The stack visits in document order, so the first value of each name wins.
        func first(_ names: String...) -> String? {
            for name in names {
                if let hit = metas.first(where: { $0.name == name }) { return hit.content }
            }
            return nil
        }
        declaredTitle = first("citation_title", "dc.title", "prism.title")
        if let titleElement {
            pageTitle = HTMLMetadata.withoutSiteName(TextCleaner.normalizeWhitespace(titleElement.text()))
        }
        let dcIdentifiers = metas.filter { $0.name == "dc.identifier" }.map(\.content)
        identifiers.pmid =
            first("citation_pmid").flatMap(HTMLMetadata.pmid)
            ?? dcIdentifiers.lazy.compactMap { HTMLMetadata.prefixed($0, "pmid:").flatMap(HTMLMetadata.pmid) }.first
        identifiers.doi =
            first("citation_doi", "prism.doi").flatMap(HTMLMetadata.doi)
            ?? dcIdentifiers.lazy.compactMap(HTMLMetadata.doi).first
        let pmcSources =
            [first("citation_pmcid")].compactMap { $0 }
            + dcIdentifiers
            + links
            + ["ncbi_pcid", "citation_abstract_html_url", "citation_fulltext_html_url", "og:url"].compactMap { first($0) }
        identifiers.pmcid = pmcSources.lazy.compactMap(HTMLMetadata.pmcid).first
    }

    /// Digits of a PubMed id (`"12345678"`, `"pmid:12345678"`), or `nil`.
    static func pmid(_ value: String) -> String? {
        let digits = value.lowercased().hasPrefix("pmid:") ? String(value.dropFirst(5)) : value
        let trimmed = digits.trimmingSpaces()
        return !trimmed.isEmpty && trimmed.count <= 10 && trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) ? trimmed : nil
    }

    /// A DOI without resolver or scheme prefix (`doi:`, `info:doi/`, `https://doi.org/`), or `nil`
    /// when the value is not a DOI.
    static func doi(_ value: String) -> String? {
        var text = Substring(value.trimmingSpaces())
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "info:doi/"]
        where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        text = text.drop(while: { $0 == " " })
        return text.hasPrefix("10.") && text.contains("/") && !text.contains(" ") ? String(text) : nil
    }

    /// The first `PMC` + digits in a value (an id, `pmcid:…`, or a PMC article URL), or `nil`.
    static func pmcid(_ value: String) -> String? {
        let upper = Array(value.uppercased().utf8)
        var i = 0
        while i + 3 < upper.count {
            if upper[i] == UInt8(ascii: "P"), upper[i + 1] == UInt8(ascii: "M"), upper[i + 2] == UInt8(ascii: "C") {
                var j = i + 3
                while j < upper.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(upper[j]) { j += 1 }
                let letterBefore = i > 0 && (upper[i - 1] >= UInt8(ascii: "A") && upper[i - 1] <= UInt8(ascii: "Z"))
                if j - (i + 3) >= 4, !letterBefore { return "PMC" + String(decoding: upper[(i + 3)..<j], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    private static func prefixed(_ value: String, _ prefix: String) -> String? {
        value.lowercased().hasPrefix(prefix) ? value : nil
    }

    /// Drops a trailing site name: "Title | Journal" → "Title"; "Title - PMC" → "Title".
    static func withoutSiteName(_ title: String) -> String? {
        var text = title
        let parts = text.split(separator: " | ", omittingEmptySubsequences: false)
        if parts.count > 1, let site = parts.last, site.count * 3 < text.count {
            text = parts.dropLast().joined(separator: " | ")
        }
        for site in [" - PMC", " - PubMed", " - NCBI", " – PMC", " - Europe PMC"] where text.hasSuffix(site) {
            text = String(text.dropLast(site.count))
        }
        return text.isEmpty ? nil : text
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
