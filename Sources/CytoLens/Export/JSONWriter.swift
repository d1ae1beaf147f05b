/// A small streaming JSON writer that keeps keys in the order they are written, so output is
/// deterministic and reads in the order of the documented contract.
///
/// Strings are escaped per RFC 8259: quotes, backslashes and all control characters; U+2028 and
/// U+2029 are escaped too so the output is also safe to embed in JavaScript. Everything else is
/// written as UTF-8.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]

    /// Creates an empty writer.
    public init() {}

    /// Opens an object (as a value, or as the value of the last ``key(_:)``).
    public mutating func beginObject() {
        separate()
        output += "{"
        needsComma.append(false)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        needsComma.removeLast()
        output += "}"
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        output += "["
        needsComma.append(false)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        needsComma.removeLast()
        output += "]"
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        JSONWriter.appendQuoted(name, to: &output)
        output += ":"
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    private var pendingKey = false

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        JSONWriter.appendQuoted(value, to: &output)
    }

    /// Writes a string value, or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        output += String(value)
    }

    /// Writes a number with up to `digits` decimals, trailing zeros dropped (`0.25`, `1`, `-0.5`).
    public mutating func number(_ value: Double, digits: Int = 6) {
        separate()
        output += JSONWriter.format(value, digits: digits)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        output += value ? "true" : "false"
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        output += "null"
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes `"key": value` for a string.
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    /// Writes `"key": value` for an integer.
    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes `"key": value` for a Boolean.
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    private mutating func separate() {
        if pendingKey {
            pendingKey = false
            needsComma[needsComma.count - 1] = true
            return
        }
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// Appends `text` as a quoted, escaped JSON string.
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\\u"
                    let hex = String(scalar.value, radix: 16)
                    output += String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Formats a finite number with at most `digits` decimals; non-finite numbers become 0.
    public static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
