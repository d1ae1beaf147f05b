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

    /// The environment variable that overrides ``ArticleInput/maximumSize``.
    static let sizeLimitVariable = "CYTOLENS_MAX_INPUT_BYTES"

    /// The most bytes one input may hold after decompression: `CYTOLENS_MAX_INPUT_BYTES` when set,
    /// else 512 MiB.
    var sizeLimit: Int {
        ProcessInfo.processInfo.environment[Self.sizeLimitVariable].flatMap { Int($0) } ?? ArticleInput.maximumSize
    }

    func validate() throws {
        if let value = ProcessInfo.processInfo.environment[Self.sizeLimitVariable], (Int(value) ?? 0) < 1 {
            throw ValidationError("\(Self.sizeLimitVariable) must be a positive number of bytes, not '\(value)'.")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.isEmpty { throw ValidationError("No input given: name files, folders, or '-' for standard input.") }
    }
}

extension InputFormat: ExpressibleByArgument {
    // Spelled out: the library's defaults build these with a key path and string descriptions,
    // instantiated at run time at every start, to the same strings.
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}
