import CytoLens
import Foundation
import Testing

/// The targets of issue 3, measured on the gold in `../shared/corpus/gold` when it is there.
@Suite("Mention evaluation on BioRED and TCRE", .enabled(if: TestPaths.sharedCorpus != nil, "../shared/corpus is absent"))
struct GoldEvaluationTests {
    static func evaluate(_ paths: [URL]) throws -> MentionEvaluation {
        var documents: [GoldDocument] = []
        for path in paths { documents += try GoldReader.read(path: path.path) }
        let selection = GoldCytokineSelection(documents, lexicon: .builtIn)
        return MentionEvaluator(annotator: Annotator()).evaluate(documents, selection: selection)
    }

    @Test("BioRED Train+Dev cytokine mentions: span+id F1 ≥ 0.92 and precision ≥ 0.95")
    func bioRED() throws {
        let gold = try #require(TestPaths.sharedCorpus).appendingPathComponent("gold/biored")
        let evaluation = try Self.evaluate(["Train.PubTator", "Dev.PubTator"].map { gold.appendingPathComponent($0) })
        #expect(evaluation.scoredDocuments == 500)
        #expect(evaluation.goldMentions > 500)
        #expect(evaluation.spanAndID.f1 >= 0.92)
        #expect(evaluation.spanAndID.precision >= 0.95)
    }

    @Test("BioC and PubTator forms of BioRED Dev give the same figures")
    func bioCEqualsPubTator() throws {
        let gold = try #require(TestPaths.sharedCorpus).appendingPathComponent("gold/biored")
        let pubTator = try Self.evaluate([gold.appendingPathComponent("Dev.PubTator")])
        let bioC = try Self.evaluate([gold.appendingPathComponent("Dev.BioC.XML")])
        #expect(pubTator.spanAndID == bioC.spanAndID)
        #expect(pubTator.goldMentions == bioC.goldMentions)
    }

    @Test("TCRE collection_02 CYTOKINE mentions: span+id F1 ≥ 0.92")
    func tcre() throws {
        let folder = try #require(TestPaths.sharedCorpus).appendingPathComponent("gold/tcre/collection_02")
        let evaluation = try Self.evaluate(TestPaths.files(under: folder, extensions: ["ann"]))
        #expect(evaluation.scoredDocuments >= 30)
        #expect(evaluation.spanAndID.f1 >= 0.92)
    }
}
