import Testing

@testable import CytoLens

/// The questions ``ClaimAnnotator`` asks before it runs the claim rules
/// (``ClaimExtractor/canHaveClaims(_:)``, ``ClaimExtractor/dependsOnDocumentSetting(_:)``) must
/// never skip a reading that would have changed the claims: on the real sentences of
/// ``SettingScanTests/documents``, the rules are run anyway and compared.
@Suite("Claim shortcuts")
struct ClaimShortcutTests {
    /// A sentence with mentions of the test documents: its analysis and its mentions (offsets
    /// relative to the sentence).
    struct AnalysedSentence {
        var analysis: SentenceAnalysis
        var mentions: [Mention]
    }

    /// The sentences with mentions of the test documents, analysed (made for each test: an
    /// analysis is not `Sendable`).
    static func sentences() -> [AnalysedSentence] {
        let cues = ClaimTestSupport.cues
        var sentences: [AnalysedSentence] = []
        for document in SettingScanTests.documents {
            var mentionsBySentence: [Int: [Mention]] = [:]
            for mention in document.mentions { mentionsBySentence[mention.sentence, default: []].append(mention) }
            for sentence in document.sentences {
                guard let mentions = mentionsBySentence[sentence.index] else { continue }
                let passage = document.article.passages[sentence.passage]
                let scalars = Array(passage.text.unicodeScalars)
                let lower = sentence.start - passage.offset
                let upper = sentence.end - passage.offset
                guard lower >= 0, upper <= scalars.count, lower < upper else { continue }
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[lower..<upper])
                let local = mentions.map { mention -> Mention in
                    var m = mention
                    m.start -= sentence.start
                    m.end -= sentence.start
                    return m
                }
                sentences.append(
                    AnalysedSentence(analysis: SentenceAnalysis(text: text, mentions: local, cues: cues), mentions: local))
            }
        }
        return sentences
    }

    /// The analyses of ``sentences()``.
    static func analyses() -> [SentenceAnalysis] { sentences().map(\.analysis) }

    @Test("A sentence whose tokens show nothing to claim has nothing to claim in its analysis")
    func tokenScan() {
        let extractor = ClaimTestSupport.extractor
        let scan = ClaimMaterialScan(extractor: extractor)
        var skipped = 0
        var scanned = 0
        var wrong: [String] = []
        for sentence in ClaimShortcutTests.sentences() {
            let analysis = sentence.analysis
            if scan.mayHaveClaims(tokens: analysis.tokens, mentions: sentence.mentions) {
                scanned += 1
                continue
            }
            skipped += 1
            if extractor.canHaveClaims(analysis) { wrong.append(analysis.tokens.map(\.text).joined(separator: " ")) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        #expect(skipped > 50 && scanned > 50, "skipped \(skipped), scanned \(scanned)")
    }

    @Test("A sentence with nothing to claim has no claim in either setting")
    func sentencesWithoutClaimMaterial() {
        let extractor = ClaimTestSupport.extractor
        var skipped = 0
        var read = 0
        var wrong: [String] = []
        for analysis in ClaimShortcutTests.analyses() {
            if extractor.canHaveClaims(analysis) {
                read += 1
                continue
            }
            skipped += 1
            for inTumors in [false, true] {
                let verdicts = extractor.verdicts(of: analysis, documentInTumorSetting: inTumors)
                if verdicts.contains(where: { $0.polarity != nil }) {
                    wrong.append(analysis.tokens.map(\.text).joined(separator: " "))
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        // Both kinds are common among real sentences.
        #expect(skipped > 50 && read > 50, "skipped \(skipped), read \(read)")
    }

    @Test("A sentence in a tumor setting of its own has the same claims in either document setting")
    func sentencesInTumorSetting() {
        let extractor = ClaimTestSupport.extractor
        var independent = 0
        var dependent = 0
        var wrong: [String] = []
        for analysis in ClaimShortcutTests.analyses() {
            if extractor.dependsOnDocumentSetting(analysis) {
                dependent += 1
                continue
            }
            independent += 1
            if extractor.verdicts(of: analysis, documentInTumorSetting: false)
                != extractor.verdicts(of: analysis, documentInTumorSetting: true)
            {
                wrong.append(analysis.tokens.map(\.text).joined(separator: " "))
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        #expect(independent > 20 && dependent > 20, "independent \(independent), dependent \(dependent)")
    }

    @Test("The clauses of an analysis are cut once and are the splitter's")
    func sharedClauses() {
        for analysis in ClaimShortcutTests.analyses().prefix(200) {
            let first = analysis.clauses
            #expect(first == ClauseSplitter.clauses(of: analysis))
            #expect(analysis.clauses == first)
        }
    }

    @Test(
        "The token scan lets through written sentences whose claims come from a cancer name or another rule of round 5",
        arguments: [
            ("Cytokines such as IL-6 influence cancer promotion.", [M("IL-6", "IL6")]),
            ("IL-6 promotes melanoma progression.", [M("IL-6", "IL6")]),
            ("Blocking IL-8 reduced HCC cell proliferation.", [M("IL-8", "CXCL8")]),
            ("Patients with advanced cancer had higher serum levels of IL-10.", [M("IL-10", "IL10")]),
            ("The blockade of the perforin pathway and of IFN-γ production increased metastasis.", [M("IFN-γ", "IFNG")]),
        ])
    func writtenRound5Sentences(_ sentence: String, _ written: [TestMention]) {
        let extractor = ClaimTestSupport.extractor
        let mentions = writtenMentions(sentence, written)
        let analysis = SentenceAnalysis(text: sentence, mentions: mentions, cues: ClaimTestSupport.cues)
        #expect(extractor.canHaveClaims(analysis), "the rules find claim material")
        #expect(ClaimMaterialScan(extractor: extractor).mayHaveClaims(tokens: analysis.tokens, mentions: mentions))
    }
}
