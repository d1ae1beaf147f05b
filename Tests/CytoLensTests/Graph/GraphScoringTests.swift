import CytoLens
import Foundation
import Testing

@Suite("Export-time scores")
struct GraphScoringTests {
    static func tally(pro: Int = 0, proHedged: Int = 0, anti: Int = 0, antiNegated: Int = 0, dual: Int = 0) -> NodeTally {
        var tally = NodeTally()
        tally.proTumor = EvidenceCounts(supporting: pro, hedged: proHedged)
        tally.antiTumor = EvidenceCounts(supporting: anti, negated: antiNegated)
        tally.contextDependent = EvidenceCounts(supporting: dual)
        return tally
    }

    struct RoleCase: Sendable, CustomTestStringConvertible {
        var name: String
        var tally: NodeTally
        var net: Double
        var dual: Double
        var kind: TumorRole.Kind
        var testDescription: String { name }
    }

    @Test(
        "Net and dual roles follow the documented formulas",
        arguments: [
            // IL-6-like: reported both ways, more often pro: double-edged.
            RoleCase(name: "IL6 10 pro / 4 anti", tally: tally(pro: 10, anti: 4), net: 6.0 / 15, dual: 8.0 / 15, kind: .dual),
            // IFN-γ-like: mostly anti, some pro: still double-edged at 3:8.
            RoleCase(name: "IFNG 3 pro / 8 anti", tally: tally(pro: 3, anti: 8), net: -5.0 / 12, dual: 6.0 / 12, kind: .dual),
            RoleCase(name: "IL2 anti only", tally: tally(anti: 5), net: -5.0 / 6, dual: 0, kind: .antiTumor),
            // Hedged claims count half; negated claims not at all.
            RoleCase(name: "hedged and negated", tally: tally(proHedged: 2, antiNegated: 7), net: 0.5, dual: 0, kind: .proTumor),
            RoleCase(name: "said to be dual", tally: tally(dual: 2), net: 0, dual: 2.0 / 3, kind: .dual),
            RoleCase(name: "negated only", tally: tally(antiNegated: 3), net: 0, dual: 0, kind: .none),
        ])
    func roles(_ example: RoleCase) {
        let role = GraphScoring().role(of: example.tally)
        #expect(abs(role.net - example.net) < 1e-12)
        #expect(abs(role.dual - example.dual) < 1e-12)
        #expect(role.kind == example.kind)
    }

    @Test("Colors run red (pro) through purple (mixed) to blue (anti); gray without claims")
    func colors() {
        func color(_ net: Double, _ kind: TumorRole.Kind = .dual) -> String {
            RoleColor.fill(for: TumorRole(net: net, dual: 0, kind: kind)).hex
        }
        #expect(color(1) == "#b2182b")
        #expect(color(0) == "#762a83")
        #expect(color(-1) == "#2166ac")
        #expect(color(0.5) == "#942157")
        #expect(color(0, .none) == "#d9d9d9")
    }

    @Test("The co-occurrence weight and score match a hand computation")
    func cooccurrence() throws {
        // Three pairs: A–B in 2 documents (same sentence in both), A–C in 1 (same paragraph), B–C in 1 (document only).
        var partial = GraphPartial(evidenceLimit: 1)
        func pair(_ a: String, _ b: String, documents: Int, paragraph: Int, sentence: Int) {
            var tally = CooccurrenceTally()
            tally.documents = documents
            tally.paragraphDocuments = paragraph
            tally.sentenceDocuments = sentence
            tally.sentences = sentence
            partial.cooccurrences[EdgeKey(source: a, target: b, type: .cooccurs)] = tally
            partial.nodes[a, default: NodeTally()].mentions = 1
            partial.nodes[b, default: NodeTally()].mentions = 1
            partial.nodes[a]!.documents = 1
            partial.nodes[b]!.documents = 1
        }
        pair("A", "B", documents: 2, paragraph: 2, sentence: 2)
        pair("A", "C", documents: 1, paragraph: 1, sentence: 0)
        pair("B", "C", documents: 1, paragraph: 0, sentence: 0)
        var filter = GraphFilter()
        filter.includeCooccurrence = true
        filter.minimumEvidence = 0
        let graph = CytokineGraph(partial: partial, filter: filter)
        // C(A,B) = 2·0.25 + 2·0.5 + 2·1 = 3.5; C(A,C) = 0.75; C(B,C) = 0.25; total 4.5;
        // C(A,·) = 4.25, C(B,·) = 3.75, C(C,·) = 1.
        let ab = try #require(graph.edges.first { $0.key.source == "A" && $0.key.target == "B" })
        #expect(ab.weight == 3.5)
        let expected = pow(3.5, 0.6) * pow(3.5 * 4.5 / (4.25 * 3.75), 0.4)
        #expect(abs(try #require(ab.score) - expected) < 1e-12)
        let bc = try #require(graph.edges.first { $0.key.source == "B" && $0.key.target == "C" })
        #expect(abs(try #require(bc.score) - pow(0.25, 0.6) * pow(0.25 * 4.5 / 3.75, 0.4)) < 1e-12)
        #expect(graph.maximumCooccurrenceScore == ab.score)
    }
}
