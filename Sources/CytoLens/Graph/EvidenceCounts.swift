/// How many sentences state something plainly, hedged or negated, how many documents state it
/// (not negated), and the best evidence: the sums one claim polarity or one typed edge carries.
///
/// A negated statement ("IL-2 did not promote growth") counts only as `negated`, hedged or not;
/// a hedged one ("may promote") only as `hedged`; the rest are `supporting`.
public struct EvidenceCounts: Sendable, Hashable {
    /// Sentences that state it without negation or hedge.
    public var supporting = 0
    /// Sentences that state it hedged and not negated.
    public var hedged = 0
    /// Sentences that negate it.
    public var negated = 0
    /// Documents with at least one supporting or hedged sentence.
    public var documents = 0
    /// The best evidence records.
    public var evidence = EvidenceList()

    /// Creates counts.
    public init(supporting: Int = 0, hedged: Int = 0, negated: Int = 0, documents: Int = 0, evidence: EvidenceList = .init()) {
        self.supporting = supporting
        self.hedged = hedged
        self.negated = negated
        self.documents = documents
        self.evidence = evidence
    }

    /// Supporting plus hedged sentences: the evidence that the statement holds.
    public var affirmed: Int { supporting + hedged }

    /// All sentences, negated ones included.
    public var total: Int { supporting + hedged + negated }

    /// Counts one sentence.
    mutating func count(negated isNegated: Bool, hedged isHedged: Bool) {
        if isNegated {
            negated += 1
        } else if isHedged {
            hedged += 1
        } else {
            supporting += 1
        }
    }

    /// Adds another element's sums and evidence.
    mutating func merge(_ other: EvidenceCounts, limit: Int) {
        supporting += other.supporting
        hedged += other.hedged
        negated += other.negated
        documents += other.documents
        evidence.merge(other.evidence, limit: limit)
    }
}
