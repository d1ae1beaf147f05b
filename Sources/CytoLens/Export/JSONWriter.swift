/// A small streaming JSON writer that keeps keys in the order they are written, so output is
/// deterministic and reads in the order of the documented contract.
///
/// Strings are escaped per RFC 8259: quotes, backslashes and all control characters; U+2028 and
/// U+2029 are escaped too so the output is also safe to embed in JavaScript. Everything else is
/// written as UTF-8.
public struct JSONWriter: Sendable {
    /// The JSON text written so far is `storage[..<length]`, as UTF-8 bytes; the rest of
    /// `storage` is room to grow. Values are copied in through a pointer, so that a short value
    /// costs a few instructions rather than an array append; the text is made a `String` once,
    /// when it is read.
    private var storage: [UInt8] = []
    private var length = 0
    /// One bit per open object or array, innermost in bit 0: whether its next value needs a comma.
    private var needsComma: UInt64 = 0
    private var depth = 0
    private var pendingKey = false

    /// The JSON text written so far.
    public var output: String { String(decoding: storage[..<length], as: UTF8.self) }

    /// The JSON text written so far as UTF-8 bytes, for writers that need no `String`: always
    /// valid UTF-8, since every value comes from a `String` and escapes are ASCII.
    public var utf8: [UInt8] { Array(storage[..<length]) }

    /// Creates an empty writer.
    public init() {}

    /// Opens an object (as a value, or as the value of the last ``key(_:)``).
    public mutating func beginObject() {
        separate()
        write(UInt8(ascii: "{"))
        open()
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        close()
        write(UInt8(ascii: "}"))
    }

    /// Opens an array.
    public mutating func beginArray() {
        separate()
        write(UInt8(ascii: "["))
        open()
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        close()
        write(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        writeQuoted(name)
        write(UInt8(ascii: ":"))
        pendingKey = true
    }

    /// An object key escaped and quoted once, for keys written for every element of a long list:
    /// writing it is one copy.
    public struct Key: Sendable {
        /// `"name":` as UTF-8.
        fileprivate let bytes: [UInt8]

        /// A key with this name.
        public init(_ name: String) {
            var writer = JSONWriter()
            writer.writeQuoted(name)
            writer.write(UInt8(ascii: ":"))
            bytes = writer.utf8
        }
    }

    /// Writes an object key made beforehand; the next value written is its value.
    public mutating func key(_ key: Key) {
        separate()
        key.bytes.withUnsafeBufferPointer { write($0) }
        pendingKey = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        writeQuoted(value)
    }

    /// Writes a string value, or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        writeDecimal(value)
    }

    /// Writes a number with up to `digits` decimals, trailing zeros dropped (`0.25`, `1`, `-0.5`).
    public mutating func number(_ value: Double, digits: Int = 6) {
        separate()
        write(JSONWriter.format(value, digits: digits))
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        write(value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        write("null")
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

    /// Writes `"key": value` for a string, with a key made beforehand.
    public mutating func field(_ key: Key, _ value: String?) {
        self.key(key)
        string(value)
    }

    /// Writes `"key": value` for an integer, with a key made beforehand.
    public mutating func field(_ key: Key, _ value: Int) {
        self.key(key)
        int(value)
    }

    /// Writes `"key": value` for a Boolean.
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// Appends `text` as a quoted, escaped JSON string.
    public static func appendQuoted(_ text: String, to output: inout String) {
        var writer = JSONWriter()
        writer.writeQuoted(text)
        output += writer.output
    }

    // MARK: - Structure

    private mutating func open() {
        precondition(depth < UInt64.bitWidth, "JSONWriter nests at most 64 levels")
        depth += 1
        needsComma <<= 1
    }

    private mutating func close() {
        precondition(depth > 0, "JSONWriter closed more than it opened")
        depth -= 1
        needsComma >>= 1
    }

    private mutating func separate() {
        if pendingKey {
            pendingKey = false
        } else if needsComma & 1 != 0 {
            write(UInt8(ascii: ","))
        }
        needsComma |= 1
    }

    // MARK: - Bytes

    /// Makes room for `extra` more bytes after the text.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if length + extra > storage.count { grow(toHold: length + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        let capacity = max(needed, 2 * storage.count, 256)
        storage.append(contentsOf: repeatElement(0, count: capacity - storage.count))
    }

    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        reserve(1)
        storage[length] = byte
        length += 1
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        let at = length
        storage.withUnsafeMutableBufferPointer { target in
            (target.baseAddress! + at).update(from: source, count: bytes.count)
        }
        length += bytes.count
    }

    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Writes the decimal digits of an integer (`-12`, `0`, `345`), straight into the storage:
    /// counted first, then written from the last digit back.
    private mutating func writeDecimal(_ value: Int) {
        if value < 0 { write(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt = 10
        // At most 20 digits; 10^19 is the last power that fits, so stop before multiplying past it.
        while digits < 20, magnitude >= power {
            digits += 1
            power = power &* 10
        }
        reserve(digits)
        let end = length + digits
        storage.withUnsafeMutableBufferPointer { target in
            var position = end
            repeat {
                position -= 1
                target[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
        }
        length = end
    }

    /// Writes `text` as a quoted, escaped JSON string.
    ///
    /// Everything between two characters that need escaping is copied in one piece. The
    /// characters to escape are ASCII, or U+2028 and U+2029, which start with 0xE2:
    /// ``JSONEscapeScan`` finds those bytes a word at a time.
    private mutating func writeQuoted(_ text: String) {
        write(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { writeEscaped($0) }
        write(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let count = utf8.count
        var runStart = 0
        var index = JSONEscapeScan.firstIndex(in: utf8, from: 0)
        while index < count {
            let byte = utf8[index]
            var width = 1
            var escape: UInt8?
            var unicode: UInt16?
            switch byte {
            case UInt8(ascii: "\""): escape = UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
            case UInt8(ascii: "\n"): escape = UInt8(ascii: "n")
            case UInt8(ascii: "\r"): escape = UInt8(ascii: "r")
            case UInt8(ascii: "\t"): escape = UInt8(ascii: "t")
            case 0xE2:
                if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                    unicode = utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029
                    width = 3
                }
            default:
                unicode = UInt16(byte)
            }
            if escape != nil || unicode != nil {
                write(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                write(UInt8(ascii: "\\"))
                if let escape {
                    write(escape)
                } else if let unicode {
                    let hex = Self.hexDigits
                    write(UInt8(ascii: "u"))
                    write(hex[Int(unicode >> 12)])
                    write(hex[Int(unicode >> 8 & 15)])
                    write(hex[Int(unicode >> 4 & 15)])
                    write(hex[Int(unicode & 15)])
                }
                runStart = index + width
            }
            index = JSONEscapeScan.firstIndex(in: utf8, from: index + width)
        }
        write(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
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
