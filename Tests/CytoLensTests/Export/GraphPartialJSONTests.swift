import CytoLens
import Foundation
import Testing

@Suite("The partial interchange form")
struct GraphPartialJSONTests {
    @Test("A partial survives a write and a read unchanged")
    func roundTrip() throws {
        for limit in [0, 1, 3] {
            let partial = GraphFixtures.partial(limit: limit)
            let text = GraphPartialJSON.text(partial)
            #expect(try GraphPartialJSON.partial(fromLine: Array(text.utf8)) == partial)
        }
        let empty = GraphPartial(evidenceLimit: 5)
        #expect(try GraphPartialJSON.partial(fromLine: Array(GraphPartialJSON.text(empty).utf8)) == empty)
    }

    @Test("A graph export or a tag line is refused with a pointer to --format partial")
    func wrongInput() throws {
        let json = GraphJSON.text(CytokineGraph(partial: GraphFixtures.partial()))
        #expect(throws: GraphPartialJSON.ReadError.self) { try GraphPartialJSON.partial(fromLine: Array(json.utf8)) }
        do {
            _ = try GraphPartialJSON.partial(fromLine: Array(AnnotationsJSON.line(GraphFixtures.first).utf8))
        } catch {
            #expect(error.message.contains("--format partial"))
        }
        let future = GraphPartialJSON.text(GraphFixtures.partial()).replacingOccurrences(
            of: "\"cytolens_partial\":1", with: "\"cytolens_partial\":2")
        #expect(throws: GraphPartialJSON.ReadError(message: "partial format version 2; this cytolens reads version 1")) {
            try GraphPartialJSON.partial(fromLine: Array(future.utf8))
        }
    }
}
