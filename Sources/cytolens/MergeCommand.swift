import ArgumentParser
import CytoLens

/// `cytolens merge`: adds up graph partials (the reduce step) and writes the graph.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge graph partials (`cytolens graph --format partial`) and write the graph.",
        discussion: """
            Each input holds one partial per line (concatenated partials are fine; gzip'd or not). \
            The order and grouping of the partials never changes the output, so partials of any split \
            of a corpus merge to the bytes `cytolens graph` writes over the whole corpus.
            """
    )

    @Argument(help: "Partial files or folders (walked recursively); '-' reads standard input.")
    var inputs: [String] = []

    @OptionGroup var output: GraphOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("No input given: name partial files, folders, or '-' for standard input.") }
    }

    func run() throws {
        Console.setUp()
        let metadata = try output.metadata()
        var total: GraphPartial?
        let failures = GraphInputs(paths: inputs).forEach(alwaysLines: true) { opened, fail in
            guard case .lines(let reader) = opened else { return }
            let source = reader.source
            GraphInputs.forEachLine(reader, source: source, fail: fail) { line, number in
                do throws(GraphPartialJSON.ReadError) {
                    let partial = try GraphPartialJSON.partial(fromLine: line)
                    if total == nil { total = partial } else { total!.merge(partial) }
                } catch {
                    fail(IngestError(source: source, line: number, column: 1, message: error.message))
                }
            }
        }
        var merged = total ?? GraphPartial(evidenceLimit: output.maxEvidence ?? 3)
        if let limit = output.maxEvidence { merged.lowerEvidenceLimit(to: limit) }
        try GraphWriter(options: output).write(merged, metadata: metadata)
        try BatchRunner.finish(failures: failures)
    }
}
