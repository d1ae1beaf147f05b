import Foundation

/// Runs the real `cytolens` binary, as a user would, and captures what it printed.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Standard output split into non-empty lines.
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    /// Each output line decoded as a JSON object.
    func jsonLines() throws -> [[String: Any]] {
        try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
}

enum CLIRunner {
    /// Runs `cytolens ARGS` with optional standard input, in `directory` when given, with
    /// `environment` added to the test's own; a run longer than `timeout` seconds is killed (its
    /// status is then that of SIGKILL) so that a hang fails the test instead of stalling the suite;
    /// `launcher` (a program and its arguments) runs the binary through another program.
    static func run(
        _ arguments: [String], stdin: Data? = nil, directory: URL? = nil, environment: [String: String] = [:],
        timeout: Double = 300, launcher: [String] = []
    ) throws -> CLIResult {
        let process = Process()
        // `launcher` runs the binary through another program, e.g. `setpriv` to drop root.
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [TestPaths.binary.path] + arguments
        } else {
            process.executableURL = TestPaths.binary
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        // A child that exits before reading its input must not kill the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes concurrently with the writer so a large output cannot block the child.
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
