import ArgumentParser
import CytoLens
import Foundation

/// The options of `eval claims`.
struct EvalClaimsOptions: ParsableArguments {
    @Option(help: "The gold TSV file.")
    var gold: String

    @Option(help: "The folder that gold 'source' paths are relative to.")
    var corpusRoot = "../shared/corpus"

    @OptionGroup var lexicon: LexiconOptions
}

/// `cytolens eval claims --gold FILE [--split dev|test|all] [--ids FIRST...LAST]`.
struct EvalClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract:
            "Accuracy, macro-F1 over pro_tumor/anti_tumor/context_dependent/none, negation and hedge P/R/F1, confusion matrix."
    )

    @OptionGroup var options: EvalClaimsOptions

    @Option(help: "Which split to score: dev, test or all.")
    var split = "dev"

    @Option(
        help: ArgumentHelp(
            "Score only the rows whose id lies in this range, both ends included (c1173...c1428: batch D).",
            valueName: "first...last"))
    var ids: String?

    @Flag(help: "Also print every row the rules got wrong (for the dev split).")
    var errors = false

    @Flag(
        inversion: .prefixedNo,
        help: "Apply the learned claim model (lexicon claim_model.tsv) on top of the rules.")
    var model = ClaimModel.onByDefault

    @Option(
        help: ArgumentHelp(
            "Write the claim-model features of every scored row to this TSV file (for scripts/train_claim_model.py).",
            visibility: .hidden))
    var features: String?

    func validate() throws {
        if !["dev", "test", "all"].contains(split) { throw ValidationError("--split must be dev, test or all.") }
        if let ids, Self.idRange(ids) == nil { throw ValidationError("--ids must read FIRST...LAST, e.g. c1173...c1428.") }
    }

    /// The ids of a `FIRST...LAST` range, as keys that order "c999" before "c1000".
    private static func idRange(_ text: String) -> ClosedRange<IDKey>? {
        let ends = text.components(separatedBy: "...")
        guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else { return nil }
        let first = IDKey(ends[0])
        let last = IDKey(ends[1])
        return first <= last ? first...last : nil
    }

    /// A gold row id ordered by length first, then by its characters.
    private struct IDKey: Comparable {
        let id: String
        init(_ id: String) { self.id = id }
        static func < (left: IDKey, right: IDKey) -> Bool {
            (left.id.count, left.id) < (right.id.count, right.id)
        }
    }

    func run() throws {
        Console.setUp()
        let text = try String(contentsOfFile: options.gold, encoding: .utf8)
        let range = ids.flatMap(Self.idRange)
        let rows = try ClaimGold.parse(text, name: options.gold).filter { row in
            (split == "all" || row.split == split) && range.map { $0.contains(IDKey(row.id)) } != false
        }
        let lexicon = try options.lexicon.compiled()
        let extractor = ClaimExtractor(cues: try ClaimCues(lexicon: lexicon.lexicon, withModel: model), useModel: model)
        let tagger = MentionTagger(lexicon: lexicon)
        let groups = GroupMembers.table(from: lexicon.lexicon)
        let evaluation = ClaimEvaluation(
            rows: rows, corpusRoot: options.corpusRoot, extractor: extractor, mentions: { tagger.mentions(inText: $0) },
            groups: groups, documentMentions: DocumentSentenceMentions(tagger: tagger), withFeatures: features != nil)
        if let features {
            var lines = ["id\tsplit\tgroup\tsource\tpolarity\tnegated\thedged\tfeatures"]
            for outcome in evaluation.outcomes {
                let row = outcome.row
                let group = row.text.isEmpty ? "\(row.source):\(row.start):\(row.end)" : "written:\(row.text)"
                lines.append(
                    [
                        row.id, row.split, group.replacingOccurrences(of: "\t", with: " "), row.source, outcome.gold,
                        row.negated ? "yes" : "no", row.hedged ? "yes" : "no", outcome.features.joined(separator: " "),
                    ].joined(separator: "\t"))
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: features, atomically: true, encoding: .utf8)
        }
        let title = "claims (\(split)\(ids.map { ", ids \($0)" } ?? "")\(model ? ", rules + model" : ""))"
        Console.writeLine(evaluation.report(title: title))
        if errors {
            for line in evaluation.errors() { Console.writeLine(line) }
        }
        Console.flush()
    }
}
