/// The trie node reached by every key of one to eight bytes, in a hash table: the matcher's
/// first test of a word run (does the trie take its whole key?) in one look-up instead of a walk;
/// a longer word looks up its first eight bytes and walks only the rest. Most runs are not the
/// start of any key.
///
/// A key is packed little-endian into a `UInt64` (its bytes are lower-case letters and digits,
/// never 0, so 0 marks an empty slot); slots are probed linearly from a multiplicative hash.
///
/// The table (sixteen bytes a slot, two slots a key: some 256 KB) is read at a random place for
/// every word, and three words in four are not in it: a look-up first tests ``presence``, a bit
/// for each value of the hash's top bits that some key has (16 bits a key, 16 KB), which stays in
/// the processor's nearest cache, and most absent words stop there. A key's slot holds its
/// ``Entry`` next to it: what the matcher's first test of a short word needs is in one place.
final class ShortKeyNodes: @unchecked Sendable {
    /// The longest key in the table.
    static let maximumLength = 8

    /// Two words a slot: the key, then its ``Entry`` bits (0 in an empty slot).
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let slotMask: Int
    private let shift: UInt64
    /// One bit per value of the hash's top `64 - presenceShift` bits, set when some key hashes to
    /// it: a clear bit proves a key absent, a set one sends the look-up on to the table.
    private let presence: UnsafeMutableBufferPointer<UInt64>
    private let presenceShift: UInt64

    /// What the table holds for a key: its node, whether a name ends there, and which key bytes
    /// lead on from it, so that ``DeadEndRun`` can decide a short word without reading the trie.
    struct Entry {
        /// The node in bits 0–23 (never the root, so 0 means no entry), bit 24 when a name ends
        /// there, bit 25 when a child's label is not a letter or digit, then a bit per base-36
        /// code (`a`–`z`, `0`–`9`) of the children's labels.
        fileprivate let bits: UInt64

        /// The node, or -1 when the trie does not take the key.
        var node: Int32 { bits == 0 ? -1 : Int32(truncatingIfNeeded: bits & 0xFF_FFFF) }
        /// Whether a name ends at the node.
        var endsName: Bool { bits & (1 << 24) != 0 }

        /// Whether the node has a child labelled `key` (a key byte), or nil when the entry cannot
        /// tell (a label that is not a letter or digit).
        @inline(__always)
        func leadsOn(with key: UInt8) -> Bool? {
            let code: UInt64
            switch key {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): code = UInt64(key &- UInt8(ascii: "a"))
            case UInt8(ascii: "0")...UInt8(ascii: "9"): code = 26 &+ UInt64(key &- UInt8(ascii: "0"))
            default: return bits & (1 << 25) != 0 ? nil : false
            }
            return bits & (1 &<< (26 &+ code)) != 0
        }

        /// The entry of a trie node.
        fileprivate init(node: Int32, trie: NameTrie) {
            precondition(node > 0 && node < 1 << 24, "trie node out of the entry's range")
            var bits = UInt64(node)
            if trie.value(at: node) >= 0 { bits |= 1 << 24 }
            trie.forEachChild(of: node) { label, _ in
                switch label {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): bits |= 1 << (26 + UInt64(label - UInt8(ascii: "a")))
                case UInt8(ascii: "0")...UInt8(ascii: "9"): bits |= 1 << (52 + UInt64(label - UInt8(ascii: "0")))
                default: bits |= 1 << 25
                }
            }
            self.bits = bits
        }

        fileprivate init(bits: UInt64) {
            self.bits = bits
        }
    }

    /// Every key of the trie up to ``maximumLength`` bytes, with its node.
    init(trie: NameTrie) {
        var entries: [(key: UInt64, node: Int32)] = []
        var pending: [(node: Int32, key: UInt64, length: Int)] = [(NameTrie.root, 0, 0)]
        while let (node, key, length) = pending.popLast() {
            if length > 0 { entries.append((key, node)) }
            guard length < Self.maximumLength else { continue }
            trie.forEachChild(of: node) { label, child in
                pending.append((child, key | UInt64(label) << UInt64(8 * length), length + 1))
            }
        }
        // At most half full: a key is found in its first slot or the next, most often in one
        // cache line; a key the table lacks has mostly been refused by the presence bits.
        var slotCount = 64
        while slotCount < 2 * entries.count { slotCount *= 2 }
        slotMask = slotCount - 1
        shift = UInt64(64 - slotCount.trailingZeroBitCount)
        slots = .allocate(capacity: 2 * slotCount)
        slots.initialize(repeating: 0)
        // About sixteen bits per key: one absent word in sixteen passes the presence test.
        var presenceBits = 1 << 12
        while presenceBits < 16 * entries.count { presenceBits *= 2 }
        presenceShift = UInt64(64 - presenceBits.trailingZeroBitCount)
        presence = .allocate(capacity: presenceBits / 64)
        presence.initialize(repeating: 0)
        for (key, node) in entries {
            var slot = slot(of: key)
            while slots[2 * slot] != 0 { slot = (slot + 1) & slotMask }
            slots[2 * slot] = key
            slots[2 * slot + 1] = Entry(node: node, trie: trie).bits
            let bit = presenceBit(of: key)
            presence[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    deinit {
        slots.deallocate()
        presence.deallocate()
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The key's bit in ``presence``: the top bits of the same hash as ``slot(of:)``.
    @inline(__always)
    private func presenceBit(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> presenceShift)
    }

    /// Whether some key of the table has the bit of `key` in ``presence``: false proves it absent.
    @inline(__always)
    func mayHold(_ key: UInt64) -> Bool {
        let bit = presenceBit(of: key)
        return presence[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
    }

    /// The key of `count` (1 to ``maximumLength``) case-key bytes at `caseKey`, lower-cased and
    /// packed little-endian; `readable` bytes from `caseKey` on may be read.
    @inline(__always)
    static func packedKey(caseKey: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        var key: UInt64
        if readable >= 8 {
            key = UInt64(littleEndian: UnsafeRawPointer(caseKey).loadUnaligned(as: UInt64.self))
        } else {
            key = 0
            for index in 0..<count { key |= UInt64(caseKey[index]) << UInt64(8 * index) }
        }
        // Keep the run's bytes and lower-case them as ScannedText.key does.
        let kept = ~UInt64(0) &>> UInt64(64 - 8 * count)
        return (key | 0x2020_2020_2020_2020) & kept
    }

    /// The entry of the key of `count` (1 to ``maximumLength``) case-key bytes at `caseKey`, whose
    /// node is -1 when the trie does not take the key; `readable` bytes from `caseKey` on may be read.
    @inline(__always)
    func entry(caseKey: UnsafePointer<UInt8>, count: Int, readable: Int) -> Entry {
        entry(packedKey: Self.packedKey(caseKey: caseKey, count: count, readable: readable))
    }

    /// The entry of a key packed as ``packedKey(caseKey:count:readable:)`` packs it, whose node is
    /// -1 when the trie does not take the key.
    @inline(__always)
    func entry(packedKey key: UInt64) -> Entry {
        guard mayHold(key) else { return Entry(bits: 0) }
        var slot = slot(of: key)
        while true {
            let candidate = slots[2 &* slot]
            if candidate == key { return Entry(bits: slots[2 &* slot &+ 1]) }
            if candidate == 0 { return Entry(bits: 0) }
            slot = (slot &+ 1) & slotMask
        }
    }

    /// The node reached by the key of `count` (1 to ``maximumLength``) case-key bytes at `caseKey`,
    /// or -1; `readable` bytes from `caseKey` on may be read.
    @inline(__always)
    func node(caseKey: UnsafePointer<UInt8>, count: Int, readable: Int) -> Int32 {
        entry(caseKey: caseKey, count: count, readable: readable).node
    }

    /// The node the trie reaches with the whole key of `count` case-key bytes at `caseKey` (of any
    /// length), or -1: the node of the first ``maximumLength`` bytes looked up here, then a walk
    /// of the rest. Most long words are refused by the look-up without a step in the trie.
    @inline(__always)
    func node(caseKey: UnsafePointer<UInt8>, count: Int, readable: Int, trie: NameTrie) -> Int32 {
        let node = node(caseKey: caseKey, count: min(count, Self.maximumLength), readable: readable)
        return Self.walkRest(from: node, caseKey: caseKey, count: count, trie: trie)
    }

    /// The node the trie reaches from `node` (the node of the first ``maximumLength`` bytes, or -1)
    /// with the bytes after them of the `count` case-key bytes at `caseKey`, or -1.
    @inline(__always)
    static func walkRest(from node: Int32, caseKey: UnsafePointer<UInt8>, count: Int, trie: NameTrie) -> Int32 {
        var node = node
        var index = maximumLength
        while node >= 0, index < count {
            node = trie.child(node, ScannedText.key(caseKey[index]))
            index += 1
        }
        return node
    }
}
