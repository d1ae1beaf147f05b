import ArgumentParser
import CytoLens

/// `cytolens eval explain SENTENCE`: how the claim rules read one sentence.
struct EvalExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show the clauses, cues, mention frames and verdicts for one sentence.")

    @Argument(help: "The sentence.")
    var sentence: String

    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(help: "Read the sentence as part of a document about tumors.")
    var tumorDocument = false

    @Flag(
        inversion: .prefixedNo,
        help: "Apply the learned claim model (lexicon claim_model.tsv) and show its strongest features.")
    var model = ClaimModel.onByDefault

    func run() throws {
        let lexicon = try lexiconOptions.compiled()
        let extractor = ClaimExtractor(cues: try ClaimCues(lexicon: lexicon.lexicon, withModel: model), useModel: model)
        let mentions = MentionTagger(lexicon: lexicon).mentions(inText: sentence)
        Console.writeLine(extractor.explain(sentence, mentions: mentions, documentInTumorSetting: tumorDocument))
    }
}
