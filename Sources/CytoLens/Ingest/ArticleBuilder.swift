/// Collects passages in reading order and lays them out in document coordinates, one `\n` apart,
/// so that readers only say *what* the text is, never where it goes.
public struct ArticleBuilder: Sendable {
    /// The article built so far.
    public private(set) var article: Article
    private var nextOffset = 0

    /// Starts an article for the given source.
    public init(source: String) {
        article = Article(source: source)
    }

    /// The identifiers, to fill in as the reader finds them.
    public var identifiers: ArticleIdentifiers {
        get { article.identifiers }
        set { article.identifiers = newValue }
    }

    /// The title (also add it as a passage with ``add(_:_:section:)`` to have it tagged).
    public var title: String {
        get { article.title }
        set { article.title = TextCleaner.normalizeWhitespace(newValue) }
    }

    /// Appends a passage after cleaning its white space; empty text is skipped.
    public mutating func add(_ type: PassageType, _ rawText: String, section: [String] = []) {
        append(type, TextCleaner.normalizeWhitespace(rawText), section: section)
    }

    /// ``add(_:_:section:)`` for text gathered as UTF-8 bytes.
    public mutating func add(_ type: PassageType, utf8 rawText: [UInt8], section: [String] = []) {
        append(type, TextCleaner.normalizeWhitespace(utf8: rawText), section: section)
    }

    private mutating func append(_ type: PassageType, _ text: String, section: [String]) {
        guard !text.isEmpty else { return }
        let passage = Passage(
            index: article.passages.count, type: type, section: section, offset: nextOffset, text: text)
        nextOffset = passage.end + 1
        article.passages.append(passage)
    }

    /// Appends one table row as a ``PassageType/table`` passage: each cell's white space is folded,
    /// and cells are joined by one tab, so that columns stay apart. Empty cells at the end of the
    /// row are dropped (those before a filled cell stay, to keep the columns); a row whose cells
    /// are all empty is skipped.
    public mutating func addTableRow(_ cells: [String], section: [String] = []) {
        appendTableRow(cells.map { TextCleaner.normalizeWhitespace($0) }, section: section)
    }

    /// ``addTableRow(_:section:)`` for cells gathered as UTF-8 bytes.
    public mutating func addTableRow(utf8Cells cells: [[UInt8]], section: [String] = []) {
        appendTableRow(cells.map { TextCleaner.normalizeWhitespace(utf8: $0) }, section: section)
    }

    private mutating func appendTableRow(_ folded: [String], section: [String]) {
        var texts = folded
        while texts.last?.isEmpty == true { texts.removeLast() }
        guard !texts.isEmpty else { return }
        let passage = Passage(
            index: article.passages.count, type: .table, section: section, offset: nextOffset,
            text: texts.joined(separator: "\t"))
        nextOffset = passage.end + 1
        article.passages.append(passage)
    }

    /// Appends a passage at an offset the input gives (BioC, PubTator), keeping its text as is.
    public mutating func add(_ type: PassageType, exactText text: String, offset: Int, section: [String] = []) {
        let passage = Passage(index: article.passages.count, type: type, section: section, offset: offset, text: text)
        nextOffset = max(nextOffset, passage.end + 1)
        article.passages.append(passage)
    }
}
