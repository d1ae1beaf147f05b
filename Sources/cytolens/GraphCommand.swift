import ArgumentParser
import CytoLens
import Foundation

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
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.isEmpty { throw ValidationError("No input given: name files, folders, or '-' for standard input.") }
    }

    @Option(name: .shortAndLong, help: "Worker threads for articles (default: all cores). The graph is the same for any value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        Console.setUp()
        // A lexicon folder is loaded, checked and compiled before any input is read, so that its
        // errors stop the command at once. The built-in lexicon cannot fail: it is compiled when
        // the first article needs tagging, and `cytolens tag` output alone never compiles it.
        let folderLexicon = output.lexicon.directory == nil ? nil : try output.lexicon.compiled()
        let folderAnnotator = try folderLexicon.map { try Annotator(lexicon: $0) }
        var builtInAnnotator: Annotator?
        let builder = GraphPartialBuilder(evidenceLimit: output.maxEvidence ?? 3)
        let loader = ArticleLoader(format: inputFormat)
        let total = GraphAccumulator(evidenceLimit: builder.evidenceLimit)
        // The articles of every input are annotated in batches on `jobs` threads; their partials
        // add up in input order (any order would give the same graph: it is a commutative
        // monoid), and error lines come out in input order.
        let pool = OrderedWorkPool<InputPiece>(jobs: max(1, jobs)) { piece in
            switch piece {
            case .partials(let partials): total.add(partials)
            case .end(let failure): total.endInput(failure: failure)
            }
        }
        var failures = GraphInputs(paths: inputs).forEach(alwaysLines: false) { opened, fail in
            switch opened {
            case .article(let input):
                let annotator = folderAnnotator ?? builtInAnnotator ?? Annotator()
                if folderAnnotator == nil { builtInAnnotator = annotator }
                let partials = { @Sendable (articles: [Article]) in
                    articles.map { builder.partial(for: annotator.annotate($0)) }
                }
                pool.submit { unit in
                    let (rest, failure) = ArticleBatches.read(input, with: loader) { batch in
                        unit.spawn { .partials(partials(batch)) }
                    }
                    // A failed input adds nothing to the graph: its last articles need no work.
                    if failure == nil, !rest.isEmpty { unit.emit(.partials(partials(rest))) }
                    unit.emit(.end(failure: failure))
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
        pool.waitUntilDone()
        failures += total.failures
        // The compiled lexicon in use gives the metadata; a run that compiled none asks the options.
        let compiled = folderLexicon ?? builtInAnnotator?.lexicon
        let metadata = try compiled.map { NodeMetadataTable(lexicon: $0) } ?? output.metadata()
        try GraphWriter(options: output).write(total.partial, metadata: metadata)
        try BatchRunner.finish(failures: failures)
    }
}

/// What a piece of one article input adds to the graph, in input order: the partials of some of
/// its articles, then the end of the input (with its problem, if it failed).
enum InputPiece: Sendable {
    case partials([GraphPartial])
    case end(failure: IngestError?)
}

/// The running sum of a graph command, safe to add to from several threads.
///
/// The partials of an article input are held apart until the input ends: a failed input adds
/// nothing to the graph, only its error line.
final class GraphAccumulator: @unchecked Sendable {
    private let lock = NSLock()
    private var sum: GraphPartial
    private var input: GraphPartial
    private var failed = 0

    init(evidenceLimit: Int) {
        sum = GraphPartial(evidenceLimit: evidenceLimit)
        input = sum
    }

    /// Adds a whole partial to the sum.
    func merge(_ partial: GraphPartial) {
        lock.lock()
        sum.merge(partial)
        lock.unlock()
    }

    /// Adds the partials of some articles of the article input being delivered.
    func add(_ partials: [GraphPartial]) {
        lock.lock()
        for partial in partials { input.merge(partial) }
        lock.unlock()
    }

    /// Ends the article input being delivered: adds it to the sum, or, when it failed, prints its
    /// error line, counts it and drops what it added.
    func endInput(failure: IngestError?) {
        lock.lock()
        if let failure {
            Console.error(failure.description)
            failed += 1
        } else {
            sum.merge(input)
        }
        input = GraphPartial(evidenceLimit: input.evidenceLimit)
        lock.unlock()
    }

    var partial: GraphPartial {
        lock.lock()
        defer { lock.unlock() }
        return sum
    }

    var failures: Int {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }
}
