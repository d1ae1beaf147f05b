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
        var candidates: [Kind: [MarkupElement]] = [:]
        var body: MarkupElement?
        var stack = [page]
        while let element = stack.popLast() {
            if HTMLChrome.isDropped(element) { continue }
            if element.name == "body", body == nil { body = element }
            if let kind = kind(of: element) { candidates[kind, default: []].append(element) }
            stack.append(contentsOf: element.elements.reversed())
        }
        let fallback = body ?? page
        let total = proseLength(fallback)
        for kind in Kind.allCases {
            guard let found = candidates[kind] else { continue }
            // Several <article> elements are usually teasers around the real one: take the largest.
            let measured = found.map { ($0, proseLength($0)) }
            guard let best = measured.max(by: { $0.1 < $1.1 }) else { continue }
            if best.1 > 0, best.1 * 10 >= total * 3 { return best.0 }
        }
        return fallback
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

    /// The number of UTF-8 bytes, white space aside, of the text of an element that is not chrome.
    static func proseLength(_ root: MarkupElement) -> Int {
        var length = 0
        var stack: [MarkupNode] = root.children
        while let node = stack.popLast() {
            switch node {
            case .text(let text):
                for byte in text.utf8 where byte > 0x20 { length += 1 }
            case .element(let element):
                if !HTMLChrome.isDropped(element) { stack.append(contentsOf: element.children) }
            }
        }
        return length
    }
}
