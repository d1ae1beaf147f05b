import Testing

@testable import CytoLens

@Suite("Name trie: the two-step table the matcher starts its walks with")
struct NameTrieTests {
    /// Case-key bytes: digits, both cases of the Latin letters, and a few bytes keys never hold.
    static let bytes: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8) + [0, 0x5F, 0xE2]

    @Test("The two-step table reaches the node of two walk steps for every pair of bytes")
    func twoStepsAgreeWithWalk() {
        let trie = CompiledLexicon.builtIn.trie
        var reached = 0
        for first in Self.bytes {
            for second in Self.bytes {
                let afterOne = trie.child(NameTrie.root, first | 0x20)
                let expected = afterOne < 0 ? -1 : trie.child(afterOne, second | 0x20)
                let table = [first, second].withUnsafeBufferPointer { trie.nodeAfterTwo(caseKey: $0.baseAddress!) }
                if table != expected { Issue.record("\([first, second]): \(table) != \(expected)") }
                if expected >= 0 { reached += 1 }
            }
        }
        // "il", "tn", "cx", "IL", "Tn": many pairs lead somewhere.
        #expect(reached > 100)
    }
}
