/// Turns the bytes of one input into articles. Readers only read: they never tag, print or exit.
///
/// A new input format is one new type conforming to this protocol, plus a case in
/// ``InputFormat`` and its detection rule.
public protocol ArticleReader: Sendable {
    /// Reads every article of `input`, handing each to `emit` in document order.
    ///
    /// - Throws: ``IngestError`` naming the input and, where possible, the line and column of
    ///   the first problem. Articles emitted before the problem stay emitted.
    func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws
}

extension ArticleReader {
    /// All articles of `input`, in order.
    public func articles(in input: ArticleInput) throws -> [Article] {
        var all: [Article] = []
        try read(input) { all.append($0) }
        return all
    }
}
