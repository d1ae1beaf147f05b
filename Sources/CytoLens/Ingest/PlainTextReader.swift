/// Reads plain text: one article per input, paragraphs split on blank lines.
///
/// The first paragraph becomes the title when it is a single short line without a final
/// period, as in most saved abstracts and scraped pages.
public struct PlainTextReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// Reads the one article of `input`.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        let text = ArticleInput.decodeText(try input.loadBytes())
        var builder = ArticleBuilder(source: input.source)
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        for (i, paragraph) in paragraphs.enumerated() {
            let clean = TextCleaner.normalizeWhitespace(paragraph)
            if i == 0, paragraphs.count > 1, clean.count <= 300, !clean.hasSuffix(".") {
                builder.title = clean
                builder.add(.title, clean)
            } else {
                builder.add(.paragraph, clean)
            }
        }
        try emit(builder.article)
    }
}
