import Foundation
import Testing

@Suite("cytolens text on the bundled HTML and plain text samples")
struct TextCommandSampleTests {
    @Test("The sample page and abstract are detected, read and split end to end")
    func samples() throws {
        let html = TestPaths.corpus.appendingPathComponent("html/sample-article.html").path
        let text = TestPaths.corpus.appendingPathComponent("text/sample-abstract.txt").path
        let result = try CLIRunner.run(["text", html, text])
        #expect(result.status == 0, "\(result.stderr)")
        let docs = try result.jsonLines()
        try #require(docs.count == 2)
        let page = try #require(docs[0]["document"] as? [String: Any])
        #expect(page["doi"] as? String == "10.99999/jio.2024.0042")
        let pagePassages = try #require(docs[0]["passages"] as? [[String: Any]])
        #expect(pagePassages.count == 15)
        #expect(!result.stdout.contains("cookie") && !result.stdout.contains("Sign in") && !result.stdout.contains("References"))
        let abstract = try #require(docs[1]["passages"] as? [[String: Any]])
        #expect(abstract.map { $0["type"] as? String } == ["title", "abstract", "abstract", "abstract", "abstract"])
        let sentences = try #require(docs[1]["sentences"] as? [[String: Any]])
        #expect(sentences.count == 14)
    }
}
