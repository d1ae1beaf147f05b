import ArgumentParser
import CytoLens

/// `cytolens graph`: articles or `cytolens tag` output in, the cytokine interaction graph out.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the cytokine graph: roles in cancer, relations, co-occurrence, with evidence.",
        discussion: """
            Inputs are articles in any format cytolens reads (tagged on the fly) or the JSON Lines \
            of `cytolens tag` (a .jsonl/.jsonl.gz file, or content starting with {"document"). \
            `--format partial` writes the mergeable sums: `cytolens merge` of the partials of any \
            split of the inputs writes the same bytes as one `cytolens graph` over all of them. \
            Scores and the JSON schema: docs/graph.md.
            """
    )

    @Argument(help: "Article files, `cytolens tag` JSON Lines, or folders (walked recursively); '-' reads standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("input-format"), help: "Read every article as this format instead of detecting it.")
    var inputFormat: InputFormat?

    @OptionGroup var output: GraphOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("No input given: name files, folders, or '-' for standard input.") }
    }

    func run() throws {
        Console.setUp()
        let metadata = try output.metadata()
        let builder = GraphPartialBuilder(evidenceLimit: output.maxEvidence ?? 3)
        let annotator = Annotator()
        let loader = ArticleLoader(format: inputFormat)
        var total = GraphPartial(evidenceLimit: builder.evidenceLimit)
        let failures = GraphInputs(paths: inputs).forEach(alwaysLines: false) { opened, fail in
            switch opened {
            case .article(let input):
                do {
                    try loader.read(input) { article in total.merge(builder.partial(for: annotator.annotate(article))) }
                } catch {
                    fail(error as? IngestError ?? IngestError(source: input.source, message: String(describing: error)))
                }
            case .lines(let reader):
                let source = reader.source
                GraphInputs.forEachLine(reader, source: source, fail: fail) { line, number in
                    let annotations: DocumentAnnotations
                    do throws(AnnotationsJSONReader.ReadError) {
                        annotations = try AnnotationsJSONReader.annotations(fromLine: line)
                    } catch {
                        fail(IngestError(source: source, line: number, column: 1, message: error.message))
                        return
                    }
                    total.merge(builder.partial(for: annotations))
                }
            }
        }
        try GraphWriter(options: output).write(total, metadata: metadata)
        try BatchRunner.finish(failures: failures)
    }
}
