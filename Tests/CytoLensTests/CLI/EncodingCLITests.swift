import Foundation
import Testing

/// Text in other encodings than UTF-8 is read as the same text: UTF-16 with a byte order mark in
/// every format, declared legacy encodings in XML; bytes that are not UTF-8 in plain text become
/// U+FFFD rather than an error.
@Suite("cytolens on other encodings")
struct EncodingCLITests {
    enum Encoding: String, CaseIterable, Sendable {
        case utf8BOM, utf16LE, utf16BE

        func encode(_ text: String) -> [UInt8] {
            switch self {
            case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .utf16LE: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .utf16BE: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            }
        }
    }

    static let samples: [(name: String, text: String)] = [
        ("set.xml", HostileSamples.pubmed(records: 2)),
        ("article.nxml", HostileSamples.jats(id: 95_000_002)),
        ("doc.bioc.xml", HostileSamples.bioc(id: 92_000_001)),
        ("doc.pubtator", HostileSamples.pubtator(id: 93_000_001) + HostileSamples.pubtator(id: 93_000_002)),
        ("note.txt", HostileSamples.text(number: 7)),
    ]

    /// Each output line with the file name taken out of `source`, to compare two files' outputs.
    private func linesWithoutFileName(_ result: CLIResult, _ name: String) -> [String] {
        result.lines.map { $0.replacingOccurrences(of: "\"source\":\"\(name)", with: "\"source\":\"") }
    }

    @Test("UTF-16 and UTF-8 with a byte order mark read exactly like UTF-8", arguments: Encoding.allCases)
    func byteOrderMarks(_ encoding: Encoding) throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.samples {
            try HostileSamples.write(text, to: folder, name: name)
            // The declaration must agree with the byte order mark.
            let declared =
                encoding == .utf8BOM ? text : text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            try HostileSamples.write(encoding.encode(declared), to: folder, name: "\(encoding)-\(name)")
            let plain = try CLIRunner.run(["text", name], directory: folder)
            let encoded = try CLIRunner.run(["text", "\(encoding)-\(name)"], directory: folder)
            #expect(plain.status == 0 && encoded.status == 0, "\(name): \(encoded.stderr)")
            #expect(!plain.lines.isEmpty)
            #expect(linesWithoutFileName(encoded, "\(encoding)-\(name)") == linesWithoutFileName(plain, name), "\(name)")
        }
    }

    @Test("XML declared as ISO-8859-1 or windows-1252 reads like its UTF-8 twin")
    func declaredLegacyEncoding() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = HostileSamples.pubmed(records: 1).replacingOccurrences(of: "TNF-α", with: "TNF-alpha (café, naïve, 5 µM)")
        try HostileSamples.write(text, to: folder, name: "utf8.xml")
        for label in ["ISO-8859-1", "windows-1252"] {
            let legacy = text.replacingOccurrences(of: "UTF-8", with: label).unicodeScalars.map { UInt8($0.value) }
            try HostileSamples.write(legacy, to: folder, name: "\(label).xml")
            let result = try CLIRunner.run(["text", "\(label).xml"], directory: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("TNF-alpha (café, naïve, 5 µM)"))
        }
    }

    @Test("Plain text with bytes that are not UTF-8 is read, each bad byte as U+FFFD")
    func invalidUTF8Text() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = Array("IL-6 promotes growth ".utf8) + [0xFF, 0xC3] + Array(" in mice.\n".utf8)
        try HostileSamples.write(bytes, to: folder, name: "bad.txt")
        let result = try CLIRunner.run(["text", "bad.txt"], directory: folder)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let passages = try #require(try result.jsonLines().first?["passages"] as? [[String: Any]])
        #expect(passages.map { $0["text"] as? String } == ["IL-6 promotes growth \u{FFFD}\u{FFFD} in mice."])
    }
}
