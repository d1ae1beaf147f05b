/// Finds the bytes of UTF-8 text that may need escaping in a JSON string, eight bytes at a time.
///
/// A byte may need escaping when it is a control character (below 0x20), a quote, a backslash,
/// DEL, or 0xE2, the lead byte of U+2028 and U+2029 (and of dashes and quotes, which do not).
/// They are rare in prose, so most of a text is skipped a machine word at a time. Each test marks
/// the high bit of a byte that matches, and may mark bytes above the lowest match (a borrow runs
/// upwards) but never below it; so the lowest mark of all the tests together is exact.
enum JSONEscapeScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let quotes = UInt64(UInt8(ascii: "\"")) &* ones
    private static let backslashes = UInt64(UInt8(ascii: "\\")) &* ones
    private static let deletes = UInt64(0x7F) &* ones
    private static let leadsE2 = UInt64(0xE2) &* ones
    private static let spaces = UInt64(0x20) &* ones

    /// Whether a byte may need escaping.
    @inline(__always)
    static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2
    }

    /// The high bit of every byte of `word` below 0x20 (exact for the lowest such byte).
    @inline(__always)
    private static func controls(_ word: UInt64) -> UInt64 {
        (word &- spaces) & ~word & highBits
    }

    /// The high bit of every byte of `word` equal to `pattern`'s byte (exact for the lowest).
    @inline(__always)
    private static func equal(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return (x &- ones) & ~x & highBits
    }

    /// The index of the first byte at or after `start` that may need escaping, or `utf8.count`.
    @inline(__always)
    static func firstIndex(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = utf8.count
        var index = start
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let found =
                    controls(word) | equal(word, quotes) | equal(word, backslashes) | equal(word, deletes)
                    | equal(word, leadsE2)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count, !mayNeedEscape(utf8[index]) { index += 1 }
        return index
    }
}
