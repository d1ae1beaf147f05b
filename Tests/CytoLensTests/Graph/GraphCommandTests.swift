import CytoLens
import Foundation
import Testing

@Suite("cytolens graph and cytolens merge")
struct GraphCommandTests {
    static let shown = ["--include-groups", "--include-cooccurrence"]

    /// The toy-tagged real documents as `cytolens tag` lines.
    static var taggedLines: [String] { RealDocuments.annotations.map { AnnotationsJSON.line($0, layers: true) } }

    static func write(_ lines: [String], to url: URL) throws {
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
    }

    @Test(
        "Graph of tag JSON Lines = graph of stdin = merge of the partials of random splits, byte for byte",
        .enabled(if: !RealDocuments.paths.isEmpty, "no bundled corpus/ and no ../shared/corpus"),
        arguments: [7, 19] as [UInt64])
    func mergeOfSplits(seed: UInt64) throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = Self.taggedLines
        let all = folder.appendingPathComponent("all.jsonl")
        try Self.write(lines, to: all)

        var random = SeededRandom(seed: seed)
        var parts: [String] = []
        for (index, chunk) in lines.shuffled(using: &random).chunked(
            by: Int.random(in: 1...max(lines.count / 3, 1), using: &random)
        )
        .enumerated() {
            let part = folder.appendingPathComponent("part-\(index).jsonl")
            try Self.write(chunk, to: part)
            let partial = folder.appendingPathComponent("part-\(index).partial")
            let made = try CLIRunner.run(["graph", "--format", "partial", part.path, "-o", partial.path])
            try #require(made.status == 0, "\(made.stderr)")
            parts.append(partial.path)
        }
        // A second-level merge of half the partials, as a reducer of reducers would.
        let half = folder.appendingPathComponent("half.partial")
        #expect(try CLIRunner.run(["merge", "--format", "partial", "-o", half.path] + parts.prefix(parts.count / 2)).status == 0)
        let regrouped = [half.path] + parts.dropFirst(parts.count / 2)
        let concatenated = Data(
            try parts.shuffled(using: &random).map { try String(contentsOfFile: $0, encoding: .utf8) }.joined().utf8)

        for format in ["json", "dot", "graphml", "partial"] {
            let reference = try CLIRunner.run(["graph", "--format", format, all.path] + Self.shown)
            try #require(reference.status == 0, "\(reference.stderr)")
            #expect(reference.stdout.count > 1000)
            let piped = try CLIRunner.run(["graph", "--format", format, "-"] + Self.shown, stdin: try Data(contentsOf: all))
            #expect(piped.stdout == reference.stdout, "stdin, \(format)")
            let merged = try CLIRunner.run(["merge", "--format", format] + Self.shown + parts.shuffled(using: &random))
            #expect(merged.status == 0)
            #expect(merged.stdout == reference.stdout, "merge, \(format)")
            #expect(try CLIRunner.run(["merge", "--format", format] + Self.shown + regrouped).stdout == reference.stdout)
            #expect(
                try CLIRunner.run(["merge", "--format", format, "-"] + Self.shown, stdin: concatenated).stdout == reference.stdout
            )
        }
    }

    @Test("gzip'd tag output reads like the plain file", .enabled(if: ExternalTool.find("gzip") != nil, "no gzip"))
    func gzipped() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("tagged.jsonl")
        try Self.write(GraphFixtures.documents.map { AnnotationsJSON.line($0, layers: true) }, to: plain)
        let reference = try CLIRunner.run(["graph", plain.path])
        #expect(try ExternalTool.run(ExternalTool.find("gzip")!, ["-k", plain.path]).status == 0)
        #expect(try CLIRunner.run(["graph", plain.path + ".gz"]).stdout == reference.stdout)
        let zipped = try Data(contentsOf: URL(fileURLWithPath: plain.path + ".gz"))
        #expect(try CLIRunner.run(["graph", "-"], stdin: zipped).stdout == reference.stdout)
        // Content, not the name, tells tag output apart from articles.
        let renamed = folder.appendingPathComponent("tagged.out")
        try FileManager.default.copyItem(at: plain, to: renamed)
        #expect(try CLIRunner.run(["graph", renamed.path]).stdout == reference.stdout)
    }

    @Test(
        "Articles in = `cytolens tag` piped in, for a folder of real articles",
        .enabled(if: !RealDocuments.paths.isEmpty, "no bundled corpus/ and no ../shared/corpus"))
    func articlesEqualTagPipe() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, path) in RealDocuments.paths.enumerated() {
            let name = String(format: "%03d-", index) + URL(fileURLWithPath: path).lastPathComponent
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent(name).path, withDestinationPath: path)
        }
        let direct = try CLIRunner.run(["graph", folder.path] + Self.shown)
        let tagged = try CLIRunner.run(["tag", folder.path])
        let piped = try CLIRunner.run(["graph", "-"] + Self.shown, stdin: Data(tagged.stdout.utf8))
        #expect(direct.stdout == piped.stdout)
        #expect(direct.status == tagged.status)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(direct.stdout.utf8)) as? [String: Any])
        let attributes = try #require(graph["graph"] as? [String: Any])
        #expect(attributes["documents"] as? Int == tagged.lines.count)
    }

    @Test("A bad input is one error line; the graph of the rest is still written; exit status 1")
    func errorsPerFile() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagged = folder.appendingPathComponent("tagged.jsonl")
        let lines = GraphFixtures.documents.map { AnnotationsJSON.line($0, layers: true) }
        try Self.write([lines[0], "{\"document\": broken", lines[1], "", lines[2]], to: tagged)
        let article = folder.appendingPathComponent("article.txt")
        try Data("IL-6 and cancer\n\nIL-6 promotes tumor growth.\n".utf8).write(to: article)
        let result = try CLIRunner.run(["graph", folder.appendingPathComponent("missing.xml").path, tagged.path, article.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.xml: no such file"))
        #expect(result.stderr.contains("tagged.jsonl:2:1: not valid JSON"))
        #expect(result.stderr.contains("2 inputs failed"))
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((graph["graph"] as? [String: Any])?["documents"] as? Int == 4)
    }

    @Test("-o replaces the file atomically and writes what standard output would")
    func outputFile() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagged = folder.appendingPathComponent("tagged.jsonl")
        try Self.write(GraphFixtures.documents.map { AnnotationsJSON.line($0, layers: true) }, to: tagged)
        let target = folder.appendingPathComponent("graph.dot")
        try Data("old".utf8).write(to: target)
        let written = try CLIRunner.run(["graph", "--format", "dot", tagged.path, "-o", target.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        let stdout = try CLIRunner.run(["graph", "--format", "dot", tagged.path]).stdout
        #expect(try String(contentsOf: target, encoding: .utf8) == stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["graph.dot", "tagged.jsonl"])
        let nowhere = try CLIRunner.run(["graph", tagged.path, "-o", folder.appendingPathComponent("no/such/dir/g.json").path])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("cannot write"))
    }

    @Test("--render draws with Graphviz, or says plainly that it is missing")
    func render() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagged = folder.appendingPathComponent("tagged.jsonl")
        try Self.write(GraphFixtures.documents.map { AnnotationsJSON.line($0, layers: true) }, to: tagged)
        if ExternalTool.dot != nil {
            let svg = try CLIRunner.run(["graph", "--render", "svg", tagged.path])
            #expect(svg.status == 0 && svg.stderr.isEmpty)
            #expect(svg.stdout.contains("<svg") && svg.stdout.contains("IL&#45;6"))
            let png = folder.appendingPathComponent("g.png")
            #expect(try CLIRunner.run(["graph", "--render", "png", tagged.path, "-o", png.path]).status == 0)
            #expect(try Data(contentsOf: png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        } else {
            print("skipping the drawing half: Graphviz `dot` is not installed")
        }
        let missing = try ExternalTool.run(
            TestPaths.binary, ["graph", "--render", "svg", tagged.path], environment: ["PATH": folder.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("needs Graphviz's `dot`, which is not on PATH"))
    }

    @Test(
        "Usage errors exit with status 64",
        arguments: [
            ["graph"], ["merge"], ["graph", "--render", "svg", "--format", "json", "x"], ["graph", "--polarity", "evil", "x"],
            ["graph", "--max-evidence", "-1", "x"], ["graph", "--lexicon", "/no/such/folder", "x"],
        ])
    func usage(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test("merge refuses anything but partials, pointing to --format partial")
    func mergeRefusesExports() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagged = folder.appendingPathComponent("tagged.jsonl")
        try Self.write(GraphFixtures.documents.map { AnnotationsJSON.line($0, layers: true) }, to: tagged)
        let export = folder.appendingPathComponent("graph.json")
        #expect(try CLIRunner.run(["graph", tagged.path, "-o", export.path]).status == 0)
        let result = try CLIRunner.run(["merge", export.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "graph.json:1:1: not a cytolens graph partial; make partials with `cytolens graph --format partial`"))
    }

    @Test("Node metadata comes from the built-in lexicon, from any working directory")
    func lexicon() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagged = folder.appendingPathComponent("tagged.jsonl")
        try Self.write(GraphFixtures.documents.map { AnnotationsJSON.line($0, layers: true) }, to: tagged)
        func node(_ result: CLIResult, _ id: String) throws -> [String: Any]? {
            let graph = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let nodes = try #require(graph["nodes"] as? [[String: Any]])
            return nodes.first { $0["id"] as? String == id }
        }
        let result = try CLIRunner.run(["graph", tagged.path], directory: folder)
        #expect(result.status == 0)
        let il6 = try #require(try node(result, "IL6"))
        #expect(il6["family"] as? String == "IL6_FAMILY")
        #expect(il6["hgnc"] as? String == "HGNC:6018")
    }
}
