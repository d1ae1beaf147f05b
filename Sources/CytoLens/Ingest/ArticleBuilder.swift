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
        append(type, TextCleaner.foldingWhitespace(rawText), section: section)
    }

    /// ``add(_:_:section:)`` for text gathered as UTF-8 bytes.
    public mutating func add(_ type: PassageType, utf8 rawText: [UInt8], section: [String] = []) {
        append(type, TextCleaner.foldingWhitespace(utf8: rawText), section: section)
    }

    /// Appends text whose white space is already folded (by ``TextCleaner``), with its length in
    /// code points.
    mutating func add(_ type: PassageType, folded: (text: String, length: Int), section: [String] = []) {
        append(type, folded, section: section)
    }

    /// Appends folded text and its length in code points, which places the next passage.
    private mutating func append(_ type: PassageType, _ folded: (text: String, length: Int), section: [String]) {
        guard !folded.text.isEmpty else { return }
        article.passages.append(
            Passage(index: article.passages.count, type: type, section: section, offset: nextOffset, text: folded.text))
        nextOffset += folded.length + 1
    }

    /// Appends one table row as a ``PassageType/table`` passage: each cell's white space is folded,
    /// and cells are joined by one tab, so that columns stay apart. Empty cells at the end of the
    /// row are dropped (those before a filled cell stay, to keep the columns); a row whose cells
    /// are all empty is skipped.
    public mutating func addTableRow(_ cells: [String], section: [String] = []) {
        appendTableRow(cells.map { TextCleaner.foldingWhitespace($0) }, section: section)
    }

    /// ``addTableRow(_:section:)`` for cells gathered as UTF-8 bytes.
    public mutating func addTableRow(utf8Cells cells: [[UInt8]], section: [String] = []) {
        appendTableRow(cells.map { TextCleaner.foldingWhitespace(utf8: $0) }, section: section)
    }

    private mutating func appendTableRow(_ folded: [(text: String, length: Int)], section: [String]) {
        var cells = folded[...]
        while cells.last?.text.isEmpty == true { cells.removeLast() }
        guard !cells.isEmpty else { return }
        // The cells and one tab between each two.
        let length = cells.reduce(cells.count - 1) { $0 + $1.length }
        append(.table, (cells.map(\.text).joined(separator: "\t"), length), section: section)
    }

    /// Appends a passage at an offset the input gives (BioC, PubTator), keeping its text as is.
    public mutating func add(_ type: PassageType, exactText text: String, offset: Int, section: [String] = []) {
        let passage = Passage(index: article.passages.count, type: type, section: section, offset: offset, text: text)
        nextOffset = max(nextOffset, passage.end + 1)
        article.passages.append(passage)
    }
}
