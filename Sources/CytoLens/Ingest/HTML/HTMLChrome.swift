import ArticleXML

/// Tells page chrome from article text: navigation, banners, widgets, front-matter panels,
/// reference lists and the like, recognised by tag, attributes, class and id words, or heading.
///
/// The rules are deliberately about *kinds* of chrome seen on publisher and PMC pages, not about
/// one site's exact markup, so that a new layout is mostly handled without a new rule.
enum HTMLChrome {
    /// Elements that never hold article prose.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
        "input", "select", "option", "textarea", "label", "iframe", "frame", "frameset", "object", "embed",
        "canvas", "svg", "audio", "video", "map", "area", "dialog", "menu", "head", "title", "meta", "link",
        "annotation", "annotation-xml", "img", "picture", "source",
    ]

    /// ARIA roles of chrome landmarks and widgets.
    private static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "complementary", "button", "tooltip",
    ]

    /// Whole words of a class or id (split at `-`, `_`, `.` and `:`) that mark chrome.
    private static let droppedWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "toolbar", "share",
        "sharing", "social", "print", "login", "logout", "signin", "register", "subscribe", "newsletter",
        "advert", "advertisement", "ads", "sidebar", "goto", "banner", "skip", "offscreen", "popup", "popper",
        "modal", "dialog", "masthead", "citedby",
        "references", "bibliography", "reflist", "permissions", "copyright", "license", "metrics",
        "altmetric", "feedback", "search", "captcha", "contrib", "kwd", "keywords", "togglers", "permalink",
        "cookie", "cookies", "consent", "gdpr", "disclaimer", "alert", "alerts", "overlay", "courtesy",
        "largeobj", "autocomplete", "sysmessages",
    ]

    /// Substrings of a whole class or id token that mark chrome whatever the word splitting.
    private static let droppedFragments: [String] = [
        "ref-list", "reference-list", "references-list", "back-ref", "sign-in", "sr-only", "visually-hidden",
        "similar-articles", "cited-by", "figpopup-sensitive", "fm-sec", "front-matter", "fm-panel",
        "fm-citation", "links-box", "page-banner", "journal-banner", "layout__citation", "d-buttons",
        "d-panels", "screen-reader", "cookie", "consent", "related-art", "relatedart", "related-content",
        "similar", "recommend",
    ]

    /// Whole class tokens that hide an element (`hide`, but not `hide-overflow`).
    private static let droppedTokens: Set<String> = ["hide", "hidden", "d-none", "invisible", "is-hidden"]

    /// Whether an element (with its whole subtree) is chrome.
    static func isDropped(_ element: MarkupElement) -> Bool {
        if droppedTags.contains(element.name) { return true }
        let attributes = element.attributes
        if attributes.isEmpty { return false }
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attributes["role"]?.lowercased(), droppedRoles.contains(role) {
            // Links are marked up as buttons when they open a pop-up (PMC's author–year citations).
            if !(element.name == "a" && role == "button") { return true }
        }
        if let style = attributes["style"], isHiddenByStyle(style) { return true }
        for key in ["class", "id"] {
            guard let value = attributes[key], !value.isEmpty else { continue }
            if containsChromeToken(value) { return true }
        }
        return false
    }

    /// Whether a class or id attribute value names chrome.
    static func containsChromeToken(_ value: String) -> Bool {
        for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if token.count <= 10, droppedTokens.contains(token.lowercased()) { return true }
            if ASCIICaseless.containsAny(token, droppedFragments) { return true }
            for word in token.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == ":" })
            where word.count <= 15 && droppedWords.contains(word.lowercased()) {
                return true
            }
        }
        return false
    }

    private static func isHiddenByStyle(_ style: String) -> Bool {
        guard ASCIICaseless.contains(style, "display") || ASCIICaseless.contains(style, "visibility") else { return false }
        let compact = style.filter { !$0.isWhitespace }
        return ASCIICaseless.contains(compact, "display:none") || ASCIICaseless.contains(compact, "visibility:hidden")
    }

    /// Section headings whose whole section is not article prose (reference lists, page widgets).
    private static let droppedHeadings: Set<String> = [
        "references", "reference list", "references and notes", "references cited", "bibliography",
        "literature cited", "literature", "works cited", "cited literature", "similar articles",
        "related articles", "cited by", "cited by other articles", "associated data", "article information",
        "contributor information", "publisher's note", "publisher’s note", "share", "formats", "permalink",
        "links", "actions", "resources", "metrics", "comments", "recommended articles", "more like this",
        "citations", "article metrics", "affiliations", "author affiliations", "author information", "author index",
    ]

    /// Section headings that mark the abstract.
    private static let abstractHeadings: Set<String> = [
        "abstract", "summary", "author summary", "structured abstract", "graphical abstract", "highlights",
        "significance", "synopsis",
    ]

    /// Whether a section with this heading is chrome or back matter to leave out.
    static func isDroppedHeading(_ heading: String) -> Bool {
        droppedHeadings.contains(headingKey(heading))
    }

    /// Whether a section with this heading is (part of) the abstract.
    static func isAbstractHeading(_ heading: String) -> Bool {
        abstractHeadings.contains(headingKey(heading))
    }

    /// Whether a class or id attribute value marks the abstract (`abstract`, `abstract1`, `abstract-a.r.b.q`).
    static func marksAbstract(_ element: MarkupElement) -> Bool {
        for key in ["class", "id"] {
            guard let value = element.attributes[key], ASCIICaseless.contains(value, "abstract") else { continue }
            for token in value.lowercased().split(separator: " ")
            where token.hasPrefix("abstract") || token.hasSuffix("-abstract") || token.hasSuffix("_abstract") {
                return true
            }
        }
        return false
    }

    /// Lower-cased heading without numbering or trailing punctuation: "2. REFERENCES:" → "references".
    static func headingKey(_ heading: String) -> String {
        var key = Substring(TextCleaner.normalizeWhitespace(heading).lowercased())
        key = key.drop(while: { $0.isNumber || $0 == "." || $0 == " " || $0 == ")" })
        let end = key.lastIndex(where: { $0 != ":" && $0 != "." && $0 != " " }).map { key.index(after: $0) } ?? key.startIndex
        return String(key[..<end])
    }

    /// Whole passages that are widget text, compared after lower-casing.
    private static let droppedPassages: Set<String> = [
        "go to:", "open in a separate window", "skip to main content", "back to top", "view in own window",
        "click here for additional data file.", "download figure", "download table", "open in new tab",
        "view larger image", "enlarge image", "full size image", "show more", "show less", "open in a new tab",
    ]

    /// Whether a whole block of text is widget text ("Open in a separate window", "Sign in to
    /// continue") or a metadata line ("Keywords: …").
    static func isDroppedPassage(_ text: String) -> Bool {
        if PageChromeText.isChrome(text) { return true }
        guard text.count <= 100 else { return false }
        let lower = text.lowercased()
        return droppedPassages.contains(lower) || lower.hasPrefix("click here") || lower.hasPrefix("download ")
    }
}
