import ArticleXML

/// Reads one JATS `<article>` element into an ``Article`` in a single pass over its tree.
///
/// ``JATSReader`` documents what is kept and what is skipped; this type does the walking. Block
/// containers (body, sections, lists, quotes, boxes, appendices) are walked element by element;
/// each paragraph's running text is gathered by ``JATSInlineText``, and the floats it anchors
/// (figures, tables, boxes) are read right after it.
struct JATSArticleWalker {
    private var builder: ArticleBuilder
    /// The titles of the sections around the current position, outermost first.
    private var path: [String] = []
    /// `.abstract` while reading abstracts, `.paragraph` elsewhere.
    private var paragraphType = PassageType.paragraph

    private init(source: String) {
        builder = ArticleBuilder(source: source)
    }

    /// The article read from `element` (an `<article>`, or a stand-in root such as `<front>`).
    static func article(from element: MarkupElement, source: String) -> Article {
        var walker = JATSArticleWalker(source: source)
        walker.readArticle(element)
        return walker.builder.article
    }

    private mutating func readArticle(_ article: MarkupElement) {
        let meta =
            article.child("front")?.child("article-meta") ?? article.child("book-part-meta")
            ?? article.child("article-meta")
        if let meta {
            builder.identifiers = JATSIdentifiers.read(from: meta)
            readTitle(meta)
            for abstract in meta.children(named: "abstract") { readAbstract(abstract) }
        }
        for part in article.elements {
            switch part.name {
            case "body", "back", "floats-group": walkBlocks(part)
            case "sub-article": readSubArticle(part)
            default: break
            }
        }
    }

    // MARK: Front matter

    private mutating func readTitle(_ meta: MarkupElement) {
        guard let group = meta.child("title-group") else { return }
        var title = plainText(group.child("article-title"))
        let subtitle = plainText(group.child("subtitle"))
        if !subtitle.isEmpty { title = title.isEmpty ? subtitle : title + ": " + subtitle }
        builder.title = title
        builder.add(.title, title)
    }

    private mutating func readAbstract(_ abstract: MarkupElement) {
        let type = abstract.attributes["abstract-type"]
        if let type, JATSVocabulary.skippedAbstractTypes.contains(type) { return }
        let title = plainText(abstract.child("title"))
        path = [title.isEmpty ? JATSArticleWalker.abstractName(type) : title]
        paragraphType = .abstract
        readAbstractPart(abstract)
        paragraphType = .paragraph
        path = []
    }

    /// "Abstract" for the main abstract, else the type in words ("Executive summary").
    private static func abstractName(_ type: String?) -> String {
        guard let type, !type.isEmpty else { return "Abstract" }
        let words = String(type.map { $0 == "-" ? " " : $0 })
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A structured abstract gives one passage per innermost section; an unstructured one, one
    /// passage per paragraph.
    private mutating func readAbstractPart(_ part: MarkupElement) {
        if part.child("sec") != nil {
            for child in part.elements {
                if child.name == "sec" {
                    let title = plainText(child.child("title"))
                    if !title.isEmpty { path.append(title) }
                    readAbstractPart(child)
                    if !title.isEmpty { path.removeLast() }
                } else {
                    block(child)
                }
            }
        } else if part.name == "sec" {
            var inline = JATSInlineText()
            for node in part.children {
                switch node {
                case .text(let string): inline.append(string)
                case .element(let child) where child.name != "title": inline.collect(child)
                case .element: continue
                }
            }
            finishPassage(paragraphType, inline)
        } else {
            walkBlocks(part)
        }
    }

    // MARK: Blocks

    /// Reads the children of a block container; stray text between its blocks (invalid JATS, but
    /// it occurs) is gathered into a paragraph of its own.
    private mutating func walkBlocks(_ container: MarkupElement) {
        var stray = JATSInlineText()
        var hasStray = false
        for node in container.children {
            switch node {
            case .text(let string):
                if hasStray || !JATSArticleWalker.isBlank(string) {
                    stray.append(string)
                    hasStray = true
                }
            case .element(let child):
                if JATSVocabulary.inlineMarkup.contains(child.name) {
                    stray.collect(child)
                    hasStray = true
                } else {
                    if hasStray {
                        finishPassage(paragraphType, stray)
                        stray = JATSInlineText()
                        hasStray = false
                    }
                    block(child)
                }
            }
        }
        if hasStray { finishPassage(paragraphType, stray) }
    }

    private mutating func block(_ element: MarkupElement) {
        let name = element.name
        switch name {
        case "p":
            var inline = JATSInlineText()
            inline.collectChildren(of: element)
            finishPassage(paragraphType, inline)
        case "sec", "app", "app-group":
            readSection(element)
        case "def-list":
            readDefinitionList(element)
        case "sub-article":
            readSubArticle(element)
        case "title", "caption", "subtitle":
            // Titles go into the section path; captions are read with their float.
            break
        default:
            if JATSVocabulary.floats.contains(name) {
                readFloat(element)
            } else if !JATSVocabulary.skipped.contains(name) {
                walkBlocks(element)
            }
        }
    }

    private mutating func readSection(_ section: MarkupElement) {
        let title = plainText(section.child("title"))
        if section.name == "sec",
            JATSVocabulary.isBoilerplateSection(type: section.attributes["sec-type"], title: title)
        {
            return
        }
        if !title.isEmpty { path.append(title) }
        walkBlocks(section)
        if !title.isEmpty { path.removeLast() }
    }

    /// One passage per definition: "term: definition".
    private mutating func readDefinitionList(_ list: MarkupElement) {
        for item in list.elements {
            switch item.name {
            case "def-item":
                var inline = JATSInlineText()
                for part in item.elements where part.name == "term" {
                    inline.collectChildren(of: part)
                    inline.append(": ")
                }
                for part in item.elements where part.name == "def" { inline.collectChildren(of: part) }
                finishPassage(paragraphType, inline)
            case "def-list":
                readDefinitionList(item)
            default:
                continue
            }
        }
    }

    private mutating func readSubArticle(_ article: MarkupElement) {
        if let type = article.attributes["article-type"], JATSVocabulary.skippedSubArticleTypes.contains(type) {
            return
        }
        let saved = path
        let front = article.child("front-stub") ?? article.child("front")?.child("article-meta")
        let title = plainText(front?.child("title-group")?.child("article-title"))
        path = title.isEmpty ? [] : [title]
        for part in article.elements {
            switch part.name {
            case "body", "back", "floats-group": walkBlocks(part)
            case "sub-article": readSubArticle(part)
            default: break
            }
        }
        path = saved
    }

    // MARK: Floats

    private mutating func readFloat(_ float: MarkupElement) {
        switch float.name {
        case "table-wrap":
            addCaption(label: float.child("label"), caption: float.child("caption"), foot: float.child("table-wrap-foot"))
            for table in JATSTable.tables(in: float) {
                for row in JATSTable.rows(of: table) {
                    builder.addTableRow(row.map(cellText), section: path)
                }
            }
            for nested in JATSArticleWalker.nestedFloats(in: float) { readFloat(nested) }
        case "boxed-text":
            addCaption(label: float.child("label"), caption: float.child("caption"))
            let title = plainText(float.child("caption")?.child("title") ?? float.child("title"))
            if !title.isEmpty { path.append(title) }
            walkBlocks(float)
            if !title.isEmpty { path.removeLast() }
        default:
            addCaption(label: float.child("label"), caption: float.child("caption"))
            for nested in JATSArticleWalker.nestedFloats(in: float) { readFloat(nested) }
        }
    }

    /// The floats inside a float but outside its caption and tables (figure supplements, source
    /// data), outermost first.
    private static func nestedFloats(in float: MarkupElement) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = Array(float.elements.reversed())
        while let element = stack.popLast() {
            if JATSVocabulary.floats.contains(element.name) {
                found.append(element)
            } else if element.name != "caption" && element.name != "table" && element.name != "label" {
                stack.append(contentsOf: element.elements.reversed())
            }
        }
        return found
    }

    /// One caption passage: label, title and legend (and a table's footnotes), when the caption
    /// has any text; floats inside the legend are read after it.
    private mutating func addCaption(label: MarkupElement?, caption: MarkupElement?, foot: MarkupElement? = nil) {
        var inline = JATSInlineText()
        if let caption { inline.collectChildren(of: caption) }
        if let foot {
            inline.appendSpace()
            JATSArticleWalker.collectFootnotes(foot, into: &inline)
        }
        let legend = TextCleaner.normalizeWhitespace(inline.finishedText())
        if !legend.isEmpty {
            let labelText = plainText(label)
            let separator = labelText.last.map { ".:".contains($0) } == true ? " " : ". "
            builder.add(.caption, labelText.isEmpty ? legend : labelText + separator + legend, section: path)
        }
        for float in inline.deferred { readFloat(float) }
    }

    private static func collectFootnotes(_ element: MarkupElement, into inline: inout JATSInlineText) {
        for node in element.children {
            switch node {
            case .text(let string):
                inline.append(string)
            case .element(let child):
                if child.name == "fn" || child.name == "fn-group" {
                    inline.appendSpace()
                    collectFootnotes(child, into: &inline)
                } else {
                    inline.collect(child)
                }
            }
        }
    }

    // MARK: Text

    /// Adds the gathered text as a passage, then reads the floats it anchors.
    private mutating func finishPassage(_ type: PassageType, _ inline: JATSInlineText) {
        builder.add(type, inline.finishedText(), section: path)
        for float in inline.deferred { readFloat(float) }
    }

    private func plainText(_ element: MarkupElement?) -> String {
        guard let element else { return "" }
        var inline = JATSInlineText()
        inline.collectChildren(of: element)
        return TextCleaner.normalizeWhitespace(inline.finishedText())
    }

    /// A cell's text with citations removed; the builder folds its white space.
    private func cellText(_ cell: MarkupElement) -> String {
        var inline = JATSInlineText()
        inline.collectChildren(of: cell)
        return inline.finishedText()
    }

    private static func isBlank(_ string: String) -> Bool {
        string.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }
}
