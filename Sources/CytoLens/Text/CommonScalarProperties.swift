/// Unicode's `isAlphabetic` and `isWhitespace` for the scalars that article text uses most
/// (ASCII, Latin-1 and Latin Extended, Greek, General Punctuation up to the Mathematical
/// Operators), read from a table filled once from those same properties. Other scalars ask
/// Unicode: each property look-up costs a few hundred instructions, and the scanner, the text
/// cleaner and the sentence splitter ask for every dash, thin space and Greek letter.
enum CommonScalarProperties {
    /// The scalar ranges the table holds, back to back.
    static let tabulated: [Range<UInt32>] = [0x0000..<0x0250, 0x0370..<0x0400, 0x2000..<0x2300]

    private static let alphabeticBit: UInt8 = 1
    private static let whitespaceBit: UInt8 = 2

    /// Two bits per tabulated scalar, in the order of ``tabulated``.
    private static let table: [UInt8] = tabulated.flatMap { range in
        range.map { value -> UInt8 in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            return (scalar.properties.isAlphabetic ? alphabeticBit : 0) | (scalar.properties.isWhitespace ? whitespaceBit : 0)
        }
    }

    /// Where a scalar's bits are in ``table``, or nil when it is not tabulated.
    @inline(__always)
    private static func slot(_ value: UInt32) -> Int? {
        if value < 0x0250 { return Int(value) }
        if value >= 0x2000 {
            return value < 0x2300 ? Int(value - 0x2000) + (0x0250 + 0x0090) : nil
        }
        if value >= 0x0370, value < 0x0400 { return Int(value - 0x0370) + 0x0250 }
        return nil
    }

    /// The same answer as `scalar.properties.isAlphabetic`.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        guard let slot = slot(scalar.value) else { return scalar.properties.isAlphabetic }
        return table[slot] & alphabeticBit != 0
    }

    /// The same answer as `scalar.properties.isWhitespace`.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard let slot = slot(scalar.value) else { return scalar.properties.isWhitespace }
        return table[slot] & whitespaceBit != 0
    }
}
