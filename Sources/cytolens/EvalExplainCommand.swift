import ArgumentParser
import CytoLens

/// `cytolens eval explain SENTENCE`: how the claim rules read one sentence.
struct EvalExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show the clauses, cues, mention frames and verdicts for one sentence.")

    @Argument(help: "The sentence.")
    var sentence: String

    @Option(help: "The lexicon folder.")
    var lexicon = "lexicon"

    @Flag(help: "Read the sentence as part of a document about tumors.")
    var tumorDocument = false

    func run() throws {
        let extractor = ClaimExtractor(cues: try ClaimCues(lexiconFolder: lexicon))
        let finder = try InterimMentionFinder(lexiconFolder: lexicon)
        Console.writeLine(
            extractor.explain(sentence, mentions: finder.mentions(in: sentence), documentInTumorSetting: tumorDocument))
    }
}
