import Testing

@testable import CytoLens

/// ``RelationMaterialScan`` lets ``ClaimAnnotator`` give a sentence its co-occurrences without an
/// analysis when its tokens show no relation word; on real sentences (those of
/// ``ClaimShortcutTests/sentences()`` that name two targets) the full relation rules must find
/// exactly those co-occurrences.
@Suite("Relation shortcuts")
struct RelationShortcutTests {
    @Test("A sentence with no relation word has only its co-occurrences, in the rules' order")
    func sentencesWithoutRelationWords() {
        let cues = ClaimTestSupport.cues
        let scan = RelationMaterialScan(cues: cues)
        let extractor = RelationExtractor(cues: cues, includeCooccurrence: true)
        var skipped = 0
        var read = 0
        var wrong: [String] = []
        for sentence in ClaimShortcutTests.sentences() {
            let tokens = sentence.analysis.tokens
            let targets = RelationMaterialScan.targets(tokens: tokens, mentions: sentence.mentions)
            guard targets.count >= 2 else { continue }
            if scan.mayHaveTypedRelations(tokens: tokens) {
                read += 1
                continue
            }
            skipped += 1
            if extractor.relations(of: sentence.analysis, sentenceIndex: 7)
                != extractor.cooccurrences(of: targets, sentenceIndex: 7)
            {
                wrong.append(tokens.map(\.text).joined(separator: " "))
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        #expect(skipped > 20 && read > 20, "skipped \(skipped), read \(read)")
    }

    @Test("Without co-occurrence, a sentence with no relation word has no relation")
    func noCooccurrence() {
        let extractor = RelationExtractor(cues: ClaimTestSupport.cues, includeCooccurrence: false)
        #expect(extractor.cooccurrences(of: ["IL6", "TNF"], sentenceIndex: 0).isEmpty)
        let with = RelationExtractor(cues: ClaimTestSupport.cues, includeCooccurrence: true)
        #expect(
            with.cooccurrences(of: ["TNF", "IL6", "TNF"], sentenceIndex: 3).map { [$0.source, $0.target] } == [["IL6", "TNF"]])
    }

    @Test("A glued relation suffix is relation material")
    func gluedSuffix() {
        let cues = ClaimTestSupport.cues
        let scan = RelationMaterialScan(cues: cues)
        let text = "TNF-induced IL-6 production rose."
        let mentions = [
            Mention(kind: .cytokine, target: "TNF", hgnc: nil, text: "TNF", start: 0, end: 3, sentence: 0),
            Mention(kind: .cytokine, target: "IL6", hgnc: nil, text: "IL-6", start: 12, end: 16, sentence: 0),
        ]
        #expect(scan.mayHaveTypedRelations(tokens: cues.markedTokens(text, mentions: mentions)))
        let plain = "TNF and IL-6 were both measured."
        let plainMentions = [
            Mention(kind: .cytokine, target: "TNF", hgnc: nil, text: "TNF", start: 0, end: 3, sentence: 0),
            Mention(kind: .cytokine, target: "IL6", hgnc: nil, text: "IL-6", start: 8, end: 12, sentence: 0),
        ]
        #expect(!scan.mayHaveTypedRelations(tokens: cues.markedTokens(plain, mentions: plainMentions)))
    }
}
