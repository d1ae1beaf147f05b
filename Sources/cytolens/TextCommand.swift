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

    func run() throws {
        Console.setUp()
        let splitter = SentenceSplitter()
        let failures = BatchRunner(options: input).run { article in
            let annotations = DocumentAnnotations(article: article, sentences: splitter.sentences(in: article))
            Console.writeLine(AnnotationsJSON.line(annotations))
        }
        try BatchRunner.finish(failures: failures)
    }
}
