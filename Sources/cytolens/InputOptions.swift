import ArgumentParser
import CytoLens

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (walked recursively); '-' reads standard input.")
    var inputs: [String] = []

    @Option(
        help:
            "Read every input as this format instead of detecting it (\(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")))."
    )
    var format: InputFormat?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("No input given: name files, folders, or '-' for standard input.") }
    }
}

extension InputFormat: ExpressibleByArgument {}
