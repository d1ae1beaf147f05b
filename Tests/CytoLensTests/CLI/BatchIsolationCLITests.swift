import Foundation
import Testing

/// One thousand inputs, a tenth of them broken: a broken file costs nothing but its own error
/// line, every other file's output is what it is when read alone, and the number of jobs changes
/// no byte of the output.
@Suite("cytolens on a batch with broken files")
struct BatchIsolationCLITests {
    /// A kind of file in the batch: its extension and content.
    struct Template {
        var suffix: String
        var bytes: [UInt8]
    }

    static func goodTemplates() throws -> [Template] {
        let corpus = TestPaths.corpus
        let pubmed = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("pubmed/sample-pubmed.xml")))
        let bioc = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("bioc/sample.bioc.xml")))
        let pubtator = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("pubtator/sample.pubtator")))
        let jats = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("jats/il6-stat3-tumor-sample.nxml")))
        return [
            Template(suffix: ".xml", bytes: pubmed),
            Template(suffix: ".nxml", bytes: jats),
            Template(suffix: ".nxml.gz", bytes: try HostileSamples.gzip(jats)),
            Template(suffix: ".bioc.xml", bytes: bioc),
            Template(suffix: ".pubtator", bytes: pubtator),
            Template(suffix: ".xml.gz", bytes: try HostileSamples.gzip(pubmed)),
            Template(suffix: ".bioc.xml.gz", bytes: try HostileSamples.gzip(bioc)),
            Template(suffix: ".txt", bytes: Array(HostileSamples.text(number: 5).utf8)),
            Template(
                suffix: ".pubtator",
                bytes: [0xFF, 0xFE]
                    + String(decoding: pubtator, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ]
    }

    static func brokenTemplates() throws -> [Template] {
        let corpus = TestPaths.corpus
        let pubmed = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("pubmed/sample-pubmed.xml")))
        let bioc = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("bioc/sample.bioc.xml")))
        let jats = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("jats/il6-stat3-tumor-sample.nxml")))
        let text = Array(
            (1...2000).map { "Note \($0) on IL-\($0 % 37) and tumour \($0 * 7919 % 1000)." }.joined(separator: " ").utf8)
        let packed = try HostileSamples.gzip(text)
        var mismatched = bioc
        if let at = mismatched.lastIndex(of: UInt8(ascii: "/")) { mismatched[at + 1] = UInt8(ascii: "X") }
        return [
            Template(suffix: ".xml", bytes: Array(pubmed.prefix(pubmed.count * 2 / 3))),
            Template(suffix: ".nxml", bytes: Array(jats.prefix(jats.count / 2))),
            Template(suffix: ".bioc.xml", bytes: Array(bioc.prefix(bioc.count / 2))),
            Template(suffix: ".bioc.xml", bytes: mismatched),
            Template(suffix: ".xml", bytes: []),
            Template(suffix: ".xml", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]),
            Template(suffix: ".txt.gz", bytes: Array(packed.prefix(packed.count / 2))),
            Template(suffix: ".xml", bytes: Array("<?xml version=\"1.0\"?>\n<unknown-root/>\n".utf8)),
            Template(suffix: ".xml", bytes: Array((String(repeating: "<PubmedArticleSet>", count: 300)).utf8)),
            Template(suffix: ".pubtator", bytes: Array("1|t|A title\nnot pubtator at all\n".utf8)),
        ]
    }

    /// A fixed pseudo-random order (SplitMix64), so the broken files fall in the same places on
    /// every run.
    static func shuffled(_ count: Int) -> [Int] {
        var state: UInt64 = 0x5EED_C0FF_EE
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var indices = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) { indices.swapAt(i, Int(next() % UInt64(i + 1))) }
        return indices
    }

    /// What cytolens prints for `template` read alone under the name `name`, with that name
    /// replaced by `{}` so that it can stand for any file of that template.
    private func aloneOutput(_ template: Template, in folder: URL) throws -> (stdout: [String], stderr: [String]) {
        let name = "alone" + template.suffix
        try HostileSamples.write(template.bytes, to: folder, name: name)
        let result = try CLIRunner.run(["text", name], directory: folder)
        let stdout = result.lines.map { $0.replacingOccurrences(of: "\"source\":\"\(name)", with: "\"source\":\"{}") }
        let stderr = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(name) }.map {
            "{}" + $0.dropFirst(name.count)
        }
        return (stdout, stderr)
    }

    @Test("1,000 files, 10% broken: each good file as if read alone, exactly the broken ones reported, any --jobs")
    func thousandFiles() throws {
        let root = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let good = try Self.goodTemplates()
        let broken = try Self.brokenTemplates()
        let alone = root.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let goodAlone = try good.map { try aloneOutput($0, in: alone) }
        let brokenAlone = try broken.map { try aloneOutput($0, in: alone) }
        #expect(goodAlone.allSatisfy { !$0.stdout.isEmpty && $0.stderr.isEmpty })
        #expect(brokenAlone.allSatisfy { $0.stderr.count == 1 })

        let batch = root.appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        let brokenIndices = Set(Self.shuffled(1000).prefix(100))
        var expectedStdout: [String] = []
        var expectedStderr: [String] = []
        for i in 0..<1000 {
            let isBroken = brokenIndices.contains(i)
            let kind = isBroken ? i % broken.count : i % good.count
            let template = isBroken ? broken[kind] : good[kind]
            let name = String(format: "f%04d", i) + template.suffix
            try HostileSamples.write(template.bytes, to: batch, name: name)
            let output = isBroken ? brokenAlone[kind] : goodAlone[kind]
            let path = "batch/" + name
            expectedStdout += output.stdout.map { $0.replacingOccurrences(of: "\"source\":\"{}", with: "\"source\":\"\(path)") }
            expectedStderr += output.stderr.map { path + $0.dropFirst(2) }
        }
        expectedStderr.append("cytolens: 100 inputs failed")

        let one = try CLIRunner.run(["text", "--jobs", "1", "batch"], directory: root)
        let two = try CLIRunner.run(["text", "--jobs", "2", "batch"], directory: root)
        #expect(one.status == 1 && two.status == 1)
        #expect(one.lines == expectedStdout)
        #expect(one.stderr.split(separator: "\n").map(String.init) == expectedStderr)
        #expect(one.stdout == two.stdout)
        #expect(one.stderr == two.stderr)

        // And a sample of files read alone under their own names, no templates involved.
        for i in Self.shuffled(1000).suffix(15) where !brokenIndices.contains(i) {
            let name = try #require(
                try FileManager.default.contentsOfDirectory(atPath: batch.path).first { $0.hasPrefix(String(format: "f%04d", i)) }
            )
            let single = try CLIRunner.run(["text", "batch/" + name], directory: root)
            let mine = one.lines.filter { $0.contains("\"source\":\"batch/\(name)") }
            #expect(single.lines == mine)
        }
    }
}
