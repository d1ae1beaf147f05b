/// Small indices by pointer, in an open-addressing hash table: the names of one parse by their
/// libxml2 dictionary pointer (the same name is always the same pointer within one parse).
///
/// A `Dictionary` hashes each key with SipHash, several times the cost of the look-up itself for
/// the two or three look-ups every start tag makes; a pointer only needs its bits mixed once.
struct PointerIndexTable {
    private var keys: [UInt]
    private var values: [Int32]
    private var count = 0
    private var shift: UInt64

    /// An empty table.
    init() {
        keys = Array(repeating: 0, count: 256)
        values = Array(repeating: 0, count: 256)
        shift = 64 - 8
    }

    /// The index stored for `pointer`, or the one `make` gives, which is stored.
    mutating func index(of pointer: UnsafeRawPointer, orMake make: () -> Int32) -> Int32 {
        let key = UInt(bitPattern: pointer)
        let mask = keys.count - 1
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { break }
            slot = (slot + 1) & mask
        }
        let value = make()
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return value
    }

    /// Fibonacci hashing: the multiplication spreads the pointer's bits into the top ones.
    private func slot(of key: UInt) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
