import ArgumentParser
import Foundation

/// Runs Graphviz's `dot` to turn DOT text into an image.
enum Graphviz {
    /// The `dot` executable on `PATH`, or `nil`.
    static var executable: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The image `dot -T<format>` makes of `dot`.
    ///
    /// - Throws: `ExitCode.failure` after a message when `dot` is not installed or fails.
    static func render(_ dot: [UInt8], as format: RenderFormat) throws -> [UInt8] {
        guard let executable else {
            Console.error(
                "cytolens: --render needs Graphviz's `dot`, which is not on PATH; install Graphviz "
                    + "(apt-get install graphviz, brew install graphviz) or write --format dot and render it elsewhere")
            throw ExitCode.failure
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-T\(format.rawValue)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            Console.error("cytolens: cannot run \(executable.path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        // Read both pipes while writing so a large image cannot fill a pipe and stall `dot`.
        nonisolated(unsafe) var image = Data()
        nonisolated(unsafe) var messages = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { image = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { messages = errors.fileHandleForReading.readDataToEndOfFile() }
        try? input.fileHandleForWriting.write(contentsOf: Data(dot))
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        let text = String(decoding: messages, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            Console.error("cytolens: dot failed (status \(process.terminationStatus))\(text.isEmpty ? "" : ": " + text)")
            throw ExitCode.failure
        }
        if !text.isEmpty { Console.error("dot: \(text)") }
        return [UInt8](image)
    }
}
