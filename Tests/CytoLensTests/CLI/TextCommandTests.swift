import Foundation
import Testing

@Suite("cytolens text")
struct TextCommandTests {
    @Test("Reads standard input as plain text and writes the output contract")
    func plainTextFromStdin() throws {
        let result = try CLIRunner.run(
            ["text", "-"], stdin: Data("IL-6 and cancer\n\nIL-6 promotes tumor growth. It is dual.\n".utf8))
        #expect(result.status == 0)
        let docs = try result.jsonLines()
        #expect(docs.count == 1)
        let document = try #require(docs[0]["document"] as? [String: Any])
        #expect(document["title"] as? String == "IL-6 and cancer")
        #expect(document["pmid"] is NSNull)
        let passages = try #require(docs[0]["passages"] as? [[String: Any]])
        #expect(passages.map { $0["type"] as? String } == ["title", "paragraph"])
        let sentences = try #require(docs[0]["sentences"] as? [[String: Any]])
        #expect(sentences.count == 3)
    }

    @Test("A missing file is one error line, the other inputs still run, exit status 1")
    func badFileDoesNotStopTheBatch() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try Data("TNF-α kills tumor cells.\n".utf8).write(to: good)
        let result = try CLIRunner.run(["text", folder.appendingPathComponent("missing.xml").path, good.path])
        #expect(result.status == 1)
        #expect(result.lines.count == 1)
        #expect(result.stderr.contains("missing.xml: no such file"))
    }

    @Test("No input is a usage error with status 64")
    func usageError() throws {
        let result = try CLIRunner.run(["text"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage"))
    }
}
