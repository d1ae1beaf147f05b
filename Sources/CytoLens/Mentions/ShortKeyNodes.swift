/// The trie node reached by every key of one to eight bytes, in a hash table: the matcher's
/// first test of a word run (does the trie take its whole key?) in one look-up instead of a
/// start-bit test and a walk. Most runs are short, and most are not the start of any key.
///
/// A key is packed little-endian into a `UInt64` (its bytes are lower-case letters and digits,
/// never 0, so 0 marks an empty slot); slots are probed linearly from a multiplicative hash.
final class ShortKeyNodes: @unchecked Sendable {
    /// The longest key in the table.
    static let maximumLength = 8

    private let keys: UnsafeMutableBufferPointer<UInt64>
    private let nodes: UnsafeMutableBufferPointer<Int32>
    private let slotMask: Int
    private let shift: UInt64

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
        // At most a quarter full, so that a key the table lacks (most words) stops at once.
        var slotCount = 64
        while slotCount < 4 * entries.count { slotCount *= 2 }
        slotMask = slotCount - 1
        shift = UInt64(64 - slotCount.trailingZeroBitCount)
        keys = .allocate(capacity: slotCount)
        keys.initialize(repeating: 0)
        nodes = .allocate(capacity: slotCount)
        nodes.initialize(repeating: -1)
        for (key, node) in entries {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & slotMask }
            keys[slot] = key
            nodes[slot] = node
        }
    }

    deinit {
        keys.deallocate()
        nodes.deallocate()
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The node reached by the key of `count` (1 to ``maximumLength``) case-key bytes at `caseKey`,
    /// or -1; `readable` bytes from `caseKey` on may be read.
    @inline(__always)
    func node(caseKey: UnsafePointer<UInt8>, count: Int, readable: Int) -> Int32 {
        var key: UInt64
        if readable >= 8 {
            key = UInt64(littleEndian: UnsafeRawPointer(caseKey).loadUnaligned(as: UInt64.self))
        } else {
            key = 0
            for index in 0..<count { key |= UInt64(caseKey[index]) << UInt64(8 * index) }
        }
        // Keep the run's bytes and lower-case them as ScannedText.key does.
        let kept = ~UInt64(0) &>> UInt64(64 - 8 * count)
        key = (key | 0x2020_2020_2020_2020) & kept
        var slot = slot(of: key)
        while true {
            let candidate = keys[slot]
            if candidate == key { return nodes[slot] }
            if candidate == 0 { return -1 }
            slot = (slot &+ 1) & slotMask
        }
    }
}
