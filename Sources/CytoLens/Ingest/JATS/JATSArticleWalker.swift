import ArticleXML

/// Reads one JATS `<article>` element into an ``Article`` in a single pass over its document.
///
/// ``JATSReader`` documents what is kept and what is skipped; this type does the walking. Block
/// containers (body, sections, lists, quotes, boxes, appendices) are walked element by element;
/// each paragraph's running text is gathered by ``JATSInlineText``, and the floats it anchors
/// (figures, tables, boxes) are read right after it.
struct JATSArticleWalker {
    typealias Element = MarkupDocument.Element

    private let document: JATSDocument
    private var builder: ArticleBuilder
    /// The titles of the sections around the current position, outermost first.
    private var path: [String] = []
    /// `.abstract` while reading abstracts, `.paragraph` elsewhere.
    private var paragraphType = PassageType.paragraph

    private init(document: JATSDocument, source: String) {
        self.document = document
        builder = ArticleBuilder(source: source)
    }

    /// The article read from `element` (an `<article>`, or a stand-in root such as `<front>`).
    static func article(from element: Element, in document: JATSDocument, source: String) -> Article {
        var walker = JATSArticleWalker(document: document, source: source)
        walker.readArticle(element)
        return walker.builder.article
    }

    private mutating func readArticle(_ article: Element) {
        let meta =
            document.child("article-meta", of: document.child("front", of: article))
            ?? document.child("book-part-meta", of: article) ?? document.child("article-meta", of: article)
        if let meta {
            builder.identifiers = JATSIdentifiers.read(from: meta, in: document.markup)
            readTitle(meta)
            for abstract in document.elements(of: meta) where document.name(of: abstract) == "abstract" {
                readAbstract(abstract)
            }
        }
        for part in document.elements(of: article) {
            switch document.name(of: part) {
            case "body", "back", "floats-group": walkBlocks(part)
            case "sub-article": readSubArticle(part)
            default: break
            }
        }
    }

    // MARK: Front matter

    private mutating func readTitle(_ meta: Element) {
        guard let group = document.child("title-group", of: meta) else { return }
        var title = plainText(document.child("article-title", of: group))
        let subtitle = plainText(document.child("subtitle", of: group))
        if !subtitle.isEmpty { title = title.isEmpty ? subtitle : title + ": " + subtitle }
        builder.title = title
        builder.add(.title, title)
    }

    private mutating func readAbstract(_ abstract: Element) {
        let type = document.attribute("abstract-type", of: abstract)
        if let type, JATSVocabulary.skippedAbstractTypes.contains(type) { return }
        let title = plainText(document.child("title", of: abstract))
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
    private mutating func readAbstractPart(_ part: Element) {
        if document.child("sec", of: part) != nil {
            for child in document.elements(of: part) {
                if document.name(of: child) == "sec" {
                    let title = plainText(document.child("title", of: child))
                    if !title.isEmpty { path.append(title) }
                    readAbstractPart(child)
                    if !title.isEmpty { path.removeLast() }
                } else {
                    block(child)
                }
            }
        } else if document.name(of: part) == "sec" {
            var inline = JATSInlineText(document)
            for node in document.children(of: part) {
                switch node {
                case .text(let run): inline.append(run)
                case .element(let child) where document.name(of: child) != "title": inline.collect(child)
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
    private mutating func walkBlocks(_ container: Element) {
        var stray = JATSInlineText(document)
        var hasStray = false
        for node in document.children(of: container) {
            switch node {
            case .text(let run):
                if hasStray || !isBlank(run) {
                    stray.append(run)
                    hasStray = true
                }
            case .element(let child):
                if document.is(child, .inlineMarkup) {
                    stray.collect(child)
                    hasStray = true
                } else {
                    if hasStray {
                        finishPassage(paragraphType, stray)
                        stray = JATSInlineText(document)
                        hasStray = false
                    }
                    block(child)
                }
            }
        }
        if hasStray { finishPassage(paragraphType, stray) }
    }

    private mutating func block(_ element: Element) {
        switch document.name(of: element) {
        case "p":
            var inline = JATSInlineText(document)
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
            if document.is(element, .float) {
                readFloat(element)
            } else if !document.is(element, .skipped) {
                walkBlocks(element)
            }
        }
    }

    private mutating func readSection(_ section: Element) {
        let title = plainText(document.child("title", of: section))
        if document.name(of: section) == "sec",
            JATSVocabulary.isBoilerplateSection(type: document.attribute("sec-type", of: section), title: title)
        {
            return
        }
        if !title.isEmpty { path.append(title) }
        walkBlocks(section)
        if !title.isEmpty { path.removeLast() }
    }

    /// One passage per definition: "term: definition".
    private mutating func readDefinitionList(_ list: Element) {
        for item in document.elements(of: list) {
            switch document.name(of: item) {
            case "def-item":
                var inline = JATSInlineText(document)
                for part in document.elements(of: item) where document.name(of: part) == "term" {
                    inline.collectChildren(of: part)
                    inline.append(": ")
                }
                for part in document.elements(of: item) where document.name(of: part) == "def" {
                    inline.collectChildren(of: part)
                }
                finishPassage(paragraphType, inline)
            case "def-list":
                readDefinitionList(item)
            default:
                continue
            }
        }
    }

    private mutating func readSubArticle(_ article: Element) {
        if let type = document.attribute("article-type", of: article),
            JATSVocabulary.skippedSubArticleTypes.contains(type)
        {
            return
        }
        let saved = path
        let front =
            document.child("front-stub", of: article)
            ?? document.child("article-meta", of: document.child("front", of: article))
        let title = plainText(document.child("article-title", of: document.child("title-group", of: front)))
        path = title.isEmpty ? [] : [title]
        for part in document.elements(of: article) {
            switch document.name(of: part) {
            case "body", "back", "floats-group": walkBlocks(part)
            case "sub-article": readSubArticle(part)
            default: break
            }
        }
        path = saved
    }

    // MARK: Floats

    private mutating func readFloat(_ float: Element) {
        switch document.name(of: float) {
        case "table-wrap":
            addCaption(
                label: document.child("label", of: float), caption: document.child("caption", of: float),
                foot: document.child("table-wrap-foot", of: float))
            for table in JATSTable.tables(in: float, of: document.markup) {
                for row in JATSTable.rows(of: table, in: document.markup) {
                    let cells = row.map { JATSArticleWalker.cellText($0, in: document) }
                    builder.addTableRow(utf8Cells: cells, section: path)
                }
            }
            for nested in nestedFloats(in: float) { readFloat(nested) }
        case "boxed-text":
            addCaption(label: document.child("label", of: float), caption: document.child("caption", of: float))
            let title = plainText(
                document.child("title", of: document.child("caption", of: float)) ?? document.child("title", of: float))
            if !title.isEmpty { path.append(title) }
            walkBlocks(float)
            if !title.isEmpty { path.removeLast() }
        default:
            addCaption(label: document.child("label", of: float), caption: document.child("caption", of: float))
            for nested in nestedFloats(in: float) { readFloat(nested) }
        }
    }

    /// The floats inside a float but outside its caption and tables (figure supplements, source
    /// data), outermost first.
    private func nestedFloats(in float: Element) -> [Element] {
        var found: [Element] = []
        var stack: [Element] = document.elements(of: float).reversed()
        while let element = stack.popLast() {
            if document.is(element, .float) {
                found.append(element)
            } else {
                let name = document.name(of: element)
                if name != "caption" && name != "table" && name != "label" {
                    stack.append(contentsOf: document.elements(of: element).reversed())
                }
            }
        }
        return found
    }

    /// One caption passage: label, title and legend (and a table's footnotes), when the caption
    /// has any text; floats inside the legend are read after it.
    private mutating func addCaption(label: Element?, caption: Element?, foot: Element? = nil) {
        var inline = JATSInlineText(document)
        if let caption { inline.collectChildren(of: caption) }
        if let foot {
            inline.appendSpace()
            collectFootnotes(foot, into: &inline)
        }
        let legend = TextCleaner.foldingWhitespace(utf8: inline.finishedText())
        if !legend.text.isEmpty {
            let labelText = plainText(label)
            if labelText.isEmpty {
                builder.add(.caption, folded: legend, section: path)
            } else {
                // Folded pieces joined by a space stay folded: no second pass over the legend.
                let separator = labelText.last.map { ".:".contains($0) } == true ? " " : ". "
                let length = labelText.unicodeScalars.count + separator.utf8.count + legend.length
                builder.add(.caption, folded: (labelText + separator + legend.text, length), section: path)
            }
        }
        for float in inline.deferred { readFloat(float) }
    }

    private func collectFootnotes(_ element: Element, into inline: inout JATSInlineText) {
        for node in document.children(of: element) {
            switch node {
            case .text(let run):
                inline.append(run)
            case .element(let child):
                let name = document.name(of: child)
                if name == "fn" || name == "fn-group" {
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
        builder.add(type, utf8: inline.finishedText(), section: path)
        for float in inline.deferred { readFloat(float) }
    }

    private func plainText(_ element: Element?) -> String {
        guard let element else { return "" }
        var inline = JATSInlineText(document)
        inline.collectChildren(of: element)
        return TextCleaner.normalizeWhitespace(utf8: inline.finishedText())
    }

    /// A cell's text (UTF-8) with citations removed; the builder folds its white space.
    ///
    /// Static, so that mapping a row over it captures the document alone, not a copy of the walker.
    private static func cellText(_ cell: Element, in document: JATSDocument) -> [UInt8] {
        var inline = JATSInlineText(document)
        inline.collectChildren(of: cell)
        return inline.finishedText()
    }

    private func isBlank(_ run: MarkupDocument.TextRun) -> Bool {
        document.markup.withUTF8(of: run) { bytes in
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        }
    }
}
