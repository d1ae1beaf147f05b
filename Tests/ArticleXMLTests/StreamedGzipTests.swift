import ArticleXML
import Foundation
import Testing

/// A streamed XML file that is gzip'd is decompressed by cytolens, not libxml2, so that a
/// truncated or corrupt stream is an error (libxml2 ends such input quietly) and the
/// decompressed size is capped.
@Suite("Streamed gzip files")
struct StreamedGzipTests {
    /// Three records in a set, about 60 KiB: long enough to span several reads.
    static let document: [UInt8] = {
        let record = "<r><t>" + String(repeating: "IL-6 drives STAT3 signalling in tumour cells. ", count: 400) + "</t></r>\n"
        return Array(("<?xml version=\"1.0\"?>\n<set>\n" + String(repeating: record, count: 3) + "</set>\n").utf8)
    }()

    private func records(in file: URL, limit: Int = Int.max) throws -> (count: Int, error: MarkupError?) {
        var count = 0
        do {
            try RecordStream(.file(file.path), decompressedLimit: limit).forEachRecord(named: ["r"]) { _ in count += 1 }
            return (count, nil)
        } catch let error as MarkupError {
            return (count, error)
        }
    }

    @Test("A whole gzip file streams like the plain file, concatenated members included")
    func whole() throws {
        let folder = try Scratch()
        let gz = try folder.gzip(Self.document, name: "set.xml.gz")
        #expect(try records(in: gz).count == 3)
        #expect(try records(in: gz).error == nil)
        let plain = try folder.write(Self.document, name: "set.xml")
        #expect(try records(in: plain).count == 3)
        let half = Self.document.count / 2
        let members =
            try Data(contentsOf: try folder.gzip(Array(Self.document[..<half]), name: "a.gz"))
            + Data(contentsOf: try folder.gzip(Array(Self.document[half...]), name: "b.gz"))
        let joined = try folder.write([UInt8](members), name: "joined.xml.gz")
        #expect(try records(in: joined).count == 3)
    }

    @Test("A truncated gzip file reports the records before the cut, then 'truncated gzip data'")
    func truncated() throws {
        let folder = try Scratch()
        let whole = try Data(contentsOf: try folder.gzip(Self.document, name: "set.xml.gz"))
        let cut = try folder.write([UInt8](whole.prefix(whole.count - 20)), name: "cut.xml.gz")
        let result = try records(in: cut)
        #expect(result.count == 2)
        #expect(result.error?.message == "truncated gzip data")
    }

    @Test("Corrupt gzip data is an error")
    func corrupt() throws {
        let folder = try Scratch()
        var bytes = [UInt8](try Data(contentsOf: try folder.gzip(Self.document, name: "set.xml.gz")))
        for i in 40..<60 { bytes[i] ^= 0x5A }
        let broken = try folder.write(bytes, name: "broken.xml.gz")
        #expect(try records(in: broken).error?.message == "corrupt gzip data")
    }

    @Test("Decompressing past the limit stops with an error that names the limit")
    func bomb() throws {
        let folder = try Scratch()
        let bomb = Array("<set>".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 4 << 20) + Array("</set>".utf8)
        let gz = try folder.gzip(bomb, name: "bomb.xml.gz")
        #expect(try FileManager.default.attributesOfItem(atPath: gz.path)[.size] as? Int ?? 0 < 20_000)
        let result = try records(in: gz, limit: 1 << 20)
        #expect(result.error?.message == "decompressed size exceeds the input size limit of 1048576 bytes")
        #expect(try records(in: gz).error == nil)
    }

    @Test("A file that cannot be opened is an error naming the reason")
    func missing() throws {
        let folder = try Scratch()
        #expect(try records(in: folder.url.appendingPathComponent("absent.xml")).error?.message == "no such file")
        #expect(try records(in: folder.url).error?.message == "is a directory")
    }
}

/// A temporary folder, removed when the value goes away.
private final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-gzip-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ bytes: [UInt8], name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    /// `bytes` compressed with the system `gzip`.
    func gzip(_ bytes: [UInt8], name: String) throws -> URL {
        let plain = try write(bytes, name: name + ".plain")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", plain.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try write([UInt8](compressed), name: name)
    }
}
