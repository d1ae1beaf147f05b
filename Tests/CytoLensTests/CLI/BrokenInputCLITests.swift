import Foundation
import Testing

/// One broken input and exactly what cytolens must say about it.
struct BrokenInput: Sendable, CustomTestStringConvertible {
    /// The file name, relative to the folder cytolens runs in.
    var name: String
    var bytes: [UInt8]
    /// The error line without the file name: `LINE:COL: message` or `message`.
    var error: String
    /// The sources of the articles read before the problem was found.
    var before: [String] = []

    var testDescription: String { name }
}

/// Broken files among good ones: each gives exactly one error line naming the file and the
/// problem (`FILE:LINE:COL: message` where the parser knows the place), the good files around it
/// are still read, and the exit status is 1.
@Suite("cytolens on broken input")
struct BrokenInputCLITests {
    static let cases: [BrokenInput] = {
        let pubmed = Array(HostileSamples.pubmed(records: 3).utf8)
        let secondRecord = find("<PubmedArticle>", in: pubmed, after: 100)!
        var cases: [BrokenInput] = []

        cases.append(
            BrokenInput(
                name: "truncated.xml", bytes: Array(pubmed[..<(secondRecord + 60)]),
                error: "7:61: Couldn't find end of Start Tag Articl", before: ["truncated.xml#1"]))
        cases.append(
            BrokenInput(
                name: "mismatched.xml", bytes: replacing("</Article>", with: "</Artikel>", in: pubmed, count: 1),
                error: "6:11: Opening and ending tag mismatch: Article line 3 and Artikel"))
        cases.append(
            BrokenInput(
                name: "undeclared-latin1.xml", bytes: replacing("TNF-α", with: [0x54, 0xE9], in: pubmed, count: 1),
                error: "5:63: Input is not proper UTF-8, indicate encoding !\\nBytes: 0xE9 0x20 0x68 0x61"))
        cases.append(
            BrokenInput(
                name: "unknown-encoding.xml", bytes: replacing("UTF-8", with: "x-cytolens", in: pubmed, count: 1),
                error: "1:42: Unsupported encoding x-cytolens"))
        cases.append(
            BrokenInput(
                name: "mislabelled-utf16.xml", bytes: replacing("UTF-8", with: "UTF-16", in: pubmed, count: 1),
                error: "1:38: Document labelled UTF-16 but has UTF-8 content"))
        cases.append(
            BrokenInput(
                name: "undecodable-euc-jp.xml",
                bytes: replacing(
                    "TNF-α", with: [0xFF, 0xFF, 0xFE], in: replacing("UTF-8", with: "EUC-JP", in: pubmed, count: 1)),
                error: "input conversion failed due to input error, bytes 0xFF 0xFF 0xFE 0x20"))
        var early = pubmed
        early.insert(0, at: 60)
        cases.append(BrokenInput(name: "nul-early.xml", bytes: early, error: "binary file (contains NUL bytes), not an article"))
        let longer = Array(HostileSamples.pubmed(records: 8).utf8)
        var late = longer
        late.insert(0, at: find("invented study 91000006", in: longer)!)
        cases.append(
            BrokenInput(
                name: "nul-late.xml", bytes: late, error: "24:46: Char 0x0 out of allowed range",
                before: (1...5).map { "nul-late.xml#\($0)" }))
        cases.append(
            BrokenInput(
                name: "image.xml", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8),
                error: "binary file (PNG), not an article"))
        cases.append(
            BrokenInput(
                name: "paper.xml", bytes: Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8),
                error: "binary file (PDF), not an article"))
        cases.append(BrokenInput(name: "empty.xml", bytes: [], error: "empty file"))
        let depth = 100_000
        cases.append(
            BrokenInput(
                name: "deep-pubmed.xml",
                bytes: Array(
                    ("<PubmedArticleSet>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
                        + "</PubmedArticleSet>").utf8),
                error: "1:789: Excessive depth in document: 256 use XML_PARSE_HUGE option"))
        cases.append(
            BrokenInput(
                name: "deep-bioc.xml",
                bytes: Array(
                    ("<collection><document><id>1</id><passage><offset>0</offset><text>" + String(repeating: "<b>", count: depth)
                        + String(repeating: "</b>", count: depth) + "</text></passage></document></collection>").utf8),
                error: "1:827: Excessive depth in document: 256 use XML_PARSE_HUGE option"))
        let attributes = (0..<100_000).map { "data-\($0)=\"\($0)\"" }.joined(separator: " ")
        cases.append(
            BrokenInput(
                name: "attributes.nxml", bytes: Array("<article>\n<body \(attributes)><p>IL-6</p></body></article>\n".utf8),
                error: "2:7475: an element has more than 512 attributes"))
        let jats = Array(HostileSamples.jats(id: 95_000_001).utf8)
        cases.append(
            BrokenInput(
                name: "truncated.nxml", bytes: Array(jats[..<(jats.count * 2 / 3)]),
                error: "6:21: expected '>'"))
        cases.append(
            BrokenInput(
                name: "deep-jats.nxml",
                bytes: Array(
                    ("<article><body>" + String(repeating: "<sec>", count: depth) + String(repeating: "</sec>", count: depth)
                        + "</body></article>").utf8),
                error: "1:1291: Excessive depth in document: 256 use XML_PARSE_HUGE option"))
        let laughs =
            "<!DOCTYPE article [<!ENTITY a0 \"lol\">"
            + (1...9).map { "<!ENTITY a\($0) \"" + String(repeating: "&a\($0 - 1);", count: 10) + "\">" }.joined()
            + "]>\n<article><body><p>IL-6 &a9;</p></body></article>\n"
        cases.append(
            BrokenInput(name: "laughs.nxml", bytes: Array(laughs.utf8), error: "1:5: Detected an entity reference loop"))
        cases.append(
            BrokenInput(
                name: "not-pubtator.txt",
                bytes: Array((HostileSamples.pubtator(id: 1).dropLast() + "1|a|more\njust words\n").utf8),
                error: "4:1: not a PubTator line (expected ID|t|text, ID|a|text or tab-separated fields)"))
        return cases
    }()

    @Test("One error line, the neighbours read, exit status 1", arguments: cases)
    func brokenAmongGood(_ broken: BrokenInput) throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try HostileSamples.write(HostileSamples.text(number: 1), to: folder, name: "good-a.txt")
        try HostileSamples.write(broken.bytes, to: folder, name: broken.name)
        try HostileSamples.write(HostileSamples.text(number: 2), to: folder, name: "good-z.txt")
        let start = Date()
        let result = try CLIRunner.run(["text", "good-a.txt", broken.name, "good-z.txt"], directory: folder)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 1)
        let separator = broken.error.first?.isNumber == true ? ":" : ": "
        #expect(result.stderr == "\(broken.name)\(separator)\(broken.error)\ncytolens: 1 input failed\n")
        #expect(try HostileSamples.sources(result) == ["good-a.txt"] + broken.before + ["good-z.txt"])
    }

    @Test("A truncated or corrupt .gz file is an error; the records before the damage are kept")
    func damagedGzip() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = (1...3000).map { "Sentence \($0) says IL-\($0 % 37) acts on tumour \($0 * 7919 % 1000)." }.joined(
            separator: " ")
        let packedText = try HostileSamples.gzip(Array(text.utf8))
        try HostileSamples.write(Array(packedText.prefix(packedText.count / 2)), to: folder, name: "cut.txt.gz")
        let packedXML = try HostileSamples.gzip(Array(HostileSamples.pubmed(records: 400).utf8))
        try HostileSamples.write(Array(packedXML.prefix(packedXML.count / 2)), to: folder, name: "cut.xml.gz")
        var corrupt = packedXML
        for i in 100..<140 { corrupt[i] ^= 0xA5 }
        try HostileSamples.write(corrupt, to: folder, name: "corrupt.xml.gz")
        try HostileSamples.write(HostileSamples.text(number: 1), to: folder, name: "good.txt")

        let result = try CLIRunner.run(["text", "cut.txt.gz", "cut.xml.gz", "corrupt.xml.gz", "good.txt"], directory: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "cut.txt.gz: truncated gzip data\ncut.xml.gz: truncated gzip data\ncorrupt.xml.gz: corrupt gzip data\ncytolens: 3 inputs failed\n"
        )
        let sources = try HostileSamples.sources(result)
        let streamed = sources.filter { $0.hasPrefix("cut.xml.gz#") }
        // Half of the compressed file holds about half of the records, all of them whole.
        #expect((150..<250).contains(streamed.count))
        #expect(streamed == (1...streamed.count).map { "cut.xml.gz#\($0)" })
        #expect(sources.last == "good.txt")
    }

    private static func find(_ needle: String, in bytes: [UInt8], after start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    private static func replacing(_ needle: String, with replacement: String, in bytes: [UInt8], count: Int = .max) -> [UInt8] {
        replacing(needle, with: Array(replacement.utf8), in: bytes, count: count)
    }

    private static func replacing(_ needle: String, with replacement: [UInt8], in bytes: [UInt8], count: Int = .max) -> [UInt8] {
        var output = bytes
        var from = 0
        for _ in 0..<count {
            guard let at = find(needle, in: output, after: from) else { break }
            output.replaceSubrange(at..<(at + needle.utf8.count), with: replacement)
            from = at + replacement.count
        }
        return output
    }
}
