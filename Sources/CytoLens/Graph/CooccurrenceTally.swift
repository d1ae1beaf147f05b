/// The sums for one unordered pair of cytokines named near each other.
///
/// The per-document indicators (`documents`, `paragraphDocuments`, `sentenceDocuments`) are
/// what the co-occurrence score weighs, as STRING's text mining does; the raw sentence and
/// paragraph counts are kept for readers.
public struct CooccurrenceTally: Sendable, Hashable {
    /// Sentences that name both.
    public var sentences = 0
    /// Passages (paragraphs, abstract sections, captions, titles) that name both.
    public var paragraphs = 0
    /// Documents that name both anywhere.
    public var documents = 0
    /// Documents with at least one passage that names both.
    public var paragraphDocuments = 0
    /// Documents with at least one sentence that names both.
    public var sentenceDocuments = 0
    /// The best sentences that name both.
    public var evidence = EvidenceList()

    /// Creates an empty tally.
    public init() {}

    /// Counts one more sentence that names both, with its evidence record (kept if among the best `limit`).
    mutating func addSentence(_ record: EvidenceRecord, limit: Int) {
        sentences += 1
        evidence.insert(record, limit: limit)
    }

    /// Adds another pair's sums and evidence.
    mutating func merge(_ other: CooccurrenceTally, limit: Int) {
        sentences += other.sentences
        paragraphs += other.paragraphs
        documents += other.documents
        paragraphDocuments += other.paragraphDocuments
        sentenceDocuments += other.sentenceDocuments
        evidence.merge(other.evidence, limit: limit)
    }
}
