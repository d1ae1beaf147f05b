import CytoLens
import Testing

@Suite("Gold annotation identifiers")
struct GoldAnnotationTests {
    @Test(
        "Identifier fields split on commas and semicolons, but not inside tmVar variants",
        arguments: [
            ("3569", ["3569"]),
            ("D004409,D006948", ["D004409", "D006948"]),
            ("7124;7125", ["7124", "7125"]),
            ("MESH:D003409; MESH:D006969", ["MESH:D003409", "MESH:D006969"]),
            ("p|SUB|V|600|E;HGVS:p.V600E;CorrespondingGene:673", ["p|SUB|V|600|E;HGVS:p.V600E;CorrespondingGene:673"]),
            ("-", []),
            ("", []),
        ])
    func identifierSplitting(field: String, identifiers: [String]) throws {
        let line = "9\t0\t4\tIL-6\tGene\t\(field)\n"
        let input = ArticleInput(source: "x", text: "9|t|IL-6 rises\n9|a|\n" + line)
        let annotation = try #require(try PubTatorReader().annotations(in: input).first)
        #expect(annotation.identifiers == identifiers)
    }
}
