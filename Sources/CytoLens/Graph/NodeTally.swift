/// The sums for one cytokine or group over the documents seen so far.
public struct NodeTally: Sendable, Hashable {
    /// Cytokine or group, as the mentions say; `nil` when only claims name it.
    public var kind: MentionKind?
    /// The HGNC id the mentions carry, if any.
    public var hgnc: String?
    /// Mentions in the text.
    public var mentions = 0
    /// Documents that mention it or make a claim about it.
    public var documents = 0
    /// Claims that it promotes tumors.
    public var proTumor = EvidenceCounts()
    /// Claims that it restrains tumors.
    public var antiTumor = EvidenceCounts()
    /// Claims that its role is dual or depends on the setting.
    public var contextDependent = EvidenceCounts()

    /// Creates an empty tally.
    public init() {}

    /// The claim counts of one polarity.
    public subscript(polarity: ClaimPolarity) -> EvidenceCounts {
        get {
            switch polarity {
            case .proTumor: proTumor
            case .antiTumor: antiTumor
            case .contextDependent: contextDependent
            }
        }
        set {
            switch polarity {
            case .proTumor: proTumor = newValue
            case .antiTumor: antiTumor = newValue
            case .contextDependent: contextDependent = newValue
            }
        }
    }

    /// Adds another tally. Kind and HGNC id keep the byte-wise smallest value seen, a rule that
    /// does not depend on merge order (they agree in practice).
    mutating func merge(_ other: NodeTally, limit: Int) {
        kind = NodeTally.smaller(kind?.rawValue, other.kind?.rawValue).flatMap(MentionKind.init(rawValue:))
        hgnc = NodeTally.smaller(hgnc, other.hgnc)
        mentions += other.mentions
        documents += other.documents
        proTumor.merge(other.proTumor, limit: limit)
        antiTumor.merge(other.antiTumor, limit: limit)
        contextDependent.merge(other.contextDependent, limit: limit)
    }

    private static func smaller(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return ByteOrder.precedes(b, a) ? b : a
    }
}
