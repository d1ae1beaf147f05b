/// A small read-only map from ``WordKey`` to a byte of flags, by open addressing with a
/// multiplicative hash: a look-up is a multiply, a shift and a compare or two, where a `Set` of
/// the same keys hashes the eight bytes with SipHash first. Keys that are absent map to 0.
struct WordKeyTable: Sendable {
    /// The packed key of each slot; 0 marks an empty slot (a word key is never 0).
    private let keys: [UInt64]
    private let values: [UInt8]
    private let shift: UInt64

    /// A table of these entries; the values of a key given twice are ORed.
    init(_ entries: [(WordKey, UInt8)]) {
        var bits = 4
        while 1 << bits < 2 * entries.count { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [UInt8](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        for (key, value) in entries {
            var slot = Self.slot(of: key.bits, shift: shift)
            while keys[slot] != 0, keys[slot] != key.bits { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key.bits
            values[slot] |= value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(of bits: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The flags of a key, or 0 when the table does not hold it.
    func value(for key: WordKey) -> UInt8 {
        var slot = Self.slot(of: key.bits, shift: shift)
        while keys[slot] != 0 {
            if keys[slot] == key.bits { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return 0
    }
}
