/// Looks up sentences, their passages and their text in one document, caching sentence texts.
struct DocumentView {
    private let annotations: DocumentAnnotations
    /// The position of each passage by its index, when some passage is not at the position of its
    /// index; `nil` in the usual case where every one is, so that no table is built.
    private let passageByIndex: [Int: Int]?
    private var texts: [Int: String] = [:]
    /// The passages sentences have been cut from, indexed by code point, so that cutting many
    /// sentences from one long passage does not walk it from the start each time.
    private var passageTexts: [Int: ScalarIndexedText] = [:]
    private let documentID: String

    init(_ annotations: DocumentAnnotations) {
        self.annotations = annotations
        let passages = annotations.article.passages
        if passages.indices.allSatisfy({ passages[$0].index == $0 }) {
            passageByIndex = nil
        } else {
            var byIndex: [Int: Int] = [:]
            for (position, passage) in passages.enumerated() { byIndex[passage.index] = position }
            passageByIndex = byIndex
        }
        documentID = annotations.article.displayID
    }

    /// The sentence with this index, or `nil` when the index is out of range.
    func sentence(_ index: Int) -> Sentence? {
        let sentences = annotations.sentences
        if sentences.indices.contains(index), sentences[index].index == index { return sentences[index] }
        return sentences.first { $0.index == index }
    }

    /// The passage that holds a sentence.
    func passage(ofSentence index: Int) -> Passage? {
        guard let sentence = sentence(index), let position = passagePosition(sentence.passage) else { return nil }
        return annotations.article.passages[position]
    }

    /// Where the passage with this index is in the article's passages, if it is there.
    private func passagePosition(_ index: Int) -> Int? {
        guard let passageByIndex else { return annotations.article.passages.indices.contains(index) ? index : nil }
        return passageByIndex[index]
    }

    /// The type of the passage that holds a sentence.
    func passageType(_ index: Int) -> PassageType? {
        passage(ofSentence: index)?.type
    }

    /// The text of a sentence: its code points cut from its passage (as bytes, which is the same
    /// string as collecting the code points one at a time).
    mutating func text(ofSentence index: Int) -> String {
        if let text = texts[index] { return text }
        guard let sentence = sentence(index), let passage = passage(ofSentence: index) else { return "" }
        let indexed: ScalarIndexedText
        if let known = passageTexts[sentence.passage] {
            indexed = known
        } else {
            indexed = ScalarIndexedText(passage.text)
            passageTexts[sentence.passage] = indexed
        }
        let lower = min(max(sentence.start - passage.offset, 0), indexed.scalarCount)
        let upper = min(max(sentence.end - passage.offset, lower), indexed.scalarCount)
        let text = indexed.text(lower..<upper)
        texts[index] = text
        return text
    }

    /// An evidence record for a sentence with the document's identity and the passage's section.
    mutating func evidence(sentence index: Int, score: Int) -> EvidenceRecord {
        let sentence = sentence(index)
        return EvidenceRecord(
            score: score, document: documentID, source: annotations.article.source,
            section: passage(ofSentence: index)?.section ?? [], sentence: index, start: sentence?.start ?? 0,
            end: sentence?.end ?? 0, text: text(ofSentence: index))
    }
}
