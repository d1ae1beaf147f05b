import Foundation
import Testing

@Suite("cytolens text on PubMed, BioC and PubTator files")
struct CollectionFormatsCLITests {
    static let samples = ["pubmed/sample-pubmed.xml", "bioc/sample.bioc.xml", "pubtator/sample.pubtator"]

    @Test("Each format is detected and every record is one output line, numbered within its file")
    func samplesByPath() throws {
        let result = try CLIRunner.run(["text"] + Self.samples.map { "corpus/" + $0 }, directory: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let sources = try result.jsonLines().map { ($0["document"] as? [String: Any])?["source"] as? String }
        #expect(
            sources
                == [
                    "pubmed/sample-pubmed.xml#1", "pubmed/sample-pubmed.xml#2", "pubmed/sample-pubmed.xml#3",
                    "bioc/sample.bioc.xml#1", "bioc/sample.bioc.xml#2",
                    "pubtator/sample.pubtator#1", "pubtator/sample.pubtator#2",
                ].map { "corpus/" + $0 })
    }

    @Test("PubMed XML on standard input, gzip'd or not", arguments: [false, true])
    func pubmedFromStdin(gzipped: Bool) throws {
        let plain = TestPaths.corpus.appendingPathComponent(Self.samples[0])
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = gzipped ? folder.appendingPathComponent("sample.xml.gz") : plain
        if gzipped { try GzipTool.compress(plain, to: file) }
        let result = try CLIRunner.run(["text", "-"], stdin: try Data(contentsOf: file))
        #expect(result.status == 0, "\(result.stderr)")
        let docs = try result.jsonLines()
        #expect(docs.map { ($0["document"] as? [String: Any])?["source"] as? String } == ["-#1", "-#2", "-#3"])
        #expect(docs.map { ($0["document"] as? [String: Any])?["pmid"] as? String } == ["90000001", "90000002", "90000003"])
    }
}
