import Foundation
import Testing

/// `cytolens … | head -1`: when the reader of standard output goes away, cytolens stops quietly
/// with status 0, printing nothing on standard error.
@Suite("cytolens writing to a closed pipe")
struct ClosedPipeCLITests {
    struct Run: Sendable, CustomTestStringConvertible {
        var command: String
        var jobs: Int
        var testDescription: String { "\(command) --jobs \(jobs)" }
    }

    static let runs = ["text", "tag"].flatMap { command in [1, 2].map { Run(command: command, jobs: $0) } }

    @Test("head -1 gets one line; cytolens exits 0 and says nothing", arguments: runs)
    func headCutsTheOutput(_ run: Run) throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = folder.appendingPathComponent("status").path
        let errors = folder.appendingPathComponent("stderr").path
        // The bundled corpus three times over is several times what a pipe buffers, so cytolens
        // is still writing when head exits.
        let script = """
            { "$CYTOLENS" \(run.command) --jobs \(run.jobs) corpus/ corpus/ corpus/ 2>"$ERRORS"; echo $? >"$STATUS"; } | head -1
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = TestPaths.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["CYTOLENS": TestPaths.binary.path, "STATUS": status, "ERRORS": errors]
        ) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(printed.hasPrefix("{\"document\":{\"source\":\"corpus/"))
        #expect(printed.filter { $0 == "\n" }.count == 1)
        #expect(try String(contentsOfFile: status, encoding: .utf8) == "0\n")
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "")
    }
}
