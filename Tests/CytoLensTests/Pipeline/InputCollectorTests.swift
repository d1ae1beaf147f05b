import CytoLens
import Foundation
import Testing

@Suite("Input collector")
struct InputCollectorTests {
    @Test(
        "Folders yield article files only",
        arguments: [
            ("a.xml", true), ("a.nxml", true), ("A.XML.GZ", true), ("page.html", true), ("x.txt", true),
            ("x.jsonl.gz", true), ("claims.tsv", false), ("README.md", false), ("image.png", false),
            ("noextension", false), ("archive.gz", false),
        ])
    func articleExtensions(name: String, expected: Bool) {
        #expect(InputCollector.hasArticleExtension(name) == expected)
    }

    @Test("Walks folders in byte order, skips hidden files and other extensions, does not follow folder links")
    func walk() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        for name in ["b/z.xml", "a.txt", "B.html", ".hidden.xml", "notes.md"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let paths = InputCollector().collect([folder.path]).compactMap { item -> String? in
            if case .input(let path) = item { return String(path.dropFirst(folder.path.count + 1)) }
            return nil
        }
        #expect(paths == ["B.html", "a.txt", "b/z.xml"])
    }
}
