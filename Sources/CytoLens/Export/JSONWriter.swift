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
    ///
    /// Works on the UTF-8 bytes: everything between two characters that need escaping is copied in
    /// one piece (the characters to escape are ASCII, or U+2028 and U+2029, which start with 0xE2).
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            var escape: String?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case UInt8(ascii: "\n"): escape = "\\n"
            case UInt8(ascii: "\r"): escape = "\\r"
            case UInt8(ascii: "\t"): escape = "\\t"
            case 0..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                let second = utf8.index(after: index)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        escape = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                }
            default:
                break
            }
            if let escape {
                output += text[runStart..<index]
                output += escape
                index = utf8.index(index, offsetBy: width)
                runStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        output += text[runStart..<utf8.endIndex]
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
