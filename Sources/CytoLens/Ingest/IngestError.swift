/// A problem with one input file: where it is and what is wrong, as one line a person can act on.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input path as given (`-` for standard input).
    public var source: String
    /// The 1-based line, or 0 when there is no location.
    public var line: Int
    /// The 1-based column, or 0 when there is no location.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(source: String, line: Int = 0, column: Int = 0, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COL: message`, or `FILE: message` when there is no location. Control
    /// characters in the file name are escaped so that the error stays on one line.
    public var description: String {
        let name = IngestError.printable(source)
        let oneLine = IngestError.printable(message)
        return line > 0 ? "\(name):\(line):\(column): \(oneLine)" : "\(name): \(oneLine)"
    }

    private static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
