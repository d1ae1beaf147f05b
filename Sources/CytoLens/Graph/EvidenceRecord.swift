/// One sentence that supports a node's claim or an edge, as shown to a reader who wants to check it.
///
/// Records are ordered by a *total* order (``isMoreInformative(than:)``): the higher score
/// first, then document id, source, sentence offsets and finally every other field. Because no
/// two different records tie, the top N of any union of record lists is the same whatever order
/// the lists are merged in, which keeps graph merging commutative and byte-for-byte reproducible.
public struct EvidenceRecord: Sendable, Hashable, Codable {
    /// How informative the record is (higher is better); see ``EvidenceScore``.
    public var score: Int
    /// The article's display id (`PMID:…`, `PMC…`, `doi:…`, or the source path).
    public var document: String
    /// Where the article came from (the input path, with `#N` for the N-th article of a file).
    public var source: String
    /// The section path of the passage that holds the sentence.
    public var section: [String]
    /// The index of the sentence in the article.
    public var sentence: Int
    /// The code point offset of the sentence's first character, in document coordinates.
    public var start: Int
    /// The code point offset just past the sentence, in document coordinates.
    public var end: Int
    /// The sentence text.
    public var text: String
    /// The words that decided the claim or relation (empty for co-occurrence).
    public var cues: [String]
    /// Whether the sentence negates the claim or relation.
    public var negated: Bool
    /// Whether the sentence hedges it.
    public var hedged: Bool
    /// The cancer type named in the sentence, for claims.
    public var cancer: String?
    /// The kind of evidence (`in_vitro`, `in_vivo`, `clinical`, `review`), for claims.
    public var evidenceType: String?
    /// The effect category (`proliferation`, `metastasis`, …), for claims.
    public var effect: String?

    /// Creates a record.
    public init(
        score: Int, document: String, source: String, section: [String], sentence: Int, start: Int, end: Int, text: String,
        cues: [String] = [], negated: Bool = false, hedged: Bool = false, cancer: String? = nil, evidenceType: String? = nil,
        effect: String? = nil
    ) {
        self.score = score
        self.document = document
        self.source = source
        self.section = section
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.cues = cues
        self.negated = negated
        self.hedged = hedged
        self.cancer = cancer
        self.evidenceType = evidenceType
        self.effect = effect
    }

    /// Whether this record comes before `other` in the evidence order: higher score, then
    /// smaller document id, source, start, end, then the remaining fields, strings compared by
    /// their UTF-8 bytes so the order is the same on every platform.
    public func isMoreInformative(than other: EvidenceRecord) -> Bool {
        if score != other.score { return score > other.score }
        if let order = ByteOrder.compare(document, other.document) { return order }
        if let order = ByteOrder.compare(source, other.source) { return order }
        if start != other.start { return start < other.start }
        if end != other.end { return end < other.end }
        if sentence != other.sentence { return sentence < other.sentence }
        if let order = ByteOrder.compare(text, other.text) { return order }
        if let order = ByteOrder.compare(section, other.section) { return order }
        if let order = ByteOrder.compare(cues, other.cues) { return order }
        if negated != other.negated { return !negated }
        if hedged != other.hedged { return !hedged }
        if let order = ByteOrder.compare(cancer, other.cancer) { return order }
        if let order = ByteOrder.compare(evidenceType, other.evidenceType) { return order }
        if let order = ByteOrder.compare(effect, other.effect) { return order }
        return false
    }
}
