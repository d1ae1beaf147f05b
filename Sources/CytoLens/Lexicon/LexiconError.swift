/// A problem that stops a lexicon from loading: a missing or unreadable file, a wrong header or a
/// malformed row, said with the file and line so that a person can fix it.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (`built-in:names.tsv` for the embedded copy, else the path).
    public var origin: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// What is wrong, in words a person can act on.
    public var message: String

    /// Creates an error.
    public init(origin: String, line: Int = 0, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    /// `origin:line: message`.
    public var description: String {
        line > 0 ? "\(origin):\(line): \(message)" : "\(origin): \(message)"
    }
}
