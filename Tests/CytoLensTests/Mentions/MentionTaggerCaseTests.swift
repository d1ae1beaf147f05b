import CytoLens
import Testing

@Suite("Mention tagger: hand-checked cases from corpus/mentions/tagger_cases.tsv")
struct MentionTaggerCaseTests {
    static let annotator = Annotator()

    @Test("The table covers every bullet of the tagger list")
    func tableCoversEveryBullet() {
        let bullets = Set(TaggerCase.all.map(\.bullet))
        #expect(
            bullets == [
                "greek", "separators", "case", "coordination", "receptors", "groups", "abbreviations", "boundaries", "species",
                "other_things", "longer_names",
            ])
    }

    @Test("Finds exactly the expected mentions", arguments: TaggerCase.all)
    func tagsSentence(_ testCase: TaggerCase) {
        let annotations = Self.annotator.annotate(TaggerCase.article(testCase.sentence))
        #expect(annotations.mentions.map(TaggerCase.describe) == testCase.expected)
        let scalars = Array(testCase.sentence.unicodeScalars)
        for mention in annotations.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }
}
