import ArgumentParser
import CytoLens
import Foundation

/// `cytolens eval relations --gold FILE`: relation precision and recall against the GENIA-derived gold.
struct EvalRelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Relation precision and recall against gold/genia-ge/cytokine_relations.tsv.",
        discussion: """
            Reads the documents in the 'train' folder next to the gold file. Scores sentence-level, \
            non-negated, non-self relations; gold 'regulates' accepts induces or inhibits.
            """
    )

    @Option(help: "The gold TSV file (cytokine_relations.tsv).")
    var gold: String

    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Mentions to use: 'gold' (cytokine_mentions.tsv next to the gold file) or 'lexicon' (the mention tagger).")
    var mentions = "gold"

    @Flag(help: "Read only the documents that have a gold relation (otherwise all documents).")
    var goldDocumentsOnly = false

    @Option(help: "Print every prediction in this document (a file stem), for error analysis.")
    var document: String?

    @Flag(help: "Also print wrong and missed relations.")
    var errors = false

    func validate() throws {
        if !["gold", "lexicon"].contains(mentions) { throw ValidationError("--mentions must be gold or lexicon.") }
    }

    func run() throws {
        Console.setUp()
        let folder = (gold as NSString).deletingLastPathComponent
        let rows = try RelationGoldRow.parse(try String(contentsOfFile: gold, encoding: .utf8), name: gold)
        let lexicon = try lexiconOptions.compiled()
        let cues = try ClaimCues(lexicon: lexicon.lexicon)
        let groups = GroupMembers.table(from: lexicon.lexicon)
        let source: (String, String) -> [Mention]
        if mentions == "gold" {
            let table = try GoldMentions(path: folder + "/cytokine_mentions.tsv", groups: groups)
            source = { stem, _ in table.mentions(of: stem) }
        } else {
            let tagger = MentionTagger(lexicon: lexicon)
            source = { _, text in tagger.mentions(inText: text) }
        }
        let evaluation = try RelationEvaluation(
            rows: rows, documentsFolder: folder + "/train", onlyGoldDocuments: goldDocumentsOnly,
            extractor: RelationExtractor(cues: cues, includeCooccurrence: false), mentions: source, groups: groups)
        Console.writeLine(evaluation.report(title: "relations (\(mentions) mentions)"))
        if errors {
            for line in evaluation.errors() { Console.writeLine(line) }
        }
        if let document {
            for p in evaluation.predictions where p.document == document {
                Console.writeLine(
                    "\(p.sentence) \(p.relation.source) -\(p.relation.type.rawValue)-> \(p.relation.target) | \(p.text)")
            }
        }
        Console.flush()
    }
}
