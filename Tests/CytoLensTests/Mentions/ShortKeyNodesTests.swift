import Testing

@testable import CytoLens

@Suite("Short-key nodes: the matcher's one look-up for the trie's node of a short word")
struct ShortKeyNodesTests {
    static let trie = CompiledLexicon.builtIn.trie
    static let table = ShortKeyNodes(trie: trie)

    /// The table's node for case-key bytes, read from a buffer of exactly their length (the
    /// byte-by-byte path) and from one with eight bytes to spare (the word-load path); nil when
    /// the two disagree.
    static func tableNode(_ caseKey: [UInt8]) -> Int32? {
        let exact = caseKey.withUnsafeBufferPointer {
            table.node(caseKey: $0.baseAddress!, count: caseKey.count, readable: caseKey.count)
        }
        let padded = (caseKey + Array("XyZ_9\u{0}ab".utf8)).withUnsafeBufferPointer {
            table.node(caseKey: $0.baseAddress!, count: caseKey.count, readable: $0.count)
        }
        return exact == padded ? exact : nil
    }

    /// The node of a walk from the root with the keys of the bytes, or -1.
    static func walkedNode(_ caseKey: [UInt8]) -> Int32 {
        trie.node(for: caseKey.map(ScannedText.key))
    }

    @Test("Every start of a lexicon name of up to eight bytes, in either case, finds the walked node")
    func lexiconStarts() {
        var found = 0
        for record in CompiledLexicon.builtIn.lexicon.names {
            let caseKey = NameKey.keys(of: record.name).caseKey
            for length in 1...min(ShortKeyNodes.maximumLength, caseKey.count) {
                let start = Array(caseKey.prefix(length))
                let capitals = start.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
                for start in [start, capitals] {
                    let expected = Self.walkedNode(start)
                    #expect(Self.tableNode(start) == expected, "\(String(decoding: start, as: UTF8.self))")
                    if expected >= 0 { found += 1 }
                }
            }
        }
        #expect(found > 10_000)
    }

    @Test("Words of the corpus and random byte strings find the walked node, or -1 when the trie does not take them")
    func wordsAndRandomBytes() {
        var words = WordRunScanTests.passages.flatMap { text in
            let scanned = ScannedText(text)
            return scanned.runs.indices.map { Array(scanned.caseKey(of: $0)) }
        }
        var random = SeededRandom(seed: 8)
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8) + [0, 0x5F, 0xE2]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...ShortKeyNodes.maximumLength, using: &random)
            words.append((0..<length).map { _ in alphabet.randomElement(using: &random)! })
        }
        var taken = 0
        var refused = 0
        for word in words where (1...ShortKeyNodes.maximumLength).contains(word.count) {
            let expected = Self.walkedNode(word)
            #expect(Self.tableNode(word) == expected, "\(word)")
            if expected >= 0 { taken += 1 } else { refused += 1 }
        }
        #expect(taken > 1000 && refused > 1000)
    }
}

@Suite("Short-key nodes: presence bits and keys longer than eight bytes")
struct ShortKeyNodesLongKeyTests {
    static let trie = ShortKeyNodesTests.trie
    static let table = ShortKeyNodesTests.table

    /// The case keys of the corpus's word runs.
    static let corpusWords: [[UInt8]] = WordRunScanTests.passages.flatMap { text in
        let scanned = ScannedText(text)
        return scanned.runs.indices.map { Array(scanned.caseKey(of: $0)) }.filter { !$0.isEmpty }
    }

    @Test("Keys of any length find the walked node: the first eight bytes looked up, the rest walked")
    func longKeys() {
        var words = Self.corpusWords.filter { $0.count > ShortKeyNodes.maximumLength }
        for record in CompiledLexicon.builtIn.lexicon.names {
            let caseKey = NameKey.keys(of: record.name).caseKey
            guard caseKey.count > ShortKeyNodes.maximumLength else { continue }
            // The whole name, a start of it longer than eight bytes, and one byte changed past the eighth.
            words.append(caseKey)
            words.append(Array(caseKey.prefix(ShortKeyNodes.maximumLength + 1)))
            var changed = caseKey
            changed[caseKey.count - 1] = changed[caseKey.count - 1] == UInt8(ascii: "x") ? UInt8(ascii: "q") : UInt8(ascii: "x")
            words.append(changed)
        }
        var taken = 0
        var refused = 0
        for word in words {
            let expected = ShortKeyNodesTests.walkedNode(word)
            let found = word.withUnsafeBufferPointer {
                Self.table.node(caseKey: $0.baseAddress!, count: word.count, readable: word.count, trie: Self.trie)
            }
            #expect(found == expected, "\(String(decoding: word, as: UTF8.self))")
            if expected >= 0 { taken += 1 } else { refused += 1 }
        }
        #expect(taken > 1000 && refused > 1000)
    }

    @Test("The presence bits hold every key of up to eight bytes the trie takes and refuse most others")
    func presenceBits() {
        var absent = 0
        var passed = 0
        for word in Self.corpusWords {
            let start = Array(word.prefix(ShortKeyNodes.maximumLength))
            let key = start.withUnsafeBufferPointer {
                ShortKeyNodes.packedKey(caseKey: $0.baseAddress!, count: start.count, readable: start.count)
            }
            if ShortKeyNodesTests.walkedNode(start) >= 0 {
                #expect(Self.table.mayHold(key), "\(String(decoding: start, as: UTF8.self))")
            } else {
                absent += 1
                if Self.table.mayHold(key) { passed += 1 }
            }
        }
        // Sixteen bits a key: about one absent word in sixteen passes.
        #expect(absent > 10_000)
        #expect(passed * 8 < absent, "\(passed) of \(absent) absent words pass")
    }
}

@Suite("Short-key nodes: the entry of a key answers for its trie node")
struct ShortKeyNodesEntryTests {
    static let trie = ShortKeyNodesTests.trie
    static let table = ShortKeyNodesTests.table

    @Test("Every start of a lexicon name has an entry that agrees with the trie on its value and children")
    func entriesAgreeWithTrie() {
        let keyBytes = Array("abcdefghijklmnopqrstuvwxyz0123456789_".utf8) + [0xB5, 0xE9]
        var checked = 0
        for record in CompiledLexicon.builtIn.lexicon.names {
            let caseKey = NameKey.keys(of: record.name).caseKey
            for length in 1...min(ShortKeyNodes.maximumLength, caseKey.count) {
                let start = Array(caseKey.prefix(length))
                let entry = start.withUnsafeBufferPointer {
                    Self.table.entry(caseKey: $0.baseAddress!, count: length, readable: length)
                }
                let node = ShortKeyNodesTests.walkedNode(start)
                #expect(entry.node == node)
                guard node >= 0 else { continue }
                checked += 1
                #expect(entry.endsName == (Self.trie.value(at: node) >= 0))
                for key in keyBytes {
                    let expected = Self.trie.child(node, key) >= 0
                    // An entry may leave a label that is not a letter or digit to the trie, never answer wrong.
                    #expect(entry.leadsOn(with: key) ?? expected == expected, "\(start) then \(key)")
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test("The dead-end rule gives the same answer from an entry as from the trie on every short corpus word")
    func deadEndFromEntry() {
        var decided = 0
        for text in WordRunScanTests.passages.prefix(400) {
            let scanned = ScannedText(text)
            scanned.caseKeys.withUnsafeBufferPointer { caseKeys in
                for run in scanned.runs.indices {
                    let current = scanned.runs[run]
                    guard (1...ShortKeyNodes.maximumLength).contains(current.keyCount) else { continue }
                    let entry = Self.table.entry(
                        caseKey: caseKeys.baseAddress! + current.keyStart, count: current.keyCount,
                        readable: caseKeys.count - current.keyStart)
                    guard entry.node >= 0 else { continue }
                    decided += 1
                    #expect(
                        DeadEndRun.stops(scanned, run: run, entry: entry, trie: Self.trie)
                            == DeadEndRun.stops(scanned, run: run, node: entry.node, trie: Self.trie))
                }
            }
        }
        #expect(decided > 1000)
    }
}
