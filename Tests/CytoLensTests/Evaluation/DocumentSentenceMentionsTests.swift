import CytoLens
import Testing

@Suite("Gold sentence mentions from their whole document")
struct DocumentSentenceMentionsTests {
    static let document = "Osteopontin (OPN) is a secreted protein.\nOPN silencing blocked tumor growth.\n"

    @Test("A short form defined in an earlier sentence is found, with offsets relative to the sentence")
    func shortFormFromEarlierSentence() throws {
        let tagger = MentionTagger(lexicon: .builtIn)
        let sentence = "OPN silencing blocked tumor growth."
        // Alone, the sentence's "OPN" is an ambiguous short form with no meaning.
        #expect(tagger.mentions(inText: sentence).isEmpty)
        let lookup = DocumentSentenceMentions(tagger: tagger)
        let found = try #require(lookup.mentions(ofSentence: sentence, source: "a.txt") { Self.document })
        #expect(found.map(\.target) == ["SPP1"])
        #expect(found.map(\.start) == [0])
        #expect(found.map(\.end) == [3])
    }

    @Test("A sentence that is not in its document gets nil, and the document is read once")
    func sentenceNotFound() {
        let lookup = DocumentSentenceMentions(tagger: MentionTagger(lexicon: .builtIn))
        var reads = 0
        let text = {
            reads += 1
            return Self.document
        }
        #expect(lookup.mentions(ofSentence: "IL-6 promoted tumor growth.", source: "a.txt", document: text) == nil)
        #expect(
            lookup.mentions(ofSentence: "Osteopontin (OPN) is a secreted protein.", source: "a.txt", document: text)?.count == 2)
        #expect(reads == 1)
    }
}
