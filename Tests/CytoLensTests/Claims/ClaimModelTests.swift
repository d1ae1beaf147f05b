import Foundation
import Testing

@testable import CytoLens

/// The learned claim layer: the features it reads, the model file, and agreement with the
/// training script (`scripts/train_claim_model.py`).
@Suite("Claim model")
struct ClaimModelTests {
    private static let cues: ClaimCues = {
        do { return try ClaimCues(lexiconFolder: ClaimTestSupport.lexicon, withModel: true) } catch {
            fatalError("cannot load lexicon/: \(error)")
        }
    }()
    private static let extractor = ClaimExtractor(cues: cues, useModel: true)

    private func features(_ sentence: String, _ mentions: [TestMention], cytokine: String) -> [String] {
        Self.extractor.ruleFeatures(
            in: sentence, mentions: writtenMentions(sentence, mentions), documentInTumorSetting: false, cytokine: cytokine,
            groups: [:])
    }

    @Test("Features of an inverted claim: the rules' polarity, the blocked frame, the outcome and the words")
    func invertedClaim() {
        let names = features("Blocking IL-6 reduced tumor growth in mice.", [M("IL-6", "IL6")], cytokine: "IL6")
        #expect(names.contains("bias"))
        #expect(names.contains("rule:pol=pro_tumor"))
        #expect(names.contains("frame:blocked"))
        #expect(names.contains("clause:outcome_valence=1"))
        #expect(names.contains("clause:outcome_after"))
        #expect(names.contains("sent:tumor_setting"))
        #expect(names.contains("sent:cytokines=1"))
        #expect(names.contains("w:reduced"))
        #expect(!names.contains("rule:neg"))
        #expect(names == names.sorted())
    }

    @Test("Features of a negated, hedged sentence and of an aim sentence without a claim")
    func negationHedgeAndAim() {
        let negated = features("IL-10 may not promote tumor growth.", [M("IL-10", "IL10")], cytokine: "IL10")
        #expect(negated.contains("rule:neg"))
        #expect(negated.contains("rule:hedge"))
        #expect(negated.contains("clause:neg_after"))
        #expect(negated.contains { $0.hasPrefix("clause:hedge=") })
        let aim = features(
            "We investigated whether serum IL-8 levels differ between patients and controls.", [M("IL-8", "CXCL8")],
            cytokine: "CXCL8")
        #expect(aim.contains("rule:pol=none"))
        #expect(aim.contains("w:investigated"))
        #expect(aim.contains("cw:whether"))
        #expect(!aim.contains { $0.hasPrefix("rule:effect=") })
        #expect(features("TNF-α was measured.", [M("TNF-α", "TNF")], cytokine: "IL6").isEmpty)
    }

    @Test("The built-in lexicon has the model file and it loads with a polarity head")
    func modelLoads() throws {
        let cues = try ClaimCues(lexicon: try Lexicon.builtIn(), withModel: true)
        let model = try #require(cues.model)
        #expect(model.has("polarity"))
        #expect(try ClaimCues(lexicon: try Lexicon.builtIn(), withModel: false).model == nil)
        let folderModel = try #require(Self.cues.model)
        let names = features("Blocking IL-6 reduced tumor growth in mice.", [M("IL-6", "IL6")], cytokine: "IL6")
        #expect(model.scores("polarity", names) == folderModel.scores("polarity", names))
    }

    @Test("A malformed model file is an error, not a silent rules-only run")
    func malformedModel() throws {
        let table = try TSVTable(text: "head\tlabel\tfeature\tweight\npolarity\tmaybe\tbias\t1.0\n", name: "claim_model.tsv")
        #expect(throws: TSVFileError.self) { try ClaimModel(table: table) }
        let bad = try TSVTable(text: "head\tlabel\tfeature\tweight\npolarity\tnone\tbias\tx\n", name: "claim_model.tsv")
        #expect(throws: TSVFileError.self) { try ClaimModel(table: bad) }
    }

    @Test("The weights reproduce the training script's scores and labels on the written dev rows")
    func reproducesTrainingScript() throws {
        let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/CytoLensTests/Fixtures/claim_model_predictions.tsv")
        let gold = TestPaths.packageRoot.appendingPathComponent("corpus/gold/claims/claims.tsv")
        let rows = try ClaimGold.parse(try String(contentsOf: gold, encoding: .utf8)).filter { $0.split == "dev" }
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        let model = try #require(Self.extractor.model)
        let tagger = MentionTagger(lexicon: .builtIn)
        let groups = try GroupMembers.load(lexiconFolder: ClaimTestSupport.lexicon)
        let lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(lines.count >= 100)
        var checked = 0
        for line in lines {
            let cells = line.split(separator: "\t").map(String.init)
            let row = try #require(byId[cells[0]], "fixture row \(cells[0]) is not a dev row")
            let names = Self.extractor.ruleFeatures(
                in: row.text, mentions: tagger.mentions(inText: row.text), documentInTumorSetting: false, cytokine: row.cytokine,
                groups: groups)
            let scores = model.scores("polarity", names)
            let expected = cells[2...].compactMap(Double.init)
            #expect(scores.count == expected.count)
            for (a, b) in zip(scores, expected) { #expect(abs(a - b) < 1e-3, "\(row.id): \(scores) vs \(expected)") }
            let verdicts = Self.extractor.verdicts(in: row.text, mentions: tagger.mentions(inText: row.text))
            let verdict = verdicts.first { $0.cytokine == row.cytokine || (groups[$0.cytokine]?.contains(row.cytokine) ?? false) }
            #expect((verdict?.polarity?.rawValue ?? "none") == cells[1], "\(row.id)")
            checked += 1
        }
        #expect(checked == lines.count)
    }

    @Test("With the model off, the verdicts are the rules' own")
    func offIsRules() {
        let rulesOnly = ClaimExtractor(cues: Self.cues, useModel: false)
        #expect(rulesOnly.model == nil)
        let sentence = "Neutralisation of GM-CSF reduced proliferation of the tumor cells."
        let mentions = writtenMentions(sentence, [M("GM-CSF", "CSF2")])
        let analysis = SentenceAnalysis(text: sentence, mentions: mentions, cues: Self.cues)
        #expect(
            rulesOnly.verdicts(in: sentence, mentions: mentions)
                == rulesOnly.ruleVerdicts(of: analysis, documentInTumorSetting: false).verdicts)
    }
}
