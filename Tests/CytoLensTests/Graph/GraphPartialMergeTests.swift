import CytoLens
import Testing

@Suite("Graph partials form a commutative monoid")
struct GraphPartialMergeTests {
    static let builder = GraphPartialBuilder(evidenceLimit: 3)

    @Test("Merging with the empty partial changes nothing")
    func identity() {
        let partial = GraphFixtures.partial()
        #expect(partial.merging(GraphPartial(evidenceLimit: 3)) == partial)
        #expect(GraphPartial(evidenceLimit: 3).merging(partial) == partial)
    }

    @Test("Merge is commutative and associative on the fixtures")
    func laws() {
        let (a, b, c) = (
            Self.builder.partial(for: GraphFixtures.first), Self.builder.partial(for: GraphFixtures.second),
            Self.builder.partial(for: GraphFixtures.third)
        )
        #expect(a.merging(b) == b.merging(a))
        #expect(a.merging(b.merging(c)) == a.merging(b).merging(c))
        #expect(c.merging(a).merging(b) == GraphFixtures.partial())
    }

    @Test("Merging keeps the smaller evidence limit")
    func limits() {
        var wide = GraphFixtures.partial(limit: 5)
        wide.merge(GraphPartial(evidenceLimit: 1))
        #expect(wide == GraphFixtures.partial(limit: 1))
    }

    @Test(
        "Any random split of real documents merges to the same partial and the same bytes",
        .enabled(if: !RealDocuments.paths.isEmpty, "no bundled corpus/ and no ../shared/corpus"),
        arguments: [11, 23, 37, 41, 59] as [UInt64])
    func randomSplits(seed: UInt64) throws {
        let documents = RealDocuments.annotations
        try #require(documents.count >= 5)
        let partials = documents.map { Self.builder.partial(for: $0) }
        let whole = partials.reduce(into: GraphPartial(evidenceLimit: 3)) { $0.merge($1) }
        #expect(whole.nodes.count >= 5, "the toy tagger should find cytokines in the real slice")
        #expect(whole.relations.count >= 1)

        var random = SeededRandom(seed: seed)
        var groups = partials.shuffled(using: &random).chunked(
            by: Int.random(in: 1...max(documents.count / 2, 1), using: &random)
        )
        .map { group in group.shuffled(using: &random).reduce(into: GraphPartial(evidenceLimit: 3)) { $0.merge($1) } }
        // Groups travel as interchange text, as between machines, then reduce in a random tree.
        groups = try groups.map { try GraphPartialJSON.partial(fromLine: Array(GraphPartialJSON.text($0).utf8)) }
        while groups.count > 1 {
            let i = Int.random(in: 0..<groups.count, using: &random)
            let first = groups.remove(at: i)
            let j = Int.random(in: 0..<groups.count, using: &random)
            groups[j] = Bool.random(using: &random) ? first.merging(groups[j]) : groups[j].merging(first)
        }
        let merged = try #require(groups.first)
        #expect(merged == whole)
        #expect(GraphPartialJSON.text(merged) == GraphPartialJSON.text(whole))
        var filter = GraphFilter()
        filter.includeGroups = true
        filter.includeCooccurrence = true
        let (one, other) = (CytokineGraph(partial: whole, filter: filter), CytokineGraph(partial: merged, filter: filter))
        #expect(GraphJSON.text(one) == GraphJSON.text(other))
        #expect(GraphDOT.text(one) == GraphDOT.text(other))
        #expect(GraphML.text(one) == GraphML.text(other))
    }
}
