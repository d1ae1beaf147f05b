import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Awkward things in the file system: pipes, devices and broken or looping links inside a walked
/// folder, unreadable files, and file names with spaces, quotes and line breaks.
@Suite("cytolens on awkward files and folders")
struct FileSystemCLITests {
    private func link(_ name: String, to destination: String, in folder: URL) throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(name).path, withDestinationPath: destination)
    }

    @Test("A folder with a named pipe, broken and looping links: each reported, nothing opened or followed")
    func awkwardFolder() throws {
        let root = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try HostileSamples.write(HostileSamples.text(number: 1), to: folder, name: "a-good.txt")
        try HostileSamples.write(HostileSamples.text(number: 2), to: folder, name: "sub/z-good.txt")
        // Opening a pipe that nobody writes blocks forever: it must never be opened.
        #expect(mkfifo(folder.appendingPathComponent("pipe.xml").path, 0o644) == 0)
        try link("to-pipe.xml", to: "pipe.xml", in: folder)
        try link("dangling.xml", to: "nowhere.xml", in: folder)
        try link("loop-a.xml", to: "loop-b.xml", in: folder)
        try link("loop-b.xml", to: "loop-a.xml", in: folder)
        try link("self.xml", to: "self.xml", in: folder)
        try link("to-good.txt", to: "a-good.txt", in: folder)
        // Links to folders are not followed, so these cannot make the walk go round.
        try link("sub/up.xml", to: "..", in: folder)
        try link("root.xml", to: "/", in: folder)
        // Entries without an article name are not looked at, whatever they are.
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o644) == 0)
        try link("loop", to: "loop", in: folder)
        try HostileSamples.write("notes", to: folder, name: "notes.md")

        let result = try CLIRunner.run(["text", "in"], directory: root, timeout: 60)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                in/dangling.xml: broken symbolic link
                in/loop-a.xml: symbolic link loop
                in/loop-b.xml: symbolic link loop
                in/pipe.xml: not a regular file (named pipe)
                in/self.xml: symbolic link loop
                in/to-pipe.xml: not a regular file (named pipe)
                cytolens: 6 inputs failed

                """)
        #expect(try HostileSamples.sources(result) == ["in/a-good.txt", "in/sub/z-good.txt", "in/to-good.txt"])
    }

    @Test("Named on the command line, a link loop and a missing file are errors; a pipe is read")
    func awkwardArguments() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try link("loop", to: "loop", in: folder)
        try link("dangling.txt", to: "gone.txt", in: folder)
        let result = try CLIRunner.run(
            ["text", "loop", "dangling.txt", "missing.txt", "/dev/stdin"], stdin: Data(HostileSamples.text(number: 3).utf8),
            directory: folder, timeout: 60)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "loop: symbolic link loop\ndangling.txt: broken symbolic link\nmissing.txt: no such file or directory\ncytolens: 3 inputs failed\n"
        )
        #expect(try HostileSamples.sources(result) == ["/dev/stdin"])
    }

    /// How to run cytolens as a user who cannot read a mode-000 file: as we are, or, as root
    /// (who reads anything), as `nobody` through `setpriv`.
    static let unprivileged: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }()

    @Test(
        "A file the user may not read is one error line",
        .enabled(if: unprivileged != nil, "running as root without setpriv to drop privileges"))
    func unreadableFile() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = try HostileSamples.write(HostileSamples.text(number: 1), to: folder, name: "secret.txt")
        try HostileSamples.write(HostileSamples.text(number: 2), to: folder, name: "shared.txt")
        #expect(chmod(secret.path, 0) == 0)
        #expect(chmod(folder.path, 0o755) == 0)
        let result = try CLIRunner.run(["text", "."], directory: folder, launcher: Self.unprivileged ?? [])
        #expect(result.status == 1)
        #expect(result.stderr == "./secret.txt: permission denied\ncytolens: 1 input failed\n")
        #expect(try HostileSamples.sources(result) == ["./shared.txt"])
    }

    static let awkwardNames = [
        "with space.txt", "double\"quote.xml", "single'quote.pubtator", "new\nline.xml", "tab\there.txt",
        "back\\slash.xml", "percent%20encoded.xml", "hash#and?query.xml", "http:colon.xml", "ünïcødé 文献.txt",
    ]

    @Test("File names with spaces, quotes, line breaks and URL syntax are read and named exactly")
    func awkwardNames() throws {
        let root = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (i, name) in Self.awkwardNames.enumerated() {
            let content =
                name.hasSuffix(".xml")
                ? HostileSamples.pubmed(records: 1, firstPMID: 94_000_000 + i)
                : name.hasSuffix(".pubtator") ? HostileSamples.pubtator(id: i) : HostileSamples.text(number: i)
            try HostileSamples.write(content, to: folder, name: name)
        }
        let walked = try CLIRunner.run(["text", "in"], directory: root)
        #expect(walked.status == 0, "\(walked.stderr)")
        let sorted = Self.awkwardNames.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let expected = sorted.map { "in/" + $0 + ($0.hasSuffix(".txt") ? "" : "#1") }
        #expect(try HostileSamples.sources(walked) == expected)

        let named = try CLIRunner.run(["text"] + Self.awkwardNames.map { "in/" + $0 }, directory: root)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try HostileSamples.sources(named).sorted() == expected.sorted())
    }

    @Test("A broken file with a line break in its name is still one error line, the break escaped")
    func brokenAwkwardName() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try HostileSamples.write("<PubmedArticleSet><oops></PubmedArticleSet>", to: folder, name: "bad\nname \"1\".xml")
        let result = try CLIRunner.run(["text", "."], directory: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "./bad\\nname \"1\".xml:1:44: Opening and ending tag mismatch: oops line 1 and PubmedArticleSet\ncytolens: 1 input failed\n"
        )
    }
}
