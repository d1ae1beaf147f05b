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
            ("interleukin, 6", true), ("interleukin. 6", true), ("interleukin;(6)", true), ("interleukin:\u{A0}6", true),
            ("interleukin -6", false), ("interleukin  6", false), ("interleukin\u{2013}6", false),
            ("interleukin  cells", true), ("interleukin - cells", true), ("interleukin    6", true),
            ("interleukin -, 6", true), ("interleukin -(6)", false), ("interleukin -\u{2013}6", false),
            ("interleukin 66", true), ("interleukin 6x", true), ("interleukin - 6", false), ("interleukin) 6", true),
            ("interleukin ) 6", true), ("interleukin)(6)", false),
        ])
    func decides(_ sentence: String, _ expected: Bool) {
        #expect(Self.stops(sentence) == expected)
    }

    @Test(
        "The whole first-run test: the trie must take the run, then the dead-end rule decides",
        arguments: [
            ("interferon 6", true), ("interleukin cells", true), ("interleukin 6", false), ("il6 cells", false),
            ("tnf", true), ("tnf a", false), ("tnf alpha", false), ("tnf al", true), ("tnfalpha", false), ("tnfx", true),
        ])
    func walkStops(_ sentence: String, _ expected: Bool) {
        #expect(DeadEndRun.walkStops(ScannedText(sentence), run: 0, trie: Self.trie) == expected)
    }

    @Test("Wherever the fast path stops a run of the corpus, the full walk finds no name there")
    func corpusRunsAgreeWithTheWalk() {
        let lexicon = CompiledLexicon.builtIn
        let matcher = NameMatcher(lexicon: lexicon)
        var stopped = 0
        var stoppedAtLongGap = 0
        for passage in WordRunScanTests.passages {
            let text = ScannedText(passage)
            for run in text.runs.indices where text.runs[run].keyCount > 0 {
                // Runs that may hold a recombinant or species prefix are matched without the test.
                guard !"rhms".utf8.contains(text.caseKeys[text.runs[run].keyStart]) else { continue }
                guard DeadEndRun.walkStops(text, run: run, trie: lexicon.trie) else { continue }
                stopped += 1
                if run + 1 < text.runs.count, text.runs[run + 1].start > text.runs[run].end + 1 { stoppedAtLongGap += 1 }
                let match = matcher.longestMatch(in: text, at: run)
                #expect(match == nil, "\(text.text(text.runs[run].start..<min(text.bytes.count, text.runs[run].end + 30)))")
            }
        }
        #expect(stopped > 1_000)
        #expect(stoppedAtLongGap > 100)
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

/// The first-run test of ``NameMatcher`` written with plain trie steps, as the reference the tests
/// hold the dead-end rule to (the matcher itself looks the first bytes up in ``ShortKeyNodes``).
extension DeadEndRun {
    /// Whether no name starts at `run` without a prefix: the trie does not take the run's whole
    /// key, or it does and ``stops(_:run:node:trie:)`` holds: what ``NameMatcher`` decides before
    /// it sets up a walk, for runs that cannot hold a recombinant or species prefix.
    static func walkStops(_ text: ScannedText, run: Int, trie: NameTrie) -> Bool {
        let node = walkedNode(text, run: run, trie: trie)
        return node < 0 || stops(text, run: run, node: node, trie: trie)
    }

    /// The node the trie reaches from the root with the whole key of `run`, or -1.
    static func walkedNode(_ text: ScannedText, run: Int, trie: NameTrie) -> Int32 {
        let current = text.runs[run]
        var node = NameTrie.root
        var index = current.keyStart
        while index < current.keyEnd {
            node = trie.child(node, ScannedText.key(text.caseKeys[index]))
            if node < 0 { return -1 }
            index += 1
        }
        return node
    }
}
