import Foundation
import Testing

@testable import CytoLens

@Suite("rule_words.tsv: the word sets of the claim rules as lexicon data")
struct RuleWordsTableTests {
    static let header = "set\tword\tnote\n"
    static let sentence = "STAT3 foobarization by IL-6 promoted tumor growth in mice."

    /// A scratch folder holding `rule_words.tsv` with `text`.
    static func folder(_ text: String) throws -> URL {
        let folder = try TestPaths.scratchFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("rule_words.tsv"))
        return folder
    }

    /// The polarities of the claims on `text` read with `cues`.
    static func polarities(_ text: String, _ cues: ClaimCues) -> [String] {
        let document = Annotator().annotate(TaggerCase.article(text))
        return ClaimAnnotator(cues: cues).annotate(document).claims.map { "\($0.cytokine) \($0.polarity.rawValue)" }
    }

    @Test("The built-in table has every set, and lexicon check finds nothing wrong with it")
    func builtInIsComplete() throws {
        let lexicon = try Lexicon.builtIn()
        let rows = try #require(lexicon.tables["rule_words.tsv"]).rows
        #expect(Set(rows.map { $0.cells[0] }) == Set(RuleWords.names))
        #expect(!LexiconValidator.issues(in: lexicon).contains { $0.location.contains("rule_words.tsv") })
        let words = try ClaimCues(lexicon: lexicon, withModel: false).ruleWords
        #expect(words.molecularEvents.contains("phosphorylation"))
        #expect(words.descriptorHeads.isSuperset(of: RuleWords.descriptorFunctionWords))
        #expect(words.nounPhraseNegations.contains("lack of"))
    }

    @Test("A word added to a set by a user's folder changes the rule that reads the set")
    func extendingASetReachesTheRule() throws {
        let builtIn = try ClaimCues(lexicon: try Lexicon.builtIn(), withModel: false)
        #expect(Self.polarities(Self.sentence, builtIn) == ["IL6 pro_tumor"])
        // Written in capitals: a word is read as its key, as the sentence's words are.
        let folder = try Self.folder(Self.header + "molecular_event\tFoobarization\tuser\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .extend))
        #expect(LexiconValidator.issues(in: lexicon).filter { $0.severity == .error }.isEmpty)
        let extended = try ClaimCues(lexicon: lexicon, withModel: false)
        // "STAT3 foobarization by IL-6" now names another gene's event: IL-6 is only its agent.
        #expect(Self.polarities(Self.sentence, extended).isEmpty)
    }

    @Test("An unknown set is reported with its file and line, and the cues refuse it")
    func unknownSet() throws {
        let folder = try Self.folder(Self.header + "molecular_events\tfoobarization\tuser\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .extend))
        let path = folder.appendingPathComponent("rule_words.tsv").path
        let errors = LexiconValidator.issues(in: lexicon).filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("\(path):2: error: unknown set 'molecular_events'") == true)
        #expect(throws: TSVFileError.self) { try ClaimCues(lexicon: lexicon, withModel: false) }
    }

    @Test("A noun-phrase negation that is no negation cue is a warning with its file and line")
    func nounPhraseNegationNeedsACue() throws {
        let folder = try Self.folder(Self.header + "noun_phrase_negation\tshort of\tuser\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .extend))
        let path = folder.appendingPathComponent("rule_words.tsv").path
        let issues = LexiconValidator.issues(in: lexicon).filter { $0.location.contains("rule_words.tsv") }
        #expect(
            issues.map(\.description) == [
                "\(path):2: warning: 'short of' is not a cue of negation_cues.tsv, so no negation can match it"
            ])
    }

    @Test("A replacing table without every set is reported set by set, and the cues refuse it")
    func missingSet() throws {
        let builtIn = try #require(try Lexicon.builtIn().tables["rule_words.tsv"])
        let kept = builtIn.rows.filter { $0.cells[0] != "host_word" && $0.cells[0] != "claim_noun" }
        let text = Self.header + kept.map { $0.cells.joined(separator: "\t") + "\n" }.joined()
        let folder = try Self.folder(text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .replace))
        let path = folder.appendingPathComponent("rule_words.tsv").path
        let errors = LexiconValidator.issues(in: lexicon).filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "\(path): error: missing set claim_noun: it needs at least one row",
                "\(path): error: missing set host_word: it needs at least one row",
            ])
        #expect(throws: TSVFileError.self) { try ClaimCues(lexicon: lexicon, withModel: false) }
    }
}
