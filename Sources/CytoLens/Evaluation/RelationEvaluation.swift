import Foundation

/// One row of the GENIA-derived relation gold (`gold/genia-ge/cytokine_relations.tsv`).
public struct RelationGoldRow: Sendable, Hashable {
    /// The document file stem (`PMID-10080532`).
    public var document: String
    /// The sentence span in the document.
    public var sentence: Range<Int>
    /// The source symbols (any member counts).
    public var source: Set<String>
    /// The target symbols.
    public var target: Set<String>
    /// `induces`, `inhibits` or `regulates`.
    public var type: String
    /// Whether the row asserts that there is no such relation.
    public var negated: Bool
    /// Whether source and target share a symbol (promoter and autocrine artefacts, not scored).
    public var isSelf: Bool

    /// Parses the gold file's text.
    public static func parse(_ text: String, name: String = "cytokine_relations.tsv") throws -> [RelationGoldRow] {
        try TSVTable(text: text, name: name).records().map { row in
            RelationGoldRow(
                document: row["doc"] ?? "", sentence: (Int(row["sent_start"] ?? "") ?? 0)..<(Int(row["sent_end"] ?? "") ?? 0),
                source: Set((row["source"] ?? "").split(separator: "|").map(String.init)),
                target: Set((row["target"] ?? "").split(separator: "|").map(String.init)), type: row["type"] ?? "",
                negated: row["negated"] == "1", isSelf: row["self"] == "1")
        }
    }
}

/// Scores relation extraction against the GENIA-derived gold: sentence-level precision and
/// recall of typed, directed relations (gold `regulates` accepts `induces` or `inhibits`), and
/// of directed pairs whatever the type. GENIA annotates no synergy and no co-occurrence, so
/// those predictions are left out; negated predictions assert no relation and are left out too.
public struct RelationEvaluation: Sendable {
    /// One predicted relation, placed in its document and sentence.
    public struct Prediction: Sendable, Hashable {
        /// The document.
        public var document: String
        /// The sentence span.
        public var sentence: Range<Int>
        /// The relation.
        public var relation: Relation
        /// The sentence text.
        public var text: String
    }

    /// The scored (non-negated, non-self) gold rows, one per sentence-level relation.
    public private(set) var gold: [RelationGoldRow] = []
    /// The typed, non-negated predictions in the scored documents.
    public private(set) var predictions: [Prediction] = []
    /// How many documents were read.
    public private(set) var documents = 0
    private let groups: [String: Set<String>]

    /// Runs the extractor over every `*.txt` in `documentsFolder` (or only the documents the gold names).
    ///
    /// - Parameters:
    ///   - rows: the gold rows.
    ///   - documentsFolder: the folder of the `<doc>.txt` files.
    ///   - onlyGoldDocuments: whether to read only documents that have a gold relation.
    ///   - extractor: the relation rules.
    ///   - mentions: the mentions of a document (offsets into its text), by document stem and text.
    ///   - groups: group id → member symbols.
    public init(
        rows: [RelationGoldRow], documentsFolder: String, onlyGoldDocuments: Bool, extractor: RelationExtractor,
        mentions: (String, String) -> [Mention], groups: [String: Set<String>]
    ) throws {
        self.groups = groups
        var unique = Set<String>()
        for row in rows where !row.negated && !row.isSelf {
            let key = "\(row.document)|\(row.sentence.lowerBound)|\(row.source.sorted())|\(row.target.sorted())|\(row.type)"
            if unique.insert(key).inserted { gold.append(row) }
        }
        var stems: [String]
        if onlyGoldDocuments {
            stems = Array(Set(rows.map(\.document))).sorted()
        } else {
            stems = try FileManager.default.contentsOfDirectory(atPath: documentsFolder).filter { $0.hasSuffix(".txt") }
                .map { String($0.dropLast(4)) }.sorted()
        }
        let splitter = SentenceSplitter()
        for stem in stems {
            guard let data = FileManager.default.contents(atPath: documentsFolder + "/" + stem + ".txt") else { continue }
            documents += 1
            let text = String(decoding: data, as: UTF8.self)
            let scalars = Array(text.unicodeScalars)
            let all = mentions(stem, text)
            // Sentences: every line is a hard break, then the project's splitter inside the line.
            var lineStart = 0
            let lineEnds = scalars.indices.filter { scalars[$0] == "\n" } + [scalars.count]
            for index in lineEnds {
                let line = String(String.UnicodeScalarView(scalars[lineStart..<index]))
                for range in splitter.split(line) {
                    let span = (lineStart + range.lowerBound)..<(lineStart + range.upperBound)
                    let inside = all.filter { $0.start >= span.lowerBound && $0.end <= span.upperBound }
                    guard Set(inside.filter { $0.kind != .receptor }.map(\.target)).count >= 2 else { continue }
                    let sentence = String(String.UnicodeScalarView(scalars[span]))
                    for relation in extractor.relations(in: sentence, mentions: inside, sentenceStart: span.lowerBound)
                    where relation.type != .cooccurs && relation.type != .synergizes && !relation.negated {
                        predictions.append(Prediction(document: stem, sentence: span, relation: relation, text: sentence))
                    }
                }
                lineStart = index + 1
            }
        }
    }

    /// Whether a predicted id names one of the gold symbols (a group names its members).
    func matches(_ id: String, _ symbols: Set<String>) -> Bool {
        if symbols.contains(id) { return true }
        let members = groups[id] ?? Set(id.split(separator: "|").map(String.init))
        return !members.isDisjoint(with: symbols)
    }

    private func matches(_ prediction: Prediction, _ row: RelationGoldRow, typed: Bool) -> Bool {
        guard prediction.document == row.document, prediction.sentence.overlaps(row.sentence),
            matches(prediction.relation.source, row.source), matches(prediction.relation.target, row.target)
        else { return false }
        guard typed else { return true }
        return row.type == prediction.relation.type.rawValue
            || (row.type == "regulates" && [.induces, .inhibits].contains(prediction.relation.type))
    }

    /// Precision (over predictions) and recall (over gold relations), typed or as directed pairs.
    public func score(typed: Bool) -> (precision: Double, recall: Double, f1: Double) {
        let correct = predictions.filter { p in gold.contains { matches(p, $0, typed: typed) } }.count
        let found = gold.filter { g in predictions.contains { matches($0, g, typed: typed) } }.count
        let precision = predictions.isEmpty ? 0 : Double(correct) / Double(predictions.count)
        let recall = gold.isEmpty ? 0 : Double(found) / Double(gold.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    /// The printed report.
    public func report(title: String) -> String {
        [
            "\(title): \(documents) documents, \(gold.count) gold relations (sentence level, non-negated, non-self), \(predictions.count) predicted",
            "typed relations   " + summary(score(typed: true)),
            "directed pairs    " + summary(score(typed: false)),
        ].joined(separator: "\n")
    }

    private func summary(_ score: (precision: Double, recall: Double, f1: Double)) -> String {
        "P \(BinaryScore.format(score.precision))  R \(BinaryScore.format(score.recall))  F1 \(BinaryScore.format(score.f1))"
    }

    /// Wrong predictions and missed gold rows, for error analysis.
    public func errors() -> [String] {
        var lines: [String] = []
        for p in predictions where !gold.contains(where: { matches(p, $0, typed: true) }) {
            lines.append(
                "FP \(p.document) \(p.relation.source) -\(p.relation.type.rawValue)-> \(p.relation.target) \(p.relation.cues) | \(p.text)"
            )
        }
        for g in gold where !predictions.contains(where: { matches($0, g, typed: true) }) {
            lines.append(
                "FN \(g.document) \(g.source.sorted().joined(separator: "|")) -\(g.type)-> \(g.target.sorted().joined(separator: "|")) @\(g.sentence)"
            )
        }
        return lines
    }
}
