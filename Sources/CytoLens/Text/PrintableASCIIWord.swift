/// Tests on eight bytes of UTF-8 at once, read as one little-endian 64-bit word, for the white
/// space folding of ``TextCleaner``.
enum PrintableASCIIWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Whether every byte is printable ASCII or a space (0x20...0x7E).
    @inline(__always)
    static func isPrintable(_ word: UInt64) -> Bool {
        // A byte below 0x20 borrows into its high bit; the first such byte is found exactly, and a
        // false alarm above it can only follow a true one. 0x7F is found as a zero byte of the XOR.
        let below = (word &- 0x20 &* ones) & ~word
        let delete = word ^ lowBits
        let isDelete = (delete &- ones) & ~delete
        return (word | below | isDelete) & highBits == 0
    }

    /// The high bit of each byte that is a space (0x20), exactly, with no carries between bytes.
    @inline(__always)
    static func spaces(_ word: UInt64) -> UInt64 {
        let difference = word ^ (0x20 &* ones)
        return ~(((difference & lowBits) &+ lowBits) | difference | lowBits)
    }
}
