import Foundation

/// The graph to show: nodes and edges chosen from a ``GraphPartial`` by a ``GraphFilter``, with
/// labels from node metadata and every score computed from the sums, sorted for output.
public struct CytokineGraph: Sendable, Hashable {
    /// Documents behind the graph.
    public var documents: Int
    /// The evidence cap the sums were made with.
    public var evidenceLimit: Int
    /// The score constants used.
    public var scoring: GraphScoring
    /// The filter used.
    public var filter: GraphFilter
    /// Nodes, sorted by id (UTF-8 bytes).
    public var nodes: [GraphNode]
    /// Edges, sorted by source, target, then type.
    public var edges: [GraphEdge]
    /// The largest co-occurrence score among all pairs of shown kinds (for scaling), or 0.
    public var maximumCooccurrenceScore: Double

    /// Builds the graph.
    ///
    /// Co-occurrence scores are normalized over every pair of the kinds shown (cytokines, plus
    /// groups with ``GraphFilter/includeGroups``) before the other filters, so filtering never
    /// changes a score.
    public init(
        partial: GraphPartial, metadata: any NodeMetadataSource = NodeMetadataTable(), filter: GraphFilter = .init(),
        scoring: GraphScoring = .init()
    ) {
        documents = partial.documents
        evidenceLimit = partial.evidenceLimit
        self.scoring = scoring
        self.filter = filter

        func kind(_ id: String) -> MentionKind { partial.nodes[id]?.kind ?? .cytokine }
        func shownKind(_ id: String) -> Bool { filter.includeGroups || kind(id) == .cytokine }

        var nodes = Self.nodes(partial, metadata: metadata, scoring: scoring).filter { node in
            shownKind(node.id) && Self.keeps(node, filter: filter)
        }
        let scores = Self.cooccurrenceScores(partial, scoring: scoring, shown: shownKind)
        maximumCooccurrenceScore = scores.values.max() ?? 0

        let kept = Set(nodes.map(\.id))
        var edges: [GraphEdge] = []
        for (key, counts) in partial.relations where kept.contains(key.source) && kept.contains(key.target) {
            edges.append(GraphEdge(key: key, relation: counts, weight: scoring.weight(counts)))
        }
        if filter.includeCooccurrence {
            for (key, tally) in partial.cooccurrences where kept.contains(key.source) && kept.contains(key.target) {
                edges.append(
                    GraphEdge(key: key, cooccurrence: tally, weight: scoring.cooccurrenceWeight(tally), score: scores[key] ?? 0))
            }
        }
        edges = edges.filter { $0.evidenceCount >= filter.minimumEvidence && $0.documents >= filter.minimumDocuments }

        if !filter.cytokines.isEmpty {
            let wanted = Set(filter.cytokines.map { $0.lowercased() })
            let focus = Set(
                nodes.filter { wanted.contains($0.id.lowercased()) || wanted.contains($0.label.lowercased()) }.map(\.id))
            edges = edges.filter { focus.contains($0.key.source) || focus.contains($0.key.target) }
            let reached = focus.union(edges.flatMap { [$0.key.source, $0.key.target] })
            nodes = nodes.filter { reached.contains($0.id) }
        }
        self.nodes = nodes.sorted { ByteOrder.precedes($0.id, $1.id) }
        self.edges = edges.sorted { $0.key.precedes($1.key) }
    }

    private static func nodes(_ partial: GraphPartial, metadata: any NodeMetadataSource, scoring: GraphScoring) -> [GraphNode] {
        partial.nodes.map { id, tally in
            let info = metadata.metadata(for: id) ?? NodeMetadata()
            let role = scoring.role(of: tally)
            return GraphNode(
                id: id, label: info.label ?? NodeLabel.derive(from: id), kind: tally.kind ?? .cytokine,
                hgnc: tally.hgnc ?? info.hgnc, family: info.family, name: info.name, tally: tally, role: role,
                color: RoleColor.fill(for: role))
        }
    }

    private static func keeps(_ node: GraphNode, filter: GraphFilter) -> Bool {
        if !filter.families.isEmpty {
            guard let family = node.family?.lowercased(), filter.families.contains(where: { $0.lowercased() == family }) else {
                return false
            }
        }
        if !filter.polarities.isEmpty, !filter.polarities.contains(where: { node.tally[$0].affirmed > 0 }) { return false }
        let claims = ClaimPolarity.allCases.reduce(0) { $0 + node.tally[$1].total }
        return max(node.tally.mentions, claims) >= filter.minimumEvidence && node.tally.documents >= filter.minimumDocuments
    }

    /// The STRING-style score of every pair whose ends are both shown kinds.
    private static func cooccurrenceScores(
        _ partial: GraphPartial, scoring: GraphScoring, shown: (String) -> Bool
    ) -> [EdgeKey: Double] {
        // Sum in sorted order so the floating-point totals never depend on dictionary order.
        let pairs = partial.cooccurrences.filter { shown($0.key.source) && shown($0.key.target) }.sorted {
            $0.key.precedes($1.key)
        }
        var total = 0.0
        var perNode: [String: Double] = [:]
        for (key, tally) in pairs {
            let weight = scoring.cooccurrenceWeight(tally)
            total += weight
            perNode[key.source, default: 0] += weight
            perNode[key.target, default: 0] += weight
        }
        var scores: [EdgeKey: Double] = [:]
        for (key, tally) in pairs {
            let weight = scoring.cooccurrenceWeight(tally)
            let expected = perNode[key.source, default: 0] * perNode[key.target, default: 0]
            guard weight > 0, expected > 0 else {
                scores[key] = 0
                continue
            }
            let enrichment = weight * total / expected
            scores[key] = pow(weight, scoring.alpha) * pow(enrichment, 1 - scoring.alpha)
        }
        return scores
    }
}
