/// One edge of a finished graph: a typed relation or a co-occurrence, with its sums and scores.
public struct GraphEdge: Sendable, Hashable {
    /// The ends and type.
    public var key: EdgeKey
    /// The sentence counts and evidence of a typed relation; `nil` for co-occurrence.
    public var relation: EvidenceCounts?
    /// The sums and evidence of a co-occurrence; `nil` for typed relations.
    public var cooccurrence: CooccurrenceTally?
    /// Typed relations: supporting plus weighted hedged sentences. Co-occurrence: `C(i,j)`.
    public var weight: Double
    /// The co-occurrence score; `nil` for typed relations.
    public var score: Double?

    /// The number of documents behind the edge.
    public var documents: Int { relation?.documents ?? cooccurrence?.documents ?? 0 }

    /// Affirmed sentences (typed relations) or sentences naming both (co-occurrence).
    public var evidenceCount: Int { relation?.affirmed ?? cooccurrence?.sentences ?? 0 }

    /// The best evidence.
    public var evidence: [EvidenceRecord] { (relation?.evidence ?? cooccurrence?.evidence ?? EvidenceList()).records }
}
