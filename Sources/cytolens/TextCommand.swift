import ArgumentParser
import CytoLens

/// `cytolens text`: articles in, clean section-aware text with sentence offsets out.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Write each article's passages and sentences as JSON Lines.",
        discussion: """
            One line per article: {"document": {...}, "passages": [...], "sentences": [...]}. \
            Offsets count Unicode code points in document coordinates.
            """
    )

    @OptionGroup var input: InputOptions

    /// Benchmarks only: read every article and discard it, so that the cost of reading alone is
    /// visible next to the full pipeline (`scripts/benchmark.sh`).
    @Flag(help: .hidden)
    var parseOnly = false

    func run() throws {
        Console.setUp()
        if parseOnly {
            let failures = BatchRunner(options: input, jobs: input.jobs).run(transform: { _ in () }, consume: { _ in })
            try BatchRunner.finish(failures: failures)
            return
        }
        let splitter = SentenceSplitter()
        let failures = BatchRunner(options: input, jobs: input.jobs).run(
            transform: { article in
                AnnotationsJSON.lineUTF8(
                    DocumentAnnotations(article: article, sentences: splitter.sentences(in: article)))
            },
            consume: { Console.writeLine(utf8: $0) })
        try BatchRunner.finish(failures: failures)
    }
}
