/// The graph's sums over some set of documents: the value the map step makes per document and
/// the reduce step adds up.
///
/// A partial holds only counts and capped, totally ordered evidence lists, so ``merge(_:)`` is
/// associative and commutative with ``init(evidenceLimit:)`` (no documents) as its identity: any
/// split of a corpus, merged in any grouping and order, gives an equal partial and therefore
/// byte-identical exports. Everything normalized (scores, colors) is computed later, by
/// ``CytokineGraph``, from the sums.
public struct GraphPartial: Sendable, Hashable {
    /// The most evidence records kept per element (per node and claim polarity, per edge).
    public private(set) var evidenceLimit: Int
    /// Documents added.
    public var documents = 0
    /// Cytokines and groups by id (HGNC symbol or group id).
    public var nodes: [String: NodeTally] = [:]
    /// Typed relations (induces, inhibits, synergizes).
    public var relations: [EdgeKey: EvidenceCounts] = [:]
    /// Co-occurring pairs, keyed with type ``RelationType/cooccurs`` and ends in byte order.
    public var cooccurrences: [EdgeKey: CooccurrenceTally] = [:]

    /// An empty partial: no documents.
    public init(evidenceLimit: Int) {
        self.evidenceLimit = max(evidenceLimit, 0)
    }

    /// Adds another partial. The result keeps the smaller of the two evidence limits (the best
    /// N of a union is the best N of the best Ns, for any N up to both limits).
    ///
    /// Costs time proportional to the size of `other`.
    public mutating func merge(_ other: GraphPartial) {
        let limit = min(evidenceLimit, other.evidenceLimit)
        if limit < evidenceLimit { lowerEvidenceLimit(to: limit) }
        documents += other.documents
        for (id, tally) in other.nodes {
            nodes[id, default: NodeTally()].merge(tally, limit: limit)
        }
        for (key, counts) in other.relations {
            relations[key, default: EvidenceCounts()].merge(counts, limit: limit)
        }
        for (key, tally) in other.cooccurrences {
            cooccurrences[key, default: CooccurrenceTally()].merge(tally, limit: limit)
        }
    }

    /// The sum of two partials.
    public func merging(_ other: GraphPartial) -> GraphPartial {
        // Merge the smaller into the larger: the cost is the size of the smaller one.
        if other.size > size {
            var result = other
            result.merge(self)
            return result
        }
        var result = self
        result.merge(other)
        return result
    }

    /// The number of elements held: nodes, relations and co-occurring pairs.
    public var size: Int { nodes.count + relations.count + cooccurrences.count }

    /// Cuts every evidence list to `limit` records.
    public mutating func lowerEvidenceLimit(to limit: Int) {
        let limit = max(limit, 0)
        guard limit < evidenceLimit else { return }
        evidenceLimit = limit
        let empty = EvidenceList()
        for id in nodes.keys {
            for polarity in ClaimPolarity.allCases { nodes[id]![polarity].evidence.merge(empty, limit: limit) }
        }
        for key in relations.keys { relations[key]!.evidence.merge(empty, limit: limit) }
        for key in cooccurrences.keys { cooccurrences[key]!.evidence.merge(empty, limit: limit) }
    }
}
