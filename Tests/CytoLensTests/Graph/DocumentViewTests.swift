import Testing

@testable import CytoLens

/// ``DocumentView`` cuts sentence texts by bytes; the text must be the code points between the
/// sentence's offsets, clamped to its passage, as collecting them one at a time gives.
struct DocumentViewTests {
    /// The plain definition: the passage's code points between the offsets, clamped.
    static func collected(_ sentence: Sentence, in passage: Passage) -> String {
        let scalars = Array(passage.text.unicodeScalars)
        let lower = min(max(sentence.start - passage.offset, 0), scalars.count)
        let upper = min(max(sentence.end - passage.offset, lower), scalars.count)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    @Test("Sentence texts are the code points between their offsets, on real documents")
    func realSentences() throws {
        let documents = RealDocuments.annotations
        try #require(!documents.isEmpty)
        var nonASCII = 0
        for document in documents {
            var view = DocumentView(document)
            for sentence in document.sentences {
                let passage = try #require(document.article.passages.first { $0.index == sentence.passage })
                let text = view.text(ofSentence: sentence.index)
                #expect(text == Self.collected(sentence, in: passage))
                if text.utf8.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
            }
        }
        #expect(nonASCII > 0)
    }

    @Test("Offsets outside the passage are clamped to it")
    func clampedOffsets() {
        let text = "IL-6 (β) and TNF-α — both."
        let passage = Passage(index: 0, type: .paragraph, section: [], offset: 10, text: text)
        let article = Article(source: "-", passages: [passage])
        let sentences = [
            Sentence(index: 0, passage: 0, start: 12, end: 19), Sentence(index: 1, passage: 0, start: 5, end: 14),
            Sentence(index: 2, passage: 0, start: 30, end: 90), Sentence(index: 3, passage: 0, start: 20, end: 15),
        ]
        var view = DocumentView(DocumentAnnotations(article: article, sentences: sentences))
        for sentence in sentences {
            #expect(view.text(ofSentence: sentence.index) == Self.collected(sentence, in: passage))
        }
    }

    @Test("Passages are found by their index, in order or not, and a missing one is nil")
    func passagesByIndex() {
        let texts = ["IL-6 title.", "TNF-α abstract.", "IL-10 paragraph."]
        func view(indices: [Int]) -> (DocumentView, [Passage]) {
            let passages = zip(indices, texts).map { index, text in
                Passage(index: index, type: .paragraph, section: [text], offset: 100 * index, text: text)
            }
            let sentences = indices.enumerated().map { position, index in
                Sentence(index: position, passage: index, start: 100 * index, end: 100 * index + 4)
            }
            let article = Article(source: "-", passages: passages)
            return (DocumentView(DocumentAnnotations(article: article, sentences: sentences)), passages)
        }
        for indices in [[0, 1, 2], [2, 0, 1], [5, 7, 9]] {
            let (made, passages) = view(indices: indices)
            var document = made
            for (position, passage) in passages.enumerated() {
                #expect(document.passage(ofSentence: position)?.text == passage.text)
                #expect(document.text(ofSentence: position) == String(passage.text.prefix(4)))
                #expect(document.evidence(sentence: position, score: 1).section == passage.section)
            }
            #expect(document.passage(ofSentence: 3) == nil)
        }
        // A sentence that names a passage the article does not have has none.
        let passage = Passage(index: 0, type: .paragraph, section: [], offset: 0, text: "IL-6.")
        let article = Article(source: "-", passages: [passage])
        let document = DocumentView(
            DocumentAnnotations(article: article, sentences: [Sentence(index: 0, passage: 4, start: 0, end: 4)]))
        #expect(document.passage(ofSentence: 0) == nil)
    }
}
