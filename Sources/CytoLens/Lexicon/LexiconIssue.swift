/// Something `cytolens lexicon check` reports about a lexicon.
public struct LexiconIssue: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The lexicon is wrong; loading it for tagging is refused.
        case error
        /// Probably a mistake; the row is used as far as possible.
        case warning
        /// For information: a user's row overrides a built-in one.
        case note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }

        /// Errors first.
        public static func < (left: Severity, right: Severity) -> Bool { left.rank < right.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// Where (`file:line`).
    public var location: String
    /// What is wrong and what to do.
    public var message: String

    /// Creates an issue.
    public init(_ severity: Severity, _ location: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `location: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
