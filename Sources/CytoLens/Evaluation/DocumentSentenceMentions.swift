/// The mentions of a gold sentence as `cytolens tag` finds them in the sentence's whole plain-text
/// document, where a short form may be defined in an earlier sentence ("osteopontin (OPN) … OPN
/// silencing"): tagged alone, the later sentence's "OPN" has no meaning.
///
/// The document is read as `tag` reads a plain-text file (``PlainTextReader``, ``SentenceSplitter``,
/// ``MentionTagger``), once per file. The sentence is found by its text in one passage; its mentions
/// are returned with offsets relative to the sentence. A sentence that is not found whole in one
/// passage (the reader folded its white space, or the file is not plain text) gets `nil`, and the
/// caller tags it alone.
public final class DocumentSentenceMentions {
    private let tagger: MentionTagger
    private var documents: [String: TaggedDocument] = [:]

    /// One plain-text document as `tag` reads it.
    private struct TaggedDocument {
        var passages: [Passage]
        var mentions: [Mention]
    }

    /// Reads documents with `tagger`.
    public init(tagger: MentionTagger) {
        self.tagger = tagger
    }

    /// The mentions of `sentence`, a slice of the plain-text file `source` whose whole text is
    /// `document`, with offsets relative to the sentence; `nil` when the sentence is not found
    /// whole in one of the document's passages.
    public func mentions(ofSentence sentence: String, source: String, document: () -> String) -> [Mention]? {
        let tagged = documents[source] ?? read(source: source, text: document())
        documents[source] = tagged
        let length = sentence.unicodeScalars.count
        for passage in tagged.passages {
            guard let found = passage.text.range(of: sentence) else { continue }
            let start = passage.offset + passage.text.unicodeScalars[..<found.lowerBound].count
            let end = start + length
            return tagged.mentions.compactMap { mention in
                guard mention.start >= start, mention.end <= end else { return nil }
                var local = mention
                local.start -= start
                local.end -= start
                local.sentence = 0
                return local
            }
        }
        return nil
    }

    private func read(source: String, text: String) -> TaggedDocument {
        let article = PlainTextReader().article(fromText: text, source: source)
        let sentences = SentenceSplitter().sentences(in: article)
        return TaggedDocument(passages: article.passages, mentions: tagger.mentions(in: article, sentences: sentences))
    }
}
