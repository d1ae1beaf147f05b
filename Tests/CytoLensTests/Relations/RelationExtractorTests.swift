import CytoLens
import Testing

/// A sentence and the relations it should give, written "TNF induces IL6", "IL10 inhibits IFNG negated".
struct RelationCase: Sendable, CustomStringConvertible {
    var sentence: String
    var mentions: [TestMention]
    var expected: [String]

    init(_ sentence: String, _ mentions: [TestMention], _ expected: String...) {
        self.sentence = sentence
        self.mentions = mentions
        self.expected = expected
    }

    var description: String { sentence }

    func actual() -> [String] {
        ClaimTestSupport.relations.relations(in: sentence, mentions: CytoLensTests.writtenMentions(sentence, mentions)).map {
            "\($0.source) \($0.type.rawValue) \($0.target)" + ($0.negated ? " negated" : "") + ($0.hedged ? " hedged" : "")
        }.sorted()
    }
}

@Suite("Relation rules")
struct RelationExtractorTests {
    @Test(
        "Direction follows the voice of the verb",
        arguments: [
            RelationCase(
                "TNF-α induced IL-6 production in fibroblasts.", [M("TNF-α", "TNF"), M("IL-6", "IL6")], "TNF induces IL6"),
            RelationCase("IL-6 is induced by TNF-α in fibroblasts.", [M("IL-6", "IL6"), M("TNF-α", "TNF")], "TNF induces IL6"),
            RelationCase(
                "IL-8 secretion was suppressed by IL-10.", [M("IL-8", "CXCL8"), M("IL-10", "IL10")], "IL10 inhibits CXCL8"),
            RelationCase(
                "TNF-α-induced IL-6 production was blocked by dexamethasone.", [M("TNF-α", "TNF"), M("IL-6", "IL6")],
                "TNF induces IL6"),
            RelationCase(
                "The induction of IL-10 by IL-12 required high antigen doses.", [M("IL-10", "IL10"), G("IL-12", "IL12")],
                "IL12 induces IL10"),
            RelationCase(
                "IL-10 production by Th1 cells depended on IL-12.", [M("IL-10", "IL10"), G("IL-12", "IL12")], "IL12 induces IL10"),
        ])
    func direction(_ c: RelationCase) {
        #expect(c.actual() == c.expected.sorted())
    }

    @Test(
        "One verb with several objects or subjects gives one relation each",
        arguments: [
            RelationCase(
                "IL-10 suppresses IFN-γ and TNF-α production.", [M("IL-10", "IL10"), M("IFN-γ", "IFNG"), M("TNF-α", "TNF")],
                "IL10 inhibits IFNG", "IL10 inhibits TNF"),
            RelationCase(
                "IL-1β strongly induced IL-6 and CXCL8 secretion by cancer-associated fibroblasts.",
                [M("IL-1β", "IL1B"), M("IL-6", "IL6"), M("CXCL8", "CXCL8")], "IL1B induces CXCL8", "IL1B induces IL6"),
            RelationCase(
                "IL-4 and IL-13 inhibit IL-12 production by monocytes.",
                [M("IL-4", "IL4"), M("IL-13", "IL13"), G("IL-12", "IL12")],
                "IL13 inhibits IL12", "IL4 inhibits IL12"),
            // The cytokine that only modifies the object ("IL-2-induced") is not the object.
            RelationCase(
                "IL-4 also suppressed the IL-2-induced IL-6 expression.", [M("IL-4", "IL4"), M("IL-2", "IL2"), M("IL-6", "IL6")],
                "IL2 induces IL6", "IL4 inhibits IL6"),
        ])
    func severalArguments(_ c: RelationCase) {
        #expect(c.actual() == c.expected.sorted())
    }

    @Test(
        "Synergy, negation, hedging and a blocked source",
        arguments: [
            RelationCase(
                "IL-12 synergized with IL-18 to induce IFN-γ.", [G("IL-12", "IL12"), M("IL-18", "IL18"), M("IFN-γ", "IFNG")],
                "IL12 induces IFNG", "IL12 synergizes IL18", "IL18 induces IFNG"),
            RelationCase(
                "IL-4 did not inhibit IL-12 production.", [M("IL-4", "IL4"), G("IL-12", "IL12")], "IL4 inhibits IL12 negated"),
            RelationCase(
                "IL-6 may induce VEGF expression in tumor cells.", [M("IL-6", "IL6"), M("VEGF", "VEGFA")],
                "IL6 induces VEGFA hedged"),
            RelationCase(
                "Neutralization of TGF-β increased IL-10 production.", [G("TGF-β", "TGFB"), M("IL-10", "IL10")],
                "TGFB inhibits IL10"),
            // An agentless passive names no source.
            RelationCase(
                "IFN-γ mRNA was slightly decreased, and TGF-β1 was unaffected.", [M("IFN-γ", "IFNG"), M("TGF-β1", "TGFB1")]),
        ])
    func flags(_ c: RelationCase) {
        #expect(c.actual() == c.expected.sorted())
    }

    @Test("Pairs with no typed relation are kept as undirected co-occurrence, ends in byte order")
    func cooccurrence() {
        let sentence = "IL-8 and IL-6 levels were measured in all patients."
        let extractor = RelationExtractor(cues: ClaimTestSupport.cues)
        let found = extractor.relations(
            in: sentence, mentions: writtenMentions(sentence, [M("IL-8", "CXCL8"), M("IL-6", "IL6")], offset: 40),
            sentenceStart: 40,
            sentenceIndex: 3)
        #expect(found == [Relation(source: "CXCL8", target: "IL6", type: .cooccurs, sentence: 3)])
    }
}
