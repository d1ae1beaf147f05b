import Testing

@testable import CytoLens

/// A short form learned in one passage is found in the others, including passages where the
/// lexicon finds no name (whose scans the tagger does not keep, and scans again).
@Suite("Learned short forms across passages")
struct LearnedShortFormTests {
    static let tagger = MentionTagger(lexicon: .builtIn)

    static func article(_ texts: [String]) -> (Article, [Sentence]) {
        var offset = 0
        var passages: [Passage] = []
        for (index, text) in texts.enumerated() {
            passages.append(Passage(index: index, type: .paragraph, section: [], offset: offset, text: text))
            offset += text.unicodeScalars.count + 1
        }
        let article = Article(source: "case", passages: passages)
        return (article, SentenceSplitter().sentences(in: article))
    }

    @Test("A definition teaches its short form to a later passage with no lexicon name")
    func laterPassageWithoutNames() {
        let (article, sentences) = Self.article([
            "Cells were washed twice and counted.",
            "The macrophage inflammatory protein-3alpha (MIPTA) was measured.",
            "We found MIPTA in all samples.",
            "Nothing else was seen.",
        ])
        let mentions = Self.tagger.mentions(in: article, sentences: sentences)
        let longForm = mentions.first { $0.text == "macrophage inflammatory protein-3alpha" }
        #expect(longForm != nil)
        let shortForms = mentions.filter { $0.text == "MIPTA" }
        #expect(shortForms.map(\.sentence) == [1, 2])
        #expect(shortForms.allSatisfy { $0.target == longForm?.target })
        // The third passage's mention is at its own offset, in document coordinates.
        let third = article.passages[2]
        #expect(shortForms.last?.start == third.offset + 9)
    }

    @Test("Without a definition, passages without names give no mentions")
    func noDefinition() {
        let (article, sentences) = Self.article(["We found MIPTA in all samples.", "IL-6 was high."])
        let mentions = Self.tagger.mentions(in: article, sentences: sentences)
        #expect(mentions.map(\.text) == ["IL-6"])
    }
}
