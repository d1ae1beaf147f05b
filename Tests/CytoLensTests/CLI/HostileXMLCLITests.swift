import Foundation
import Testing

/// The defusedxml attacks run through the whole command, in every XML format: cytolens opens no
/// file and no socket that a document names, expands nothing, and stays quick. The system calls
/// are watched with `strace`, so the test fails if any reader ever reaches out.
@Suite("cytolens on hostile XML")
struct HostileXMLCLITests {
    static let strace: String? = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The hostile prolog and the place in the body where references go, wrapped in each format.
    static func documents(secret: String, port: Int) -> [(name: String, text: String)] {
        let prolog = """
            <?xml version="1.0"?>
            <?xml-stylesheet type="text/xsl" href="file://\(secret).xsl"?>
            <!DOCTYPE ROOT SYSTEM "http://127.0.0.1:\(port)/evil.dtd" [
            <!ENTITY file SYSTEM "file://\(secret)">
            <!ENTITY web SYSTEM "http://127.0.0.1:\(port)/entity.xml">
            <!ENTITY % remote SYSTEM "file://\(secret).dtd">
            %remote;
            ]>

            """
        let body =
            "IL-6 [&file;] [&web;] <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file://\(secret)\" parse=\"text\"/> end."
        func wrap(_ root: String, _ document: String) -> String {
            prolog.replacingOccurrences(of: "ROOT", with: root) + document
        }
        return [
            (
                "hostile.nxml",
                wrap(
                    "article",
                    "<article><front><article-meta><title-group><article-title>\(body)</article-title></title-group></article-meta></front><body><p>\(body)</p></body></article>\n"
                )
            ),
            (
                "hostile-pubmed.xml",
                wrap(
                    "PubmedArticleSet",
                    "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>\(body)</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n"
                )
            ),
            (
                "hostile.bioc.xml",
                wrap(
                    "collection",
                    "<collection><document><id>1</id><passage><infon key=\"type\">title</infon><offset>0</offset><text>\(body)</text></passage></document></collection>\n"
                )
            ),
        ]
    }

    /// Runs `arguments` under strace; returns the command's result and the traced calls.
    private func traced(_ arguments: [String], in folder: URL) throws -> (result: CLIResult, calls: String) {
        let trace = folder.appendingPathComponent("trace.txt")
        let strace = try #require(Self.strace)
        let result = try CLIRunner.run(
            arguments, directory: folder,
            launcher: [strace, "-f", "-qq", "-o", trace.path, "-e", "trace=open,openat,connect,socket"])
        return (result, try String(contentsOf: trace, encoding: .utf8))
    }

    @Test(
        "External entities, DTDs, parameter entities, XInclude and stylesheets are never fetched",
        .enabled(if: strace != nil, "strace is not installed"))
    func nothingFetched() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret").path
        for suffix in ["", ".xsl", ".dtd"] {
            try Data("TOPSECRET".utf8).write(to: URL(fileURLWithPath: secret + suffix))
        }
        // Control: the trace does show a program opening the secret.
        let control = try traced(["text", secret], in: folder)
        #expect(control.calls.contains(secret))

        let documents = Self.documents(secret: secret, port: 9)
        for (name, text) in documents { try HostileSamples.write(text, to: folder, name: name) }
        let (result, calls) = try traced(["text"] + documents.map(\.name), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("TOPSECRET"))
        #expect(try HostileSamples.sources(result) == ["hostile.nxml", "hostile-pubmed.xml#1", "hostile.bioc.xml#1"])
        // References stay unexpanded: the text keeps only what is around them.
        #expect(result.stdout.contains("IL-6 [] [] end."))
        #expect(!calls.contains(secret))
        #expect(!calls.contains("connect("))
        #expect(!calls.contains("socket("))
    }

    @Test("A quadratic blowup is not expanded and ends quickly")
    func quadraticBlowup() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entity = String(repeating: "A", count: 50_000)
        let references = String(repeating: "&a;", count: 50_000)
        for (name, root, document) in [
            ("blowup.nxml", "article", "<article><body><p>IL-6 \(references) end.</p></body></article>"),
            (
                "blowup.bioc.xml", "collection",
                "<collection><document><id>1</id><passage><offset>0</offset><text>IL-6 \(references) end.</text></passage></document></collection>"
            ),
        ] {
            try HostileSamples.write("<!DOCTYPE \(root) [<!ENTITY a \"\(entity)\">]>\n\(document)\n", to: folder, name: name)
        }
        let start = Date()
        let result = try CLIRunner.run(["text", "blowup.nxml", "blowup.bioc.xml"], directory: folder)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.utf8.count < 10_000)
        #expect(result.stdout.contains("\"text\":\"IL-6 end.\""))
    }
}
