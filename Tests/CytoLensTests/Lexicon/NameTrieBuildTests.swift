import Testing

@testable import CytoLens

@Suite("Name trie: building from the keys of the built-in names")
struct NameTrieBuildTests {
    /// The distinct match keys of the built-in names, in file order, each with its position.
    static let keys: [(key: [UInt8], value: Int32)] = {
        var seen: Set<[UInt8]> = []
        var keys: [(key: [UInt8], value: Int32)] = []
        for name in CompiledLexicon.builtIn.lexicon.names {
            let key = NameKey.keys(of: name.name).key
            if !key.isEmpty, seen.insert(key).inserted { keys.append((key, Int32(keys.count))) }
        }
        return keys
    }()

    @Test("Every key walks to its value and every other start of a key to no value, whatever the order given")
    func walksFindEveryKey() {
        let keys = Self.keys
        #expect(keys.count > 3000)
        var random = SeededRandom(seed: 11)
        let sorted = keys.sorted { NameTrie.precedes($0.key, $1.key) }
        let tries = [NameTrie(keys: keys), NameTrie(keys: sorted), NameTrie(keys: keys.shuffled(using: &random))]
        let valueOf = Dictionary(uniqueKeysWithValues: keys.map { ($0.key, $0.value) })
        for trie in tries {
            #expect(trie.nodeCount == tries[0].nodeCount)
            var prefixes = 0
            for (key, value) in keys {
                #expect(trie.value(at: trie.node(for: key)) == value)
                for length in 1..<key.count where valueOf[Array(key.prefix(length))] == nil {
                    let node = trie.node(for: key.prefix(length))
                    #expect(node > 0 && trie.value(at: node) == -1)
                    prefixes += 1
                }
                #expect(trie.node(for: key + [UInt8(ascii: "_")]) == -1)
            }
            #expect(prefixes > 1000)
        }
    }

    @Test("Keys are compared byte by byte, a key before its extensions")
    func byteOrder() {
        #expect(NameTrie.precedes(Array("il".utf8), Array("il6".utf8)))
        #expect(!NameTrie.precedes(Array("il6".utf8), Array("il".utf8)))
        #expect(NameTrie.precedes(Array("il10".utf8), Array("il6".utf8)))
        #expect(!NameTrie.precedes(Array("tnf".utf8), Array("tnf".utf8)))
    }
}
