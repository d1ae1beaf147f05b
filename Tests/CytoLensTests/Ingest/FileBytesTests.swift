import Foundation
import Testing

@testable import CytoLens

@Suite("Reading file bytes")
struct FileBytesTests {
    @Test("Reads files whole or up to a limit, as they are on disk", arguments: [0, 1, 4096, 65_536, 65_537, 300_001])
    func readsWholeAndPrefix(_ size: Int) throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("f.xml").path
        let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(content)))
        #expect(FileBytes.read(path) == content)
        #expect(FileBytes.read(path, limit: 65_536) == Array(content.prefix(65_536)))
        #expect(FileBytes.read(path, limit: 10) == Array(content.prefix(10)))
    }

    @Test("Reads a file with no size to report, such as a file in /proc")
    func readsFileWithoutSize() throws {
        let bytes = try #require(FileBytes.read("/proc/self/status"))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
    }

    @Test("A missing file or a folder cannot be read")
    func failures() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileBytes.read(folder.appendingPathComponent("missing.xml").path) == nil)
        #expect(FileBytes.read(folder.path) == nil)
    }
}
