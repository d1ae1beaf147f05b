/// Small text clean-ups shared by all readers.
public enum TextCleaner {
    /// Folds every run of white space (including newlines, tabs and no-break spaces) into one
    /// space and trims both ends. Control characters other than white space are dropped.
    ///
    /// Works on UTF-8 bytes and writes the result straight into the new string: ASCII, the common
    /// case, never goes through Unicode property look-ups, and other characters are decoded in
    /// place rather than through a temporary string.
    public static func normalizeWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { normalizeWhitespace(utf8: $0) }
    }

    /// ``normalizeWhitespace(_:)`` of text given as UTF-8 bytes (valid UTF-8, as a reader
    /// gathers it from a parsed document), without a `String` of the text before folding.
    public static func normalizeWhitespace(utf8 text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { normalizeWhitespace(utf8: $0) }
    }

    private static func normalizeWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte > 0x20 && byte < 0x7F {
                    // A run of printable ASCII, the bulk of any text: found, then copied at once.
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    var end = i + 1
                    while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x7F { end += 1 }
                    UnsafeMutableRawPointer(out.baseAddress! + count).copyMemory(
                        from: bytes.baseAddress! + i, byteCount: end - i)
                    count += end - i
                    i = end
                    continue
                }
                if byte < 0x80 {
                    i += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = count > 0
                    } else if byte >= 0x20 && byte != 0x7F {
                        if pendingSpace {
                            out[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        out[count] = byte
                        count += 1
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(i + length, bytes.count)
                let value = scalarValue(bytes, i..<end)
                if value == 0x200B || Unicode.Scalar(value)?.properties.isWhitespace == true {
                    pendingSpace = count > 0
                } else if !(0x80...0x9F).contains(value) {
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    for j in i..<end {
                        out[count] = bytes[j]
                        count += 1
                    }
                }
                i = end
            }
            return count
        }
    }

    /// The code point of the UTF-8 sequence at `range` (a whole, valid sequence: the bytes come
    /// from a `String` or a parsed document).
    @inline(__always)
    private static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        let lead = UInt32(bytes[range.lowerBound])
        var value = range.count == 2 ? lead & 0x1F : range.count == 3 ? lead & 0x0F : lead & 0x07
        for j in (range.lowerBound + 1)..<range.upperBound { value = value << 6 | UInt32(bytes[j] & 0x3F) }
        return value
    }
}
