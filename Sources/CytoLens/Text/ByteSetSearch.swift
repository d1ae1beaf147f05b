/// Finds the next occurrence of any of up to four byte values in a buffer, sixteen bytes at a time.
///
/// The sentence splitter looks for `.`, `!`, `?` and the lead byte of "…"; they are rare, so most
/// of a passage is skipped sixteen bytes at a time (a vector compare of every lane with the four
/// values) instead of comparing every byte four times. In the block that holds a match, a
/// machine word finds exactly where: a word holds one of the values when, XORed with that value
/// in every byte, it has a zero byte; the lowest flagged byte of that test is exact, so no match
/// is skipped or invented.
struct ByteSetSearch {
    private let patterns: (UInt64, UInt64, UInt64, UInt64)
    private let values: (UInt8, UInt8, UInt8, UInt8)
    private let vectors: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// A search for one to four byte values.
    init(_ values: [UInt8]) {
        precondition((1...4).contains(values.count), "ByteSetSearch takes one to four values")
        let padded = values + Array(repeating: values[0], count: 4 - values.count)
        self.values = (padded[0], padded[1], padded[2], padded[3])
        vectors = (
            SIMD16(repeating: padded[0]), SIMD16(repeating: padded[1]), SIMD16(repeating: padded[2]),
            SIMD16(repeating: padded[3])
        )
        patterns = (
            UInt64(padded[0]) &* Self.ones, UInt64(padded[1]) &* Self.ones, UInt64(padded[2]) &* Self.ones,
            UInt64(padded[3]) &* Self.ones
        )
    }

    /// Whether a byte is one of the values.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte == values.0 || byte == values.1 || byte == values.2 || byte == values.3
    }

    /// The high bit of every byte of `word` that equals `pattern`'s byte, and possibly of bytes
    /// above the lowest such byte (never below it).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return (x &- ones) & ~x & highBits
    }

    /// The index of the first byte at or after `start` that is one of the values, or
    /// `bytes.count` when there is none.
    @inline(__always)
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Sixteen bytes at a time, every lane compared with the four values at once, until a
            // block holds one of them; the word loop below then finds exactly where.
            while index + 16 <= count {
                let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let hits = (block .== vectors.0) .| (block .== vectors.1) .| (block .== vectors.2) .| (block .== vectors.3)
                if any(hits) { break }
                index += 16
            }
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let found =
                    Self.zeroBytes(word, patterns.0) | Self.zeroBytes(word, patterns.1) | Self.zeroBytes(word, patterns.2)
                    | Self.zeroBytes(word, patterns.3)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count, !contains(bytes[index]) { index += 1 }
        return index
    }
}
