import Foundation
import Testing

@Suite("cytolens tag and the lexicon options")
struct TagCommandTests {
    static let text = "IL-6 and TNF-α drive tumors; rhIL-2 was given. IL-6R was blocked.\n"

    static func mentions(_ result: CLIResult) throws -> [[String: Any]] {
        let docs = try result.jsonLines()
        return try #require(docs.first?["mentions"] as? [[String: Any]])
    }

    @Test("Writes mentions whose offsets slice the passage text (the Python rule)")
    func mentionsFollowTheOffsetRule() throws {
        let result = try CLIRunner.run(["tag", "--format", "text", "-"], stdin: Data(Self.text.utf8))
        #expect(result.status == 0)
        let doc = try #require(try result.jsonLines().first)
        let passages = try #require(doc["passages"] as? [[String: Any]])
        let mentions = try Self.mentions(result)
        #expect(mentions.compactMap { $0["cytokine"] as? String } == ["IL6", "TNF", "IL2"])
        #expect(mentions.compactMap { $0["receptor"] as? String } == ["IL6R"])
        #expect(mentions.first?["hgnc"] as? String == "HGNC:6018")
        for mention in mentions {
            let start = try #require(mention["start"] as? Int)
            let end = try #require(mention["end"] as? Int)
            let passage = try #require(passages.first { ($0["offset"] as! Int) <= start })
            let scalars = Array((passage["text"] as! String).unicodeScalars)
            let offset = passage["offset"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[(start - offset)..<(end - offset)])) == mention["text"] as? String)
        }
    }

    @Test("The built-in lexicon works from another folder and from a copied binary")
    func builtInLexiconTravelsWithTheBinary() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("cytolens")
        try FileManager.default.copyItem(at: TestPaths.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["tag", "--format", "text", "-"]
        process.currentDirectoryURL = folder
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(Self.text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains(#""cytokine":"IL6""#))
    }

    @Test("--lexicon DIR extends the built-in names; --lexicon-replace replaces files")
    func userLexicon() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("name\tkind\ttarget\tcase\tflags\tsource\nTumorkine-9\tcytokine\tIL6\tinsensitive\t\tuser\n".utf8)
            .write(to: folder.appendingPathComponent("names.tsv"))
        let input = Data("Tumorkine-9 and IL-6 were measured.\n".utf8)
        let extended = try CLIRunner.run(["tag", "--format", "text", "--lexicon", folder.path, "-"], stdin: input)
        #expect(try Self.mentions(extended).compactMap { $0["text"] as? String } == ["Tumorkine-9", "IL-6"])
        let replaced = try CLIRunner.run(
            ["tag", "--format", "text", "--lexicon", folder.path, "--lexicon-replace", "-"], stdin: input)
        #expect(try Self.mentions(replaced).compactMap { $0["text"] as? String } == ["Tumorkine-9"])
    }

    @Test("A lexicon folder with errors stops tag with the errors listed and status 64")
    func brokenLexicon() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("name\tkind\ttarget\tcase\tflags\tsource\nFoo\tcytokine\tNOPE\tinsensitive\t\tuser\n".utf8)
            .write(to: folder.appendingPathComponent("names.tsv"))
        let result = try CLIRunner.run(["tag", "--lexicon", folder.path, "-"], stdin: Data("IL-6\n".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("names.tsv:2: error: 'Foo': unknown cytokine NOPE"))
    }
}
