import ArgumentParser
import CytoLens
import Foundation

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (walked recursively); '-' reads standard input.")
    var inputs: [String] = []

    @Option(
        help:
            "Read every input as this format instead of detecting it (\(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")))."
    )
    var format: InputFormat?

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores). Output is the same for any value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.isEmpty { throw ValidationError("No input given: name files, folders, or '-' for standard input.") }
    }
}

extension InputFormat: ExpressibleByArgument {}
