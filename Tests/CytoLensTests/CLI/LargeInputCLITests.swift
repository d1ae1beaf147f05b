import Foundation
import Testing

/// Inputs that are too big, or made to look small: a long single-line text is read whole, and
/// no input is decompressed or loaded past the input size limit (`CYTOLENS_MAX_INPUT_BYTES`,
/// 512 MiB by default), which the error names.
@Suite("cytolens on large input and gzip bombs")
struct LargeInputCLITests {
    @Test("A 20 MB text on one line is one article, read whole")
    func longSingleLine() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "IL-6 promoted tumour growth in mice (Fig. 2), e.g. via STAT3, while TNF-α killed cells. "
        let count = 20_000_000 / sentence.utf8.count
        var text = String(repeating: sentence, count: count)
        text.removeLast()
        try HostileSamples.write(text, to: folder, name: "long.txt")
        let start = Date()
        let result = try CLIRunner.run(["text", "long.txt"], directory: folder)
        #expect(Date().timeIntervalSince(start) < 120)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let document = try #require(try result.jsonLines().first)
        let passages = try #require(document["passages"] as? [[String: Any]])
        #expect(passages.count == 1)
        #expect((passages.first?["text"] as? String)?.unicodeScalars.count == text.unicodeScalars.count)
        #expect((document["sentences"] as? [Any])?.count == count)
    }

    @Test("Megabytes of white space, in a line or between words, take linear time")
    func longWhiteSpace() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spaces = String(repeating: " ", count: 3 << 20)
        try HostileSamples.write("IL-6" + spaces + "\n" + spaces + "TNF-α kills." + spaces, to: folder, name: "spaces.txt")
        try HostileSamples.write(String(repeating: "\t \u{A0}\n", count: 1 << 20) + "IL-6.", to: folder, name: "blank-lines.txt")
        let start = Date()
        let result = try CLIRunner.run(["text", "spaces.txt", "blank-lines.txt"], directory: folder, timeout: 120)
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(result.status == 0)
        let texts = try result.jsonLines().map { ($0["passages"] as? [[String: Any]])?.compactMap { $0["text"] as? String } }
        #expect(texts == [["IL-6", "TNF-α kills."], ["IL-6."]])
    }

    @Test("A paragraph of 20,000 sentences, each with three cytokines, is graphed in linear time")
    func longParagraphGraph() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every sentence is evidence; cutting each one from the start of its 1.5 MB passage made
        // this take minutes.
        let sentence = "IL-6 promoted tumour growth in mice, whereas TNF-α and IFN-γ killed cells. "
        try HostileSamples.write(String(repeating: sentence, count: 20_000), to: folder, name: "paragraph.txt")
        let start = Date()
        let result = try CLIRunner.run(["graph", "--jobs", "1", "paragraph.txt"], directory: folder, timeout: 180)
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(result.status == 0)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        let mentions = Dictionary(
            uniqueKeysWithValues: nodes.compactMap { node in
                (node["id"] as? String).map { ($0, node["mentions"] as? Int ?? 0) }
            })
        #expect(mentions == ["IL6": 20_000, "TNF": 20_000, "IFNG": 20_000])
    }

    @Test("A run-on sentence of 3,000 mentions is tagged at once: mentions, but no claims or relations")
    func runOnSentence() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // With no full stop this is one sentence; relating each mention to every other one took
        // minutes for 54 KB.
        let clause = "IL-6 promoted growth, TNF-α and IFN-γ killed cells, "
        try HostileSamples.write(String(repeating: clause, count: 1_000), to: folder, name: "run-on.txt")
        let start = Date()
        let result = try CLIRunner.run(["tag", "run-on.txt"], directory: folder, timeout: 180)
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(result.status == 0)
        let document = try #require(try result.jsonLines().first)
        #expect((document["sentences"] as? [Any])?.count == 1)
        #expect((document["mentions"] as? [Any])?.count == 3_000)
        #expect((document["claims"] as? [Any])?.isEmpty == true)
        #expect((document["relations"] as? [Any])?.isEmpty == true)
    }

    @Test("Gzip bombs stop at the limit with an error that says so; the other inputs are read")
    func gzipBombs() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let limit = 1 << 20
        let padding = [UInt8](repeating: UInt8(ascii: " "), count: 3 * limit)
        let textBomb = try HostileSamples.gzip(Array("IL-6".utf8) + padding)
        let xmlBomb = try HostileSamples.gzip(Array("<PubmedArticleSet>".utf8) + padding + Array("</PubmedArticleSet>".utf8))
        #expect(textBomb.count < 10_000 && xmlBomb.count < 10_000)
        try HostileSamples.write(textBomb, to: folder, name: "bomb.txt.gz")
        try HostileSamples.write(xmlBomb, to: folder, name: "bomb.xml.gz")
        try HostileSamples.write(Array("IL-6".utf8) + padding, to: folder, name: "huge.txt")
        try HostileSamples.write(HostileSamples.text(number: 1), to: folder, name: "good.txt")
        let small = ["CYTOLENS_MAX_INPUT_BYTES": String(limit)]

        let result = try CLIRunner.run(
            ["text", "bomb.txt.gz", "bomb.xml.gz", "huge.txt", "good.txt"], directory: folder, environment: small)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                bomb.txt.gz: decompressed size exceeds the input size limit of 1048576 bytes
                bomb.xml.gz: decompressed size exceeds the input size limit of 1048576 bytes
                huge.txt: larger than the input size limit of 1048576 bytes
                cytolens: 3 inputs failed

                """)
        #expect(try HostileSamples.sources(result) == ["good.txt"])

        let piped = try CLIRunner.run(["text", "-"], stdin: Data(xmlBomb), environment: small)
        #expect(piped.status == 1)
        #expect(piped.stderr == "-: decompressed size exceeds the input size limit of 1048576 bytes\ncytolens: 1 input failed\n")

        // Under the default limit the same files are fine.
        let unlimited = try CLIRunner.run(["text", "bomb.txt.gz", "bomb.xml.gz"], directory: folder)
        #expect(unlimited.status == 0, "\(unlimited.stderr)")
        #expect(try HostileSamples.sources(unlimited) == ["bomb.txt.gz"])
    }

    @Test("A limit that is not a positive number is a usage error")
    func badLimit() throws {
        let result = try CLIRunner.run(["text", "-"], stdin: Data(), environment: ["CYTOLENS_MAX_INPUT_BYTES": "lots"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: CYTOLENS_MAX_INPUT_BYTES must be a positive number of bytes, not 'lots'."))
    }
}
