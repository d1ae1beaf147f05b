/// Why a document could not be parsed: the first error the parser met, with its location.
public struct MarkupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as the parser said it (`Opening and ending tag mismatch: b line 1 and a`).
    public var message: String
    /// The 1-based line, or 0 when the error has no location.
    public var line: Int
    /// The 1-based column, or 0 when the error has no location.
    public var column: Int

    /// Creates an error.
    public init(message: String, line: Int = 0, column: Int = 0) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `LINE:COL: message`, or only the message when there is no location.
    public var description: String {
        line > 0 ? "\(line):\(column): \(message)" : message
    }
}
