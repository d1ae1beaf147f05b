import ArgumentParser
import CytoLens

/// `cytolens tag`: the `text` output plus cytokine mentions, claims and relations.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag cytokine mentions, tumor-role claims and cytokine relations; write JSON Lines.",
        discussion: """
            One line per article: the `text` output plus "mentions", "claims" and "relations". \
            Offsets count Unicode code points in document coordinates.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        Console.setUp()
        let annotator = try Annotator(lexicon: lexiconOptions.compiled())
        let failures = BatchRunner(options: input, jobs: input.jobs).run(
            transform: { AnnotationsJSON.lineUTF8(annotator.annotate($0), layers: true) },
            consume: { Console.writeLine(utf8: $0) })
        try BatchRunner.finish(failures: failures)
    }
}
