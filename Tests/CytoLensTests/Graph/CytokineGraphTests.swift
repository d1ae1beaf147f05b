import CytoLens
import Testing

@Suite("Choosing what the graph shows")
struct CytokineGraphTests {
    static func graph(_ change: (inout GraphFilter) -> Void = { _ in }) -> CytokineGraph {
        var filter = GraphFilter()
        change(&filter)
        return CytokineGraph(partial: GraphFixtures.partial(), metadata: GraphFixtures.metadata, filter: filter)
    }

    static func edges(_ graph: CytokineGraph) -> [String] {
        graph.edges.map { "\($0.key.source) \($0.key.type.rawValue) \($0.key.target)" }
    }

    @Test("By default: cytokines only, typed edges only, sorted")
    func defaults() {
        let graph = Self.graph()
        #expect(graph.nodes.map(\.id) == ["IFNG", "IL6", "TNF"])
        #expect(Self.edges(graph) == ["IFNG inhibits IL6", "TNF induces IL6"])
        #expect(graph.nodes.map(\.label) == ["IFN-γ", "IL-6", "TNF-α"])
        #expect(graph.nodes.first { $0.id == "IL6" }?.family == "IL6_FAMILY")
    }

    @Test("Groups and co-occurrence on request")
    func groupsAndCooccurrence() {
        let graph = Self.graph {
            $0.includeGroups = true
            $0.includeCooccurrence = true
        }
        #expect(graph.nodes.map(\.id) == ["IFNG", "IL6", "TGFB", "TNF"])
        #expect(
            Self.edges(graph) == [
                "IFNG cooccurs IL6", "IFNG inhibits IL6", "IL6 cooccurs TGFB", "IL6 synergizes TGFB", "IL6 cooccurs TNF",
                "TNF induces IL6",
            ])
    }

    @Test("Evidence and document minimums drop weak edges and nodes")
    func minimums() {
        #expect(Self.graph { $0.minimumDocuments = 2 }.nodes.map(\.id) == ["IL6"])
        #expect(Self.graph { $0.minimumEvidence = 4 }.nodes.map(\.id) == ["IL6"])
        // Two sentences name IL-6 and TNF-α together, one names IFN-γ and IL-6.
        let cooccurring = Self.graph {
            $0.includeCooccurrence = true
            $0.minimumEvidence = 2
        }
        #expect(Self.edges(cooccurring) == ["IL6 cooccurs TNF"])
    }

    @Test("Cytokine, family and polarity filters")
    func filters() {
        let focused = Self.graph { $0.cytokines = ["tnf-α"] }
        #expect(focused.nodes.map(\.id) == ["IL6", "TNF"])
        #expect(Self.edges(focused) == ["TNF induces IL6"])
        #expect(Self.graph { $0.families = ["il6_family", "TNFSF"] }.nodes.map(\.id) == ["IL6", "TNF"])
        #expect(Self.graph { $0.polarities = [.antiTumor] }.nodes.map(\.id) == ["IFNG", "IL6"])
        let dual = Self.graph {
            $0.polarities = [.contextDependent]
            $0.includeGroups = true
        }
        #expect(dual.nodes.map(\.id) == ["TGFB"])
    }

    @Test("Filtering never changes a co-occurrence score")
    func scoresIgnoreFilters() {
        let all = Self.graph { $0.includeCooccurrence = true }
        let some = Self.graph {
            $0.includeCooccurrence = true
            $0.cytokines = ["TNF"]
        }
        let key = EdgeKey(source: "IL6", target: "TNF", type: .cooccurs)
        #expect(all.edges.first { $0.key == key }?.score == some.edges.first { $0.key == key }?.score)
    }
}
