/// Reads one input with the right reader: detects the format from the content unless one is
/// forced, and reports every problem as an ``IngestError`` for that input.
public struct ArticleLoader: Sendable {
    /// The format to use for every input, or `nil` to detect it per input.
    public var forcedFormat: InputFormat?

    /// Creates a loader.
    public init(format: InputFormat? = nil) {
        forcedFormat = format
    }

    /// The format of `input`: the forced one, or the one detected from its first bytes.
    public func format(of input: ArticleInput) throws(IngestError) -> InputFormat {
        if let forcedFormat { return forcedFormat }
        switch InputFormat.detect(try input.prefix(4096)) {
        case .success(let format): return format
        case .failure(let failure): throw IngestError(source: input.source, message: failure.message)
        }
    }

    /// Reads every article of `input`, handing each to `emit`.
    ///
    /// - Throws: ``IngestError`` for the input; articles emitted before the problem stay emitted.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws(IngestError) {
        let format = try format(of: input)
        do {
            try format.reader.read(input, emit: emit)
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(source: input.source, message: String(describing: error))
        }
    }
}
