import CytoLens
import Testing

/// The exact text each exporter writes for the fixture documents (groups and co-occurrence
/// shown, lexicon-like metadata). A change here is a change of the output contract: review it.
@Suite("Golden exports")
struct GraphGoldenTests {
    static let graph: CytokineGraph = {
        var filter = GraphFilter()
        filter.includeGroups = true
        filter.includeCooccurrence = true
        return CytokineGraph(partial: GraphFixtures.partial(), metadata: GraphFixtures.metadata, filter: filter)
    }()

    @Test("DOT")
    func dot() {
        #expect(GraphDOT.text(Self.graph) == GraphGolden.dot)
    }

    @Test("JSON")
    func json() {
        #expect(GraphJSON.text(Self.graph) == GraphGolden.json)
    }

    @Test("GraphML")
    func graphML() {
        #expect(GraphML.text(Self.graph) == GraphGolden.graphML)
    }

    @Test("Partial interchange form")
    func partial() {
        #expect(GraphPartialJSON.text(GraphFixtures.partial()) == GraphGolden.partial)
    }
}
