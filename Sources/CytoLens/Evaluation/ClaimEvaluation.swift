import Foundation

/// Scores the claim rules against the claims gold set: polarity accuracy and macro-F1 over
/// `pro_tumor`, `anti_tumor`, `context_dependent` and `none`, negation and hedge P/R/F1, and
/// the confusion matrix.
public struct ClaimEvaluation: Sendable {
    /// The four labels, `none` last.
    public static let labels = ["pro_tumor", "anti_tumor", "context_dependent", "none"]

    /// One scored row.
    public struct Outcome: Sendable, Hashable {
        /// The gold row.
        public var row: ClaimGoldRow
        /// The sentence text.
        public var sentence: String
        /// The verdict matched to the row, if the rules gave one for its cytokine.
        public var verdict: ClaimVerdict?
        /// The claim model's features of the rules' verdict for the row's cytokine (only when asked for).
        public var features: [String] = []
        /// The predicted label.
        public var predicted: String { verdict?.polarity?.rawValue ?? "none" }
        /// The gold label.
        public var gold: String { row.polarity?.rawValue ?? "none" }
    }

    /// The scored rows.
    public var outcomes: [Outcome] = []
    /// Rows skipped because their source file is missing.
    public var skipped = 0

    /// Scores `rows` (already filtered to a split).
    ///
    /// - Parameters:
    ///   - rows: gold rows.
    ///   - corpusRoot: the folder that `source` paths are relative to.
    ///   - extractor: the claim rules.
    ///   - mentions: finds the mentions of a sentence (offsets relative to it).
    ///   - groups: group id → member symbols, to match a group claim to a member's gold row.
    ///   - useDocumentSetting: whether a real sentence's source file may place it in a tumor setting.
    ///   - documentMentions: when given, a sentence of a plain-text (`.txt`) file takes its
    ///     mentions from its whole document, as `cytolens tag` finds them; otherwise, and for a
    ///     sentence not found in its document, `mentions` tags the sentence alone.
    ///   - withFeatures: whether to record each row's claim-model features (``Outcome/features``).
    public init(
        rows: [ClaimGoldRow], corpusRoot: String, extractor: ClaimExtractor, mentions: (String) -> [Mention],
        groups: [String: Set<String>], useDocumentSetting: Bool = true, documentMentions: DocumentSentenceMentions? = nil,
        withFeatures: Bool = false
    ) {
        var files: [String: [Unicode.Scalar]?] = [:]
        var tumorDocuments: [String: Bool] = [:]
        for row in rows {
            let sentence: String
            var inTumorDocument = false
            var inDocument: [Mention]?
            if !row.text.isEmpty {
                sentence = row.text
            } else {
                if files[row.source] == nil {
                    let path = corpusRoot.hasSuffix("/") ? corpusRoot + row.source : corpusRoot + "/" + row.source
                    files[row.source] = FileManager.default.contents(atPath: path).map {
                        Array(String(decoding: $0, as: UTF8.self).unicodeScalars)
                    }
                }
                guard let scalars = files[row.source] ?? nil, row.start >= 0, row.end <= scalars.count, row.start < row.end else {
                    skipped += 1
                    continue
                }
                let slice = String(String.UnicodeScalarView(scalars[row.start..<row.end]))
                // A slice of a markup file may hold inline markup (batch E on): read its text.
                sentence = scalars.first == "<" ? MarkupSentenceText.plainText(slice) : slice
                if let documentMentions, row.source.hasSuffix(".txt"), scalars.first != "<" {
                    inDocument = documentMentions.mentions(ofSentence: sentence, source: row.source) {
                        String(String.UnicodeScalarView(scalars))
                    }
                }
                if let paragraph = ClaimEvaluation.markupParagraph(around: row.start..<row.end, in: scalars) {
                    // A full text (JATS/XML): like `cytolens tag`, the setting is the sentence's own paragraph.
                    inTumorDocument = extractor.isTumorDocument(paragraph, mentions: mentions(paragraph))
                } else {
                    if tumorDocuments[row.source] == nil {
                        let document = String(String.UnicodeScalarView(scalars))
                        tumorDocuments[row.source] = extractor.isTumorDocument(document, mentions: mentions(document))
                    }
                    inTumorDocument = tumorDocuments[row.source] ?? false
                }
            }
            let sentenceMentions = inDocument ?? mentions(sentence)
            let verdicts = extractor.verdicts(
                in: sentence, mentions: sentenceMentions, documentInTumorSetting: useDocumentSetting && inTumorDocument)
            let match =
                verdicts.first { $0.cytokine == row.cytokine }
                ?? verdicts.first { groups[$0.cytokine]?.contains(row.cytokine) ?? false }
            var outcome = Outcome(row: row, sentence: sentence, verdict: match)
            if withFeatures {
                outcome.features = extractor.ruleFeatures(
                    in: sentence, mentions: sentenceMentions, documentInTumorSetting: useDocumentSetting && inTumorDocument,
                    cytokine: row.cytokine, groups: groups)
            }
            outcomes.append(outcome)
        }
    }

    /// For a markup file (its first character is `<`), the text of the `<p>` element around a
    /// range, with tags replaced by spaces; nil for a plain-text file (an abstract), whose whole
    /// text is the setting.
    static func markupParagraph(around range: Range<Int>, in scalars: [Unicode.Scalar]) -> String? {
        guard scalars.first(where: { !$0.properties.isWhitespace }) == "<" else { return nil }
        func matches(_ word: String, at i: Int) -> Bool {
            let w = Array(word.unicodeScalars)
            return i >= 0 && i + w.count <= scalars.count && Array(scalars[i..<(i + w.count)]) == w
        }
        // A PubMed file holds many articles; like `cytolens tag`, the setting is the sentence's own
        // article: its title and abstract, not its journal name or MeSH terms.
        var start = range.lowerBound
        while start > 0, !matches("<PubmedArticle>", at: start) { start -= 1 }
        if matches("<PubmedArticle>", at: start) {
            var end = range.upperBound
            while end < scalars.count, !matches("</PubmedArticle>", at: end) { end += 1 }
            return pubmedTitleAndAbstract(scalars[start..<end])
        }
        var lower = range.lowerBound
        while lower > 0, !(matches("<p>", at: lower) || matches("<p ", at: lower)) { lower -= 1 }
        var upper = range.upperBound
        while upper < scalars.count, !matches("</p>", at: upper) { upper += 1 }
        var text = String.UnicodeScalarView()
        var inTag = false
        for scalar in scalars[lower..<upper] {
            if scalar == "<" { inTag = true }
            text.append(inTag ? " " : scalar)
            if scalar == ">" { inTag = false }
        }
        return String(text)
    }

    /// The text inside `<ArticleTitle>` and `<AbstractText …>` elements of one PubMed article.
    static func pubmedTitleAndAbstract(_ article: ArraySlice<Unicode.Scalar>) -> String {
        let xml = String(String.UnicodeScalarView(article))
        var text = ""
        for element in ["ArticleTitle", "AbstractText"] {
            var rest = xml[...]
            while let open = rest.range(of: "<\(element)") {
                guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                    let close = rest[tagEnd...].range(of: "</\(element)>")
                else { break }
                text += String(rest[rest.index(after: tagEnd)..<close.lowerBound]) + " "
                rest = rest[close.upperBound...]
            }
        }
        return text
    }

    /// The fraction of rows whose label is right.
    public var accuracy: Double {
        outcomes.isEmpty ? 0 : Double(outcomes.filter { $0.predicted == $0.gold }.count) / Double(outcomes.count)
    }

    /// Precision/recall/F1 of one label.
    public func score(of label: String) -> BinaryScore {
        var score = BinaryScore()
        for outcome in outcomes { score.add(predicted: outcome.predicted == label, gold: outcome.gold == label) }
        return score
    }

    /// The mean F1 over the four labels.
    public var macroF1: Double {
        ClaimEvaluation.labels.map { score(of: $0).f1 }.reduce(0, +) / Double(ClaimEvaluation.labels.count)
    }

    /// Negation as a yes/no decision over all rows.
    public var negation: BinaryScore {
        var score = BinaryScore()
        for outcome in outcomes { score.add(predicted: outcome.verdict?.negated ?? false, gold: outcome.row.negated) }
        return score
    }

    /// Hedging as a yes/no decision over all rows.
    public var hedge: BinaryScore {
        var score = BinaryScore()
        for outcome in outcomes { score.add(predicted: outcome.verdict?.hedged ?? false, gold: outcome.row.hedged) }
        return score
    }

    /// Counts by (gold, predicted) label.
    public var confusion: [[Int]] {
        var matrix = Array(repeating: Array(repeating: 0, count: 4), count: 4)
        for outcome in outcomes {
            if let g = ClaimEvaluation.labels.firstIndex(of: outcome.gold),
                let p = ClaimEvaluation.labels.firstIndex(of: outcome.predicted)
            {
                matrix[g][p] += 1
            }
        }
        return matrix
    }

    /// The printed report.
    public func report(title: String) -> String {
        var lines: [String] = []
        lines.append("\(title): \(outcomes.count) rows scored, \(skipped) skipped (source file missing)")
        lines.append("accuracy \(BinaryScore.format(accuracy))   macro-F1 \(BinaryScore.format(macroF1))")
        for label in ClaimEvaluation.labels {
            lines.append("  " + label.padding(toLength: 18, withPad: " ", startingAt: 0) + score(of: label).summary)
        }
        lines.append("negation  " + negation.summary)
        lines.append("hedge     " + hedge.summary)
        lines.append("confusion (rows: gold, columns: predicted)")
        let short = ["pro", "anti", "context", "none"]
        lines.append("            " + short.map { $0.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined())
        for (g, row) in confusion.enumerated() {
            lines.append(
                "  " + short[g].padding(toLength: 10, withPad: " ", startingAt: 0)
                    + row.map { String($0).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// One line per wrong row (label, negation or hedge), for error analysis on the dev split.
    public func errors() -> [String] {
        outcomes.compactMap { outcome in
            let v = outcome.verdict
            let labelWrong = outcome.predicted != outcome.gold
            let negWrong = (v?.negated ?? false) != outcome.row.negated
            let hedgeWrong = (v?.hedged ?? false) != outcome.row.hedged
            guard labelWrong || negWrong || hedgeWrong else { return nil }
            var what: [String] = []
            if labelWrong { what.append("label \(outcome.gold)→\(outcome.predicted)") }
            if negWrong { what.append("neg \(outcome.row.negated ? "missed" : "spurious(\(v?.negationCue ?? ""))")") }
            if hedgeWrong { what.append("hedge \(outcome.row.hedged ? "missed" : "spurious(\(v?.hedgeCue ?? ""))")") }
            return
                "\(outcome.row.id) \(outcome.row.cytokine) [\(outcome.row.kind)] \(what.joined(separator: ", ")) cues=\(v?.cues ?? []) | \(outcome.sentence)"
        }
    }
}
