/// Compares the tagger with gold annotations.
///
/// Matching is on exact spans. A prediction matches by id when its genes share one with the gold
/// mention: a cytokine names its own gene, a group all its members ("IL-12" as the group IL12
/// matches gold IL12A or IL12B). Receptor predictions are not cytokine mentions and are never
/// scored. A prediction that matches no gold span is a false positive, unless it lies strictly
/// inside a longer gold annotation of any type (both corpora mark only the outermost name:
/// "IL-4" in "IL-4-DC", "TNF-α" in "TNF-α converting enzyme"), or it is a class word
/// ("cytokines", "Th2 cytokines"), which the gold marks only when it stands for named genes.
public struct MentionEvaluator: Sendable {
    private let annotator: Annotator

    /// Creates an evaluator that tags with this annotator.
    public init(annotator: Annotator) {
        self.annotator = annotator
    }

    /// Tags every document and compares it with its gold cytokine mentions.
    public func evaluate(_ documents: [GoldDocument], selection: GoldCytokineSelection) -> MentionEvaluation {
        var result = MentionEvaluation()
        result.documents = documents.count
        result.goldReceptorMentions = selection.receptorMentions
        result.goldProteinMentions = selection.proteinMentions
        let lexicon = annotator.lexicon
        for (index, document) in documents.enumerated() where selection.scored[index] {
            result.scoredDocuments += 1
            let gold = selection.mentions[index]
            result.goldMentions += gold.count
            let article = document.article
            let predicted = annotator.annotate(article).mentions
            var goldBySpan: [Range<Int>: Int] = [:]
            for (position, mention) in gold.enumerated() { goldBySpan[mention.start..<mention.end] = position }
            var spanFound = Set<Int>()
            var idFound = Set<Int>()
            for mention in predicted {
                guard mention.kind != .receptor, let entity = lexicon.entity(mention.kind, mention.target) else {
                    result.receptorPredictions += 1
                    continue
                }
                let span = mention.start..<mention.end
                guard let position = goldBySpan[span] else {
                    if let outer = document.annotations.first(where: {
                        $0.start <= span.lowerBound && span.upperBound <= $0.end && $0.end - $0.start > span.count
                    }) {
                        result.nestedPredictions += 1
                        result.setAside.append(
                            error(
                                article, span, mention.text, targets: mention.target,
                                note: "inside \(outer.type) '\(outer.text)'", index))
                    } else if entity.isClass {
                        result.classPredictions += 1
                        result.setAside.append(
                            error(article, span, mention.text, targets: mention.target, note: "class word", index))
                    } else {
                        result.scoredPredictions += 1
                        result.span.falsePositives += 1
                        result.spanAndID.falsePositives += 1
                        result.families[entity.family, default: Scores()].falsePositives += 1
                        let overlap = gold.first { $0.start < span.upperBound && span.lowerBound < $0.end }
                        result.falsePositives.append(
                            error(
                                article, span, mention.text, targets: mention.target,
                                note: overlap.map { "gold '\($0.text)' \($0.targets.sorted().joined(separator: ","))" } ?? "",
                                index))
                    }
                    continue
                }
                result.scoredPredictions += 1
                spanFound.insert(position)
                result.span.truePositives += 1
                let goldMention = gold[position]
                if !goldMention.targets.isDisjoint(with: entity.members) {
                    idFound.insert(position)
                    result.spanAndID.truePositives += 1
                    result.families[goldMention.family, default: Scores()].truePositives += 1
                } else {
                    result.spanAndID.falsePositives += 1
                    result.families[entity.family, default: Scores()].falsePositives += 1
                    result.falsePositives.append(
                        error(
                            article, span, mention.text, targets: mention.target,
                            note: "gold \(goldMention.targets.sorted().joined(separator: ","))", index))
                }
            }
            for (position, mention) in gold.enumerated() {
                if !spanFound.contains(position) { result.span.falseNegatives += 1 }
                guard !idFound.contains(position) else { continue }
                result.spanAndID.falseNegatives += 1
                result.families[mention.family, default: Scores()].falseNegatives += 1
                let overlap = predicted.first { $0.start < mention.end && mention.start < $0.end }
                result.falseNegatives.append(
                    error(
                        article, mention.start..<mention.end, mention.text,
                        targets: mention.targets.sorted().joined(separator: ","),
                        note: overlap.map { "tagged \($0.target) '\($0.text)'" } ?? "", index))
            }
        }
        return result
    }

    private func error(_ article: Article, _ span: Range<Int>, _ text: String, targets: String, note: String, _ index: Int)
        -> MentionError
    {
        var context = ""
        if let passage = article.passages.first(where: { $0.offset <= span.lowerBound && span.upperBound <= $0.end }) {
            let scalars = Array(passage.text.unicodeScalars)
            let lower = max(0, span.lowerBound - passage.offset - 40)
            let upper = min(scalars.count, span.upperBound - passage.offset + 40)
            context = String(String.UnicodeScalarView(scalars[lower..<upper]))
        }
        return MentionError(
            document: article.displayID == article.source ? article.source : "\(article.displayID)", start: span.lowerBound,
            end: span.upperBound, text: text, targets: targets, note: note, context: context)
    }
}
