/// The words of the cue tables, each with a small integer id, found by the bytes of its key.
///
/// ``ClaimCues`` builds it once from every word of every phrase table; ``CueMarker``
/// then gives each word token the id of its key (``SentenceToken/cueWord``) with one lookup, so
/// that ``PhraseTable`` compares ids instead of strings and finds a phrase's entries in an array
/// instead of a dictionary. The lookup hashes the key's UTF-8 bytes with FNV-1a into an
/// open-addressed table: a sentence's words are nearly all short and absent, and a miss costs one
/// hash and, rarely, a byte comparison.
struct CueWordTable: Sendable {
    /// The id of a word that no cue table lists.
    static let notACueWord: Int32 = -1

    /// The key bytes of all words, one after the other; word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// For each slot, the id of the word hashed there, or -1. The count is a power of two, at least
    /// twice the number of words.
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    /// The number of words.
    var count: Int { starts.count - 1 }

    /// An empty table.
    init() {}

    /// The id of `key`, added if it is new (ids count up from 0 in the order of adding).
    @discardableResult
    mutating func insert(_ key: String) -> Int32 {
        if let known = id(of: key) { return known }
        let id = Int32(count)
        bytes += key.utf8
        starts.append(bytes.count)
        if count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for word in 0..<count { place(Int32(word)) }
        } else {
            place(id)
        }
        return id
    }

    /// The id of `key`, if it is a word of the table.
    func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { id(ofBytes: $0) }
    }

    /// The id of the word whose key is `key`'s UTF-8 bytes, if it is one.
    func id(ofBytes key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return bytes.withUnsafeBufferPointer { all in
            while true {
                let word = slots[slot]
                if word < 0 { return nil }
                let start = starts[Int(word)]
                let end = starts[Int(word) + 1]
                // (A word of one byte or more has its bytes in `all`, which then has a base address.)
                if end - start == key.count, key.isEmpty || CueWordTable.equal(all.baseAddress! + start, key) {
                    return word
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the `key.count` bytes at `word` are `key`'s (a plain loop: the generic
    /// `elementsEqual` is not specialized to pointers here).
    @inline(__always)
    private static func equal(_ word: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < key.count {
            if word[index] != key[index] { return false }
            index += 1
        }
        return true
    }

    /// Puts a word's id in the first free slot from its hash on.
    private mutating func place(_ word: Int32) {
        let mask = slots.count - 1
        let hash = bytes.withUnsafeBufferPointer {
            Self.hash(UnsafeBufferPointer(rebasing: $0[starts[Int(word)]..<starts[Int(word) + 1]]))
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = word
    }

    /// FNV-1a over bytes (64-bit), its high half folded into the low bits the slots use.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 32)
    }
}
