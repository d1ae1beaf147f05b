import CytoLens
import Foundation
import Testing

/// The names of other things that hold a cytokine name (`lexicon/other_names.tsv`): matched like
/// any name, so that the longest name wins, and never a mention. The rows of
/// `corpus/mentions/tagger_cases.tsv` with bullet `other_things` hold the real sentences.
@Suite("Names of other things that hold a cytokine name")
struct OtherNamesTests {
    static func mentions(_ text: String, _ lexicon: CompiledLexicon = .builtIn) -> [String] {
        try! Annotator(lexicon: lexicon).annotate(TaggerCase.article(text)).mentions.map(TaggerCase.describe)
    }

    @Test("A short form defined with a cytokine long form is not learned when it names another thing")
    func otherThingIsNotLearned() {
        // "endocrine gland VEGF" (without "-derived") is no name of another thing, so the long
        // form ends with a VEGF mention; "EG-VEGF" is one, and keeps no mention.
        let text = "Prokineticin 1, or endocrine gland VEGF (EG-VEGF), is angiogenic. EG-VEGF was expressed in 73% of tumors."
        #expect(Self.mentions(text) == ["VEGFA=VEGF"])
    }

    @Test("A name of another thing hides nothing outside it: the cytokine after it is found")
    func cytokineAfterOtherThing() {
        let text = "CD93 has EGF-like domains, and EGF was added."
        #expect(Self.mentions(text) == ["EGF=EGF"])
    }

    @Test("lexicon lookup says what the other thing is")
    func lookupExplains() {
        let lines = LexiconLookup(lexicon: .builtIn).explain("EGF-like domain")
        #expect(lines.contains { $0.hasPrefix("other_names.tsv: the key names another thing, never a mention: ") })
        #expect(lines.last == "tagged as a text of its own: no mention")
    }

    @Test("A user's folder adds names of other things; one that is a name, or hides none, is reported")
    func userFolder() throws {
        let folder = try LexiconFolderTests.folder([
            "other_names.tsv": "name\tcase\tmeaning\tsource\n" + "IL-6 signal transducer\tinsensitive\tIL6ST (gp130)\ttest\n"
                + "IL-6\tinsensitive\twrong\ttest\n" + "cross-talk\tinsensitive\tnothing\ttest\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .extend))
        let issues = LexiconValidator.issues(in: lexicon).map(\.description)
        let file = folder.appendingPathComponent("other_names.tsv").path
        #expect(
            issues.contains {
                $0.hasPrefix("\(file):3: error: 'IL-6' is the name ")
                    && $0.hasSuffix("(cytokine IL6): drop it from names.tsv instead")
            })
        #expect(issues.contains("\(file):4: warning: 'cross-talk' holds no name of names.tsv: it hides nothing"))
        let good = try LexiconFolderTests.folder([
            "other_names.tsv": "name\tcase\tmeaning\tsource\n" + "IL-6 signal transducer\tinsensitive\tIL6ST (gp130)\ttest\n"
        ])
        defer { try? FileManager.default.removeItem(at: good) }
        let compiled = CompiledLexicon(try Lexicon(source: .directory(good.path, mode: .extend)))
        let text = "The IL-6 signal transducer binds IL-6."
        #expect(Self.mentions(text, compiled) == ["IL6=IL-6"])
        #expect(Self.mentions(text) == ["IL6=IL-6", "IL6=IL-6"])
    }
}
