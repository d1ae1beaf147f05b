import Testing

@testable import CytoLens

@Suite("Mentions by sentence")
struct MentionsBySentenceTests {
    @Test("Groups mentions by sentence in the order given, including indices outside the document's")
    func groups() {
        func mention(_ text: String, sentence: Int) -> Mention {
            Mention(kind: .cytokine, target: text, hgnc: nil, text: text, start: 0, end: text.count, sentence: sentence)
        }
        let mentions = [
            mention("IL-6", sentence: 2), mention("TNF", sentence: 0), mention("IL-10", sentence: 2),
            mention("IL-1", sentence: 7), mention("IL-2", sentence: -1), mention("IL-4", sentence: 7),
        ]
        let grouped = MentionsBySentence(mentions, sentenceCount: 3)
        #expect(grouped[0]?.map(\.text) == ["TNF"])
        #expect(grouped[1] == nil)
        #expect(grouped[2]?.map(\.text) == ["IL-6", "IL-10"])
        #expect(grouped[3] == nil)
        #expect(grouped[7]?.map(\.text) == ["IL-1", "IL-4"])
        #expect(grouped[-1]?.map(\.text) == ["IL-2"])
        #expect(MentionsBySentence([], sentenceCount: 0)[0] == nil)
    }
}
