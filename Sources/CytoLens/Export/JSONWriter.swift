/// A small streaming JSON writer that keeps keys in the order they are written, so output is
/// deterministic and reads in the order of the documented contract.
///
/// Strings are escaped per RFC 8259: quotes, backslashes and all control characters; U+2028 and
/// U+2029 are escaped too so the output is also safe to embed in JavaScript. Everything else is
/// written as UTF-8.
public struct JSONWriter: Sendable {
    /// The JSON text written so far, as UTF-8 bytes; every value is appended here and the text
    /// is made a `String` once, when it is read.
    private var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The JSON text written so far as UTF-8 bytes, for writers that need no `String`: always
    /// valid UTF-8, since every value comes from a `String` and escapes are ASCII.
    public var utf8: [UInt8] { bytes }

    /// Creates an empty writer.
    public init() {}

    /// Opens an object (as a value, or as the value of the last ``key(_:)``).
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        JSONWriter.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    private var pendingKey = false

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        JSONWriter.appendQuoted(value, to: &bytes)
    }

    /// Writes a string value, or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        JSONWriter.appendDecimal(value, to: &bytes)
    }

    /// Writes a number with up to `digits` decimals, trailing zeros dropped (`0.25`, `1`, `-0.5`).
    public mutating func number(_ value: Double, digits: Int = 6) {
        separate()
        bytes += JSONWriter.format(value, digits: digits).utf8
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes += (value ? "true" : "false").utf8
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes += "null".utf8
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
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Appends the decimal digits of an integer (`-12`, `0`, `345`).
    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // At most 20 digits; written from the end of a fixed buffer, then copied in order.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = 20
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first..<20]))
        }
    }

    /// Appends `text` as a quoted, escaped JSON string.
    public static func appendQuoted(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a quoted, escaped JSON string to UTF-8 bytes.
    ///
    /// Everything between two characters that need escaping is copied in one piece. The
    /// characters to escape are ASCII, or U+2028 and U+2029, which start with 0xE2: a table marks
    /// those bytes, so most bytes cost one look-up.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            escapeTable.withUnsafeBufferPointer { table in
                appendEscaped(utf8, table: table, to: &output)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// For each byte, 1 when it may need escaping (controls, quote, backslash, DEL, 0xE2), else 0.
    private static let escapeTable: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0..<0x20, 0x22, 0x5C, 0x7F, 0xE2: return 1
        default: return 0
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendEscaped(
        _ utf8: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]
    ) {
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = utf8[index]
            if table[Int(byte)] == 0 {
                index += 1
                continue
            }
            var width = 1
            var escape: (UInt8, UInt8)?
            var unicode: UInt16?
            switch byte {
            case UInt8(ascii: "\""): escape = (UInt8(ascii: "\\"), UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): escape = (UInt8(ascii: "\\"), UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): escape = (UInt8(ascii: "\\"), UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): escape = (UInt8(ascii: "\\"), UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): escape = (UInt8(ascii: "\\"), UInt8(ascii: "t"))
            case 0xE2:
                if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                    unicode = utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029
                    width = 3
                }
            default:
                unicode = UInt16(byte)
            }
            guard escape != nil || unicode != nil else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            if let escape {
                output.append(escape.0)
                output.append(escape.1)
            } else if let unicode {
                output += [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), hexDigits[Int(unicode >> 12)], hexDigits[Int(unicode >> 8 & 15)],
                    hexDigits[Int(unicode >> 4 & 15)], hexDigits[Int(unicode & 15)],
                ]
            }
            index += width
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
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
