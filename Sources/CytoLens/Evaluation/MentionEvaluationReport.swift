extension MentionEvaluation {
    /// The evaluation as text: counts, the score table, per-family scores and, on request, the
    /// false positives and false negatives with their context.
    public func report(showErrors: Bool) -> String {
        var lines: [String] = []
        lines.append("documents: \(documents) read, \(scoredDocuments) scored")
        var gold = "gold cytokine mentions: \(goldMentions) (left out: \(goldReceptorMentions) receptor names"
        if goldProteinMentions > 0 { gold += "; \(goldProteinMentions) taken from PROTEIN/DNA/RNA entities" }
        lines.append(gold + ")")
        lines.append(
            "predictions scored: \(scoredPredictions) (set aside: \(nestedPredictions) inside longer gold annotations, "
                + "\(classPredictions) class words, \(receptorPredictions) receptors)")
        lines.append("")
        lines.append(row("", "TP", "FP", "FN", "precision", "recall", "F1"))
        lines.append(scoreRow("exact span", span))
        lines.append(scoreRow("span+id", spanAndID))
        lines.append("")
        lines.append("per family (span+id):")
        lines.append(row("family", "TP", "FP", "FN", "precision", "recall", "F1"))
        for (family, scores) in families.sorted(by: { $0.key < $1.key }) {
            lines.append(scoreRow(family, scores))
        }
        if showErrors {
            for (title, errors) in [
                ("false positives", falsePositives), ("false negatives", falseNegatives), ("set aside (not scored)", setAside),
            ] {
                lines.append("")
                lines.append("\(title) (\(errors.count)):")
                for error in errors {
                    var line = "  \(error.document) \(error.start)-\(error.end) '\(error.text)' \(error.targets)"
                    if !error.note.isEmpty { line += " [\(error.note)]" }
                    line += "  …\(error.context)…"
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func scoreRow(_ label: String, _ scores: Scores) -> String {
        row(
            label, String(scores.truePositives), String(scores.falsePositives), String(scores.falseNegatives),
            fixed(scores.precision), fixed(scores.recall), fixed(scores.f1))
    }

    private func row(_ label: String, _ cells: String...) -> String {
        let padded = label.count >= 26 ? label + " " : label + String(repeating: " ", count: 26 - label.count)
        return padded + cells.map { String(repeating: " ", count: max(0, 10 - $0.count)) + $0 }.joined()
    }

    /// A number with three decimals, without Foundation's formatting.
    private func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
