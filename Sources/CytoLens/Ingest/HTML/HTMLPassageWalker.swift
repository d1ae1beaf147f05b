import ArticleXML

/// Walks the content of a page in reading order and turns its blocks into passages: paragraphs
/// under the section path their headings give, abstract paragraphs, figure and table captions,
/// and table rows. Chrome and citation links are left out on the way.
struct HTMLPassageWalker {
    /// The article so far.
    private(set) var builder: ArticleBuilder
    private let citations: CitationMarkers
    private let title: String
    /// Inline text of the block being read; flushed into a passage at every block boundary.
    private var pending = ""
    private var headings: [Heading] = []
    private var abstractDepth = 0
    private var captionDepth = 0
    private var depth = 0

    /// Deeper than this, a subtree is read as one run of text (the walk recurses).
    private static let maximumDepth = 300

    /// A heading in force, with what it says about its section.
    private struct Heading {
        var level: Int
        var title: String
        var isAbstract: Bool
        var isDropped: Bool
    }

    /// Starts a walk that adds to `builder`; an `h1` repeating `title` is not read again.
    init(builder: ArticleBuilder, citations: CitationMarkers, title: String) {
        self.builder = builder
        self.citations = citations
        self.title = HTMLChrome.headingKey(title)
    }

    /// Reads the children of `root` as article content.
    mutating func read(_ root: MarkupElement) {
        walkChildren(of: root)
        flush()
    }

    // MARK: - Elements

    private mutating func walkChildren(of element: MarkupElement) {
        for child in element.children {
            switch child {
            case .text(let text): HTMLPassageWalker.append(text, to: &pending)
            case .element(let inner): visit(inner)
            }
        }
    }

    private mutating func visit(_ element: MarkupElement) {
        // Citation links come first: some pages mark them up as buttons, which are chrome.
        if citations.isCitationLink(element) || citations.isCitationGroup(element) {
            pending.unicodeScalars.append(CitationMarkers.placeholder)
            return
        }
        if HTMLChrome.isDropped(element) { return }
        if depth >= HTMLPassageWalker.maximumDepth {
            pending += " " + inlineText(element) + " "
            return
        }
        depth += 1
        defer { depth -= 1 }
        switch element.name {
        case "br":
            pending.append(" ")
        case "h1", "h2", "h3", "h4", "h5", "h6":
            heading(element)
        case "table":
            table(element)
        default:
            if HTMLPassageWalker.blockTags.contains(element.name) {
                block(element)
            } else {
                walkChildren(of: element)
            }
        }
    }

    private mutating func block(_ element: MarkupElement) {
        flush()
        let savedHeadings = headings
        let isAbstract = HTMLChrome.marksAbstract(element)
        let isCaption = HTMLPassageWalker.isCaptionContainer(element)
        if isAbstract { abstractDepth += 1 }
        if isCaption { captionDepth += 1 }
        walkChildren(of: element)
        flush()
        if isAbstract { abstractDepth -= 1 }
        if isCaption { captionDepth -= 1 }
        if HTMLPassageWalker.isSectionScope(element) { headings = savedHeadings }
    }

    private mutating func heading(_ element: MarkupElement) {
        flush()
        let text = TextCleaner.normalizeWhitespace(CitationMarkers.tidy(inlineText(element)))
        guard !text.isEmpty else { return }
        if captionDepth > 0 {
            // "Table 1", "Figure 2. IL-6 drives STAT3": a caption title, not a section.
            emit(text)
            return
        }
        let level = Int(String(element.name.dropFirst())) ?? 2
        if level == 1, HTMLChrome.headingKey(text) == title { return }
        headings.removeAll { $0.level >= level }
        headings.append(
            Heading(
                level: level, title: text, isAbstract: HTMLChrome.isAbstractHeading(text),
                isDropped: HTMLChrome.isDroppedHeading(text)))
    }

    private mutating func table(_ element: MarkupElement) {
        // A table holding tables lays out a page; read it as ordinary blocks.
        if element.descendant("table") != nil {
            block(element)
            return
        }
        flush()
        if let caption = element.child("caption"), !HTMLChrome.isDropped(caption) {
            captionDepth += 1
            walkChildren(of: caption)
            flush()
            captionDepth -= 1
        }
        guard !inDroppedSection else { return }
        for row in HTMLPassageWalker.rows(of: element) {
            let cells = row.elements.filter { $0.name == "td" || $0.name == "th" }.map {
                TextCleaner.normalizeWhitespace(CitationMarkers.tidy(inlineText($0)))
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            // Cells are tab-separated, so the text is placed as is rather than white-space folded.
            let offset = builder.article.passages.last.map { $0.end + 1 } ?? 0
            builder.add(.table, exactText: cells.joined(separator: "\t"), offset: offset, section: sectionPath)
        }
    }

    private static func rows(of table: MarkupElement) -> [MarkupElement] {
        var rows: [MarkupElement] = []
        for child in table.elements {
            switch child.name {
            case "tr": rows.append(child)
            case "thead", "tbody", "tfoot": rows.append(contentsOf: child.children(named: "tr"))
            default: break
            }
        }
        return rows
    }

    // MARK: - Text

    /// The text of a subtree as one run, blocks separated by spaces, chrome left out and citation
    /// links replaced by ``CitationMarkers/placeholder``. Iterative: any depth is fine.
    private func inlineText(_ element: MarkupElement) -> String {
        enum Step {
            case node(MarkupNode)
            case space
        }
        var out = ""
        var stack: [Step] = element.children.reversed().map { .node($0) }
        while let step = stack.popLast() {
            switch step {
            case .space:
                out += " "
            case .node(.text(let text)):
                HTMLPassageWalker.append(text, to: &out)
            case .node(.element(let inner)):
                if citations.isCitationLink(inner) || citations.isCitationGroup(inner) {
                    out.unicodeScalars.append(CitationMarkers.placeholder)
                    continue
                }
                if HTMLChrome.isDropped(inner) { continue }
                let isBlock = HTMLPassageWalker.blockTags.contains(inner.name) || inner.name == "br"
                if isBlock { stack.append(.space) }
                stack.append(contentsOf: inner.children.reversed().map { .node($0) })
                if isBlock { stack.append(.space) }
            }
        }
        return out
    }

    /// Appends page text without the invisible characters that only guide rendering (zero-width
    /// spaces around pop-up links, soft hyphens, byte order marks), which would otherwise become
    /// spaces inside words.
    private static func append(_ text: String, to out: inout String) {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{2060}", CitationMarkers.placeholder: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    private var inDroppedSection: Bool { headings.contains { $0.isDropped } }

    private var sectionPath: [String] { headings.map(\.title) }

    private mutating func flush() {
        // Most flushes see only the indentation between tags.
        guard pending.utf8.contains(where: { $0 > 0x20 }) else {
            pending = ""
            return
        }
        let raw = pending
        pending = ""
        emit(TextCleaner.normalizeWhitespace(CitationMarkers.tidy(raw)))
    }

    /// Adds one block of text as a passage of the kind the walk is in, unless it is empty, in a
    /// left-out section, widget text or a bare figure label.
    private mutating func emit(_ text: String) {
        // Fewer than two letters: a footnote or equation label ("a", "(1)"), not prose.
        guard !inDroppedSection, text.lazy.filter(\.isLetter).prefix(2).count == 2 else { return }
        if HTMLChrome.isDroppedPassage(text) { return }
        var text = text
        let type: PassageType
        if captionDepth > 0 {
            if CaptionLabel.isBare(text) { return }
            text = CaptionLabel.strippingLeadingLabel(text)
            type = .caption
        } else if abstractDepth > 0 || headings.contains(where: { $0.isAbstract }) {
            type = .abstract
        } else {
            type = .paragraph
        }
        builder.add(type, text, section: sectionPath)
    }

    // MARK: - Element kinds

    /// Elements that end the text run before them and start a new one.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Figures, table wrappers and captions: everything read inside them is caption text.
    private static func isCaptionContainer(_ element: MarkupElement) -> Bool {
        switch element.name {
        case "figure", "figcaption", "caption": return true
        default: break
        }
        guard let classes = element.attributes["class"]?.lowercased() else { return false }
        for token in classes.split(separator: " ") {
            switch token {
            case "fig", "figure", "caption", "table-wrap", "tw", "table-wrapper", "fig-wrap", "figure-wrap",
                "tblwrap-foot", "tw-foot", "table-foot", "figure-caption", "fig-caption", "table-caption":
                return true
            default: continue
            }
        }
        return false
    }

    /// A section (its headings end with it): `<section>`, or a block whose direct children are a
    /// heading followed by content. A block that holds only a heading merely wraps it.
    private static func isSectionScope(_ element: MarkupElement) -> Bool {
        if element.name == "section" || element.name == "article" { return true }
        var sawHeading = false
        for child in element.elements {
            let isHeading =
                child.name.count == 2 && child.name.hasPrefix("h") && child.name != "hr"
                && child.name != "h1"
            if isHeading {
                sawHeading = true
            } else if sawHeading, !HTMLChrome.isDropped(child) {
                return true
            }
        }
        return false
    }
}
