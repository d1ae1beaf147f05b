import CytoLens
import Foundation
import Testing

@Suite("Node labels and metadata")
struct NodeLabelTests {
    @Test(
        "Labels follow nomenclature rules",
        arguments: [
            ("IL6", "IL-6"), ("IL17A", "IL-17A"), ("IL1B", "IL-1β"), ("IL1A", "IL-1α"), ("IL36G", "IL-36γ"), ("IL12", "IL-12"),
            ("IFNG", "IFN-γ"), ("IFNA2", "IFN-α2"), ("IFNB1", "IFN-β1"), ("IFNL1", "IFN-λ1"), ("TGFB1", "TGF-β1"),
            ("TGFB", "TGF-β"), ("TNF", "TNF-α"), ("LTA", "LT-α"), ("CXCL8", "CXCL8"), ("CSF2", "CSF2"), ("IL1RN", "IL1RN"),
            ("CHEMOKINES", "CHEMOKINES"),
        ])
    func labels(symbol: String, label: String) {
        #expect(NodeLabel.derive(from: symbol) == label)
    }

    @Test("A metadata table reads the lexicon's TSV layout, header-driven")
    func table() throws {
        let tsv = "symbol\thgnc\tncbi\tfamily\tname\ttier\nIL6\tHGNC:6018\t3569\tIL6_FAMILY\tinterleukin 6\tcore\nX\t\t\t\t\t\n"
        let table = try NodeMetadataTable(tsv: tsv)
        #expect(table.metadata(for: "IL6") == NodeMetadata(hgnc: "HGNC:6018", family: "IL6_FAMILY", name: "interleukin 6"))
        #expect(table.metadata(for: "X") == NodeMetadata())
        let labelled = try NodeMetadataTable(tsv: "group\tlabel\nTGFB\tTGF-β family\n")
        #expect(labelled.adding(table).metadata(for: "TGFB")?.label == "TGF-β family")
        #expect(throws: NodeMetadataTable.FormatError.self) { try NodeMetadataTable(tsv: "name\tfamily\nx\ty\n") }
    }

    @Test("The repository lexicon loads and names the double-edged cytokines")
    func repositoryLexicon() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("lexicon/cytokines.tsv")
        guard let data = FileManager.default.contents(atPath: path.path) else {
            print("skipping: no lexicon/cytokines.tsv")
            return
        }
        let table = try NodeMetadataTable(tsv: String(decoding: data, as: UTF8.self))
        #expect(table.entries.count > 100)
        #expect(table.metadata(for: "IL6")?.family == "IL6_FAMILY")
        #expect(table.metadata(for: "IFNG")?.hgnc == "HGNC:5438")
        #expect(table.metadata(for: "TGFB1")?.label == nil)
    }
}
