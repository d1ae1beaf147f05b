/// Placeholder until the reader lands: reports the format as unsupported.
public struct BioCReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// Always fails: this format is not read yet.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        throw IngestError(source: input.source, message: "this format is not supported yet")
    }
}
