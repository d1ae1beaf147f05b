import CytoLens
import Foundation
import Testing

/// The claims gold set (`corpus/gold/claims/claims.tsv`) scored end to end. Real sentences are
/// read from `../shared/corpus`; without it these tests skip. Mentions come from the mention
/// tagger; a sentence of a plain-text file takes those of its whole document, as in `cytolens tag`.
@Suite("Claim evaluation on the gold set")
struct ClaimEvaluationTests {
    static let goldPath = TestPaths.packageRoot.appendingPathComponent("corpus/gold/claims/claims.tsv").path

    private func evaluate(split: String, ids: ClosedRange<String>? = nil) throws -> ClaimEvaluation? {
        guard let corpus = TestPaths.sharedCorpus else {
            print("skipping: ../shared/corpus is not there")
            return nil
        }
        guard let text = try? String(contentsOfFile: Self.goldPath, encoding: .utf8) else {
            print("skipping: corpus/gold/claims/claims.tsv is not there")
            return nil
        }
        let rows = try ClaimGold.parse(text).filter { $0.split == split && (ids?.contains($0.id) ?? true) }
        let tagger = MentionTagger(lexicon: .builtIn)
        let evaluation = ClaimEvaluation(
            rows: rows, corpusRoot: corpus.path, extractor: ClaimTestSupport.extractor, mentions: { tagger.mentions(inText: $0) },
            groups: try GroupMembers.load(lexiconFolder: ClaimTestSupport.lexicon),
            documentMentions: DocumentSentenceMentions(tagger: tagger))
        print(evaluation.report(title: "claims (\(split)\(ids.map { ", \($0.lowerBound)...\($0.upperBound)" } ?? ""))"))
        return evaluation
    }

    /// A guard against regressions, a little below the figures measured when the floors were set
    /// (952 dev rows, batches C and D included, after the fifth generalization round: macro-F1
    /// 0.882, negation F1 0.932, hedge F1 0.932). Batches C and D were labelled after the rules
    /// were written, and batch D was never seen by the rule writers, so dev is not all tuned on.
    /// The floors hold on the dev rows they were set on (`c0001`–`c1428`). Batch E (`c1429` on,
    /// dev only, labelled after round 5 and scored before round 6) has a guard of its own below.
    @Test("Dev split: no regression below the measured figures")
    func devSplit() throws {
        guard let evaluation = try evaluate(split: "dev", ids: "c0001"..."c1428") else { return }
        #expect(evaluation.skipped == 0)
        #expect(evaluation.macroF1 >= 0.87)
        #expect(evaluation.negation.f1 >= 0.92)
        #expect(evaluation.hedge.f1 >= 0.92)
    }

    /// Batch E (`c1429` on, 123 dev rows labelled after round 5): the current rules scored 0.789 accuracy and
    /// 0.682 macro-F1 on it before round 6, and 0.837 and 0.745 after it (half of its rows were in the TUNE
    /// half that round 6 read). A guard a little below the figures after round 6.
    @Test("Dev batch E: no regression below the measured figures")
    func devBatchE() throws {
        guard let evaluation = try evaluate(split: "dev", ids: "c1429"..."c1551") else { return }
        #expect(evaluation.skipped == 0)
        #expect(evaluation.accuracy >= 0.83)
        #expect(evaluation.macroF1 >= 0.73)
        #expect(evaluation.hedge.f1 >= 0.74)
    }

    /// Batches G and H (`c1632`–`c2164`, 355 dev rows of HoC sentences that name growth factors): the
    /// rules of session 7's start scored 0.820 / 0.856 accuracy on them before round 7, and the dev
    /// rows of both 0.915 accuracy, 0.643 macro-F1 and 0.750 hedge F1 after it (half of them were in
    /// the TUNE half that round 7 read). A guard a little below the figures after round 7.
    @Test("Dev batches G and H: no regression below the measured figures")
    func devBatchesGH() throws {
        guard let evaluation = try evaluate(split: "dev", ids: "c1632"..."c2164") else { return }
        #expect(evaluation.skipped == 0)
        #expect(evaluation.accuracy >= 0.90)
        #expect(evaluation.macroF1 >= 0.62)
        #expect(evaluation.hedge.f1 >= 0.72)
    }

    @Test("Test split: macro-F1 ≥ 0.85, negation F1 ≥ 0.90, hedge F1 ≥ 0.85")
    func testSplit() throws {
        guard let evaluation = try evaluate(split: "test") else { return }
        #expect(evaluation.skipped == 0)
        // KNOWN ISSUE: the held-out split scores well below dev (734 rows with batches F, G and H:
        // macro-F1 0.635, negation F1 0.722, hedge F1 0.742); the rules do not yet generalize to
        // unseen real sentences.
        // The targets stay asserted so the gap shows, and this turns into a failure once they are met.
        withKnownIssue("the test split is below the targets") {
            #expect(evaluation.macroF1 >= 0.85)
            #expect(evaluation.negation.f1 >= 0.90)
            #expect(evaluation.hedge.f1 >= 0.85)
        }
    }

    @Test("Metrics: accuracy, per-label F1, negation and hedge scores and the confusion matrix agree")
    func metrics() throws {
        let gold = """
            id\tsplit\tsource\tstart\tend\ttext\tcytokine\tpolarity\tnegated\thedged\tkind
            x1\tdev\twritten\t\t\tIL-6 promoted tumor growth.\tIL6\tpro_tumor\tno\tno\tplain
            x2\tdev\twritten\t\t\tIL-6 did not promote tumor growth.\tIL6\tpro_tumor\tyes\tno\tnegation
            x3\tdev\twritten\t\t\tSerum IL-6 was measured.\tIL6\tnone\tno\tno\tbiomarker
            x4\tdev\twritten\t\t\tIL-6 may inhibit tumor growth.\tIL6\tpro_tumor\tno\tyes\twrong_on_purpose
            """
        let rows = try ClaimGold.parse(gold)
        let evaluation = ClaimEvaluation(
            rows: rows, corpusRoot: "/nonexistent", extractor: ClaimTestSupport.extractor,
            mentions: { writtenMentions($0, [M("IL-6", "IL6")]) }, groups: [:])
        #expect(evaluation.outcomes.map(\.predicted) == ["pro_tumor", "pro_tumor", "none", "anti_tumor"])
        #expect(evaluation.accuracy == 0.75)
        #expect(evaluation.confusion[0] == [2, 1, 0, 0])
        #expect(evaluation.negation.f1 == 1)
        #expect(evaluation.hedge.f1 == 1)
        #expect(evaluation.errors().count == 1)
    }
}

/// Relations scored against the cytokine→cytokine relations derived from the GENIA event corpus.
@Suite("Relation evaluation on GENIA")
struct RelationEvaluationTests {
    @Test("Sentence-level precision and recall with gold mentions and with lexicon mentions")
    func genia() throws {
        guard let corpus = TestPaths.sharedCorpus else {
            print("skipping: ../shared/corpus is not there")
            return
        }
        let folder = corpus.appendingPathComponent("gold/genia-ge").path
        let rows = try RelationGoldRow.parse(try String(contentsOfFile: folder + "/cytokine_relations.tsv", encoding: .utf8))
        let groups = try GroupMembers.load(lexiconFolder: ClaimTestSupport.lexicon)
        let goldMentions = try GoldMentions(path: folder + "/cytokine_mentions.tsv", groups: groups)
        let tagger = MentionTagger(lexicon: .builtIn)
        for (name, source) in [
            ("gold mentions", { (stem: String, _: String) in goldMentions.mentions(of: stem) }),
            ("lexicon mentions", { (_: String, text: String) in tagger.mentions(inText: text) }),
        ] as [(String, (String, String) -> [Mention])] {
            let evaluation = try RelationEvaluation(
                rows: rows, documentsFolder: folder + "/train", onlyGoldDocuments: false,
                extractor: RelationExtractor(cues: ClaimTestSupport.cues, includeCooccurrence: false), mentions: source,
                groups: groups)
            print(evaluation.report(title: "relations (\(name))"))
            #expect(evaluation.documents == 908)
            let typed = evaluation.score(typed: true)
            #expect(typed.precision >= 0.45, "\(name)")
            #expect(typed.recall >= 0.4, "\(name)")
        }
    }
}
