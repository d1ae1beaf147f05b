/// Small text clean-ups shared by all readers.
public enum TextCleaner {
    /// Folds every run of white space (including newlines, tabs and no-break spaces) into one
    /// space and trims both ends. Control characters other than white space are dropped.
    ///
    /// Works on UTF-8 bytes and writes the result straight into the new string: ASCII, the common
    /// case, never goes through Unicode property look-ups (and mostly goes eight bytes at a time),
    /// and other characters are decoded in place rather than through a temporary string.
    public static func normalizeWhitespace(_ text: String) -> String {
        foldingWhitespace(text).text
    }

    /// ``normalizeWhitespace(_:)`` of text given as UTF-8 bytes (valid UTF-8, as a reader
    /// gathers it from a parsed document), without a `String` of the text before folding.
    public static func normalizeWhitespace(utf8 text: [UInt8]) -> String {
        foldingWhitespace(utf8: text).text
    }

    /// ``normalizeWhitespace(utf8:)`` with the number of Unicode code points of the result,
    /// counted while it is written, so that a passage's length needs no second pass.
    static func foldingWhitespace(utf8 text: [UInt8]) -> (text: String, length: Int) {
        text.withUnsafeBufferPointer { foldingWhitespace(utf8: $0) }
    }

    /// ``foldingWhitespace(utf8:)`` of a `String`.
    static func foldingWhitespace(_ text: String) -> (text: String, length: Int) {
        var text = text
        return text.withUTF8 { foldingWhitespace(utf8: $0) }
    }

    /// The folding itself. The output never starts with a space nor holds two in a row; a space at
    /// its end stands for white space not yet known to be followed by text, and is trimmed at the
    /// end. Eight bytes of printable ASCII with single spaces between words, the bulk of any
    /// text, are checked and copied as one 64-bit word.
    private static func foldingWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (text: String, length: Int) {
        var length = 0
        var written = 0
        let text = String(unsafeUninitializedCapacity: bytes.count) { out in
            guard let source = bytes.baseAddress, let target = out.baseAddress else { return 0 }
            let end = bytes.count
            var count = 0
            var i = 0
            while i < end {
                while i + 8 <= end {
                    let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                    guard PrintableASCIIWord.isPrintable(word) else { break }
                    let spaces = PrintableASCIIWord.spaces(word)
                    // Two spaces in a row, or a space at the start or after a space: byte by byte.
                    if spaces & (spaces << 8) != 0 { break }
                    if spaces & 0x80 != 0 && (count == 0 || target[count - 1] == 0x20) { break }
                    UnsafeMutableRawPointer(target + count).storeBytes(of: word, as: UInt64.self)
                    count += 8
                    length += 8
                    i += 8
                }
                guard i < end else { break }
                let byte = source[i]
                if byte > 0x20 && byte < 0x7F {
                    target[count] = byte
                    count += 1
                    length += 1
                    i += 1
                    continue
                }
                var isSpace = false
                var sequenceEnd = i + 1
                if byte < 0x80 {
                    // Other control characters are dropped.
                    isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                } else {
                    sequenceEnd = min(i + (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2), end)
                    let value = scalarValue(bytes, i..<sequenceEnd)
                    isSpace = value == 0x200B || Unicode.Scalar(value).map(CommonScalarProperties.isWhitespace) == true
                    if !isSpace && !(0x80...0x9F).contains(value) {
                        for j in i..<sequenceEnd {
                            target[count] = source[j]
                            count += 1
                        }
                        length += 1
                    }
                }
                if isSpace && count > 0 && target[count - 1] != 0x20 {
                    target[count] = 0x20
                    count += 1
                    length += 1
                }
                i = sequenceEnd
            }
            if count > 0 && target[count - 1] == 0x20 {
                count -= 1
                length -= 1
            }
            written = count
            return count
        }
        // Only bytes that are not UTF-8 (never from a parsed document) are repaired, which changes
        // their number: the count of code points is then taken from the repaired text.
        return (text, text.utf8.count == written ? length : text.unicodeScalars.count)
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
