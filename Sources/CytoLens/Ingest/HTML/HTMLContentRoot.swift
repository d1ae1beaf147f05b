import ArticleXML

/// Finds the element of a page that holds the article: `<article>`, `<main>`, PMC's in-page
/// navigation container, `#maincontent`, `div.article`, in that order of trust, falling back to
/// `<body>` when none of them holds a fair share of the page's prose.
enum HTMLContentRoot {
    /// How sure a candidate is to be the article, from most to least.
    private enum Kind: Int, CaseIterable {
        case articleElement, mainElement, pmcInPageNavigation, mainContentID, articleClass
    }

    /// The content element of a page (its `<body>` or the page itself when nothing better is found).
    static func find(in page: MarkupElement) -> MarkupElement {
        var survey = Survey()
        let pageLength = survey.measure(page, depth: 0)
        let fallback = survey.body ?? (page, pageLength)
        for kind in Kind.allCases {
            // Several <article> elements are usually teasers around the real one: take the largest.
            guard let best = survey.candidates.filter({ $0.kind == kind }).max(by: { $0.length < $1.length }) else {
                continue
            }
            if best.length > 0, best.length * 10 >= fallback.length * 3 { return best.element }
        }
        return fallback.element
    }

    /// One pass over the page that measures the prose of every candidate and of the body.
    private struct Survey {
        var candidates: [(kind: Kind, element: MarkupElement, length: Int)] = []
        var body: (element: MarkupElement, length: Int)?

        /// The number of UTF-8 bytes, white space aside, of the text of an element that is not
        /// chrome. Recursive: libxml2 stops nesting at 256 levels, and deeper trees are cut short.
        mutating func measure(_ element: MarkupElement, depth: Int) -> Int {
            if HTMLChrome.isDropped(element) || depth > 1_000 { return 0 }
            var length = 0
            for child in element.children {
                switch child {
                case .text(let text):
                    for byte in text.utf8 where byte > 0x20 { length += 1 }
                case .element(let inner):
                    length += measure(inner, depth: depth + 1)
                }
            }
            if element.name == "body", body == nil { body = (element, length) }
            if let kind = HTMLContentRoot.kind(of: element) { candidates.append((kind, element, length)) }
            return length
        }
    }

    private static func kind(of element: MarkupElement) -> Kind? {
        switch element.name {
        case "article": return .articleElement
        case "main": return .mainElement
        default: break
        }
        let attributes = element.attributes
        if attributes["role"]?.lowercased() == "main" { return .mainElement }
        if attributes["itemprop"] == "articleBody" { return .articleElement }
        let classes = (attributes["class"] ?? "").lowercased().split(separator: " ")
        if classes.contains("jig-ncbiinpagenav") { return .pmcInPageNavigation }
        if let id = attributes["id"]?.lowercased(), ["maincontent", "main-content", "main_content", "content-main"].contains(id) {
            return .mainContentID
        }
        if element.name == "div",
            classes.contains(where: { ["article", "article-body", "article__body", "articlebody", "fulltext"].contains($0) })
        {
            return .articleClass
        }
        return nil
    }

}
