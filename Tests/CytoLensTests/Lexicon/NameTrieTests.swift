import Testing

@testable import CytoLens

@Suite("Name trie: the start test the matcher asks of every word run")
struct NameTrieTests {
    /// Case-key bytes: digits, both cases of the Latin letters, and a few bytes keys never hold.
    static let bytes: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8) + [0, 0x5F, 0xE2]

    @Test("The in-place test gives the answer of the byte-by-byte one for every start of one to three bytes")
    func inPlaceAgreesWithBytewise() {
        let trie = CompiledLexicon.builtIn.trie
        var checked = 0
        var starts = 0
        for first in Self.bytes {
            for second in Self.bytes {
                for third in Self.bytes {
                    let start = [first, second, third]
                    for count in 1...3 {
                        let expected = trie.mayStart(
                            first | 0x20, count > 1 ? second | 0x20 : nil, count > 2 ? third | 0x20 : nil)
                        let inPlace = start.withUnsafeBufferPointer { trie.mayStart(caseKey: $0.baseAddress!, count: count) }
                        if inPlace != expected { Issue.record("\(start.prefix(count)): \(inPlace) != \(expected)") }
                        if expected { starts += 1 }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 3 * Self.bytes.count * Self.bytes.count * Self.bytes.count)
        // Real keys start with "il", "tnf", "cxcl": the test is not trivially false.
        #expect(starts > 1000)
    }

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
