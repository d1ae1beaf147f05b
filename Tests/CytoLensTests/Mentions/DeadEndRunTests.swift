import Testing

@testable import CytoLens

@Suite("Dead-end runs: the name matcher's fast path for words that start no name")
struct DeadEndRunTests {
    /// A trie over three keys: "interleukin" walks whole but ends no key, "il6" ends one.
    static let trie = NameTrie(keys: [
        (Array("il6".utf8), 0), (Array("interleukin6".utf8), 1), (Array("tnfa".utf8), 2),
    ])

    /// Whether the fast path stops the walk of the text's first run, or nil when the trie does
    /// not take the whole run.
    static func stops(_ sentence: String) -> Bool? {
        let text = ScannedText(sentence)
        let node = trie.node(for: text.key(of: 0))
        guard node >= 0 else { return nil }
        return DeadEndRun.stops(text, run: 0, node: node, trie: trie)
    }

    @Test(
        "It stops where the next word cannot go on and lets the full walk decide elsewhere",
        arguments: [
            ("interleukin cells", true), ("interleukin,6", true), ("interleukin", true), ("interleukin-cells", true),
            ("interleukin 6", false), ("interleukin-6", false), ("interleukin/6", false),
            ("interleukin (IL)-6", false), ("interleukin\u{A0}cells", false), ("il6 cells", false),
        ])
    func decides(_ sentence: String, _ expected: Bool) {
        #expect(Self.stops(sentence) == expected)
    }

    @Test(
        "The whole first-run test: the trie must take the run, then the dead-end rule decides",
        arguments: [
            ("interferon 6", true), ("interleukin cells", true), ("interleukin 6", false), ("il6 cells", false),
            ("tnf", true), ("tnf alpha", false), ("tnfalpha", false), ("tnfx", true),
        ])
    func walkStops(_ sentence: String, _ expected: Bool) {
        #expect(DeadEndRun.walkStops(ScannedText(sentence), run: 0, trie: Self.trie) == expected)
    }

    @Test("Runs the trie does not take are left to the walk")
    func untakenRun() {
        #expect(Self.stops("interferon 6") == nil)
    }

    @Test("The built-in tagger still finds the names that go on after a common first word")
    func namesAfterPrefixWords() {
        let annotations = Annotator().annotate(
            TaggerCase.article("Serum interleukin 6, interleukin (IL)-6 and tumor necrosis factor alpha rose in the cells."))
        #expect(
            annotations.mentions.map(TaggerCase.describe) == [
                "IL6=interleukin 6", "IL6=interleukin (IL)-6", "TNF=tumor necrosis factor alpha",
            ])
    }
}
