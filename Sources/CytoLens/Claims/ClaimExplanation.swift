extension ClaimExtractor {
    /// A readable account of how the rules see a sentence: clauses, chain elements, negation
    /// and hedge cues, mention frames and the verdicts. For error analysis; the format may change.
    public func explain(_ text: String, mentions: [Mention], documentInTumorSetting: Bool = false) -> String {
        let analysis = SentenceAnalysis(text: text, mentions: mentions, cues: cuesForExplanation)
        let finder = ClaimChainFinder(analysis: analysis, documentInTumorSetting: documentInTumorSetting)
        var lines: [String] = []
        for (c, clause) in finder.clauses.enumerated() {
            let words = clause.tokens.map { t -> String in
                let token = analysis.tokens[t]
                if token.mention != nil { return "[\(token.text)]" }
                if let e = analysis.elementAt[t] {
                    switch analysis.elements[e].element {
                    case .outcome(let o): return "\(token.text)<O\(o.valence)>"
                    case .link(let l): return "\(token.text)<\(l.kind.rawValue)\(l.sign)>"
                    }
                }
                if analysis.negations.contains(where: { $0.tokens.contains(t) }) { return "\(token.text)<neg>" }
                if analysis.hedges.contains(where: { $0.tokens.contains(t) }) { return "\(token.text)<hedge>" }
                if analysis.cells.contains(where: { $0.tokens.contains(t) }) { return "\(token.text)<cell>" }
                return token.text
            }
            lines.append("clause \(c) (\(clause.kind)): " + words.joined(separator: " "))
        }
        for frame in analysis.frames {
            lines.append(
                "frame \(frame.mention.target): P=\(frame.perturbation) \(frame.perturbationCue ?? "") suffix=\(frame.suffix) "
                    + "modifier=\(frame.modifier?.lemma ?? "-") local-neg=\(frame.localNegation ?? "-") compound=\(frame.compound?.text ?? "-")"
            )
        }
        lines.append("tumor setting: \(analysis.inTumorSetting)")
        for verdict in verdicts(in: text, mentions: mentions, documentInTumorSetting: documentInTumorSetting) {
            lines.append(
                "verdict \(verdict.cytokine): \(verdict.polarity?.rawValue ?? "none") negated=\(verdict.negationCue ?? "-") "
                    + "hedged=\(verdict.hedgeCue ?? "-") cues=\(verdict.cues)")
        }
        lines += modelLines(analysis: analysis, documentInTumorSetting: documentInTumorSetting)
        for relation in RelationExtractor(cues: cuesForExplanation, includeCooccurrence: false).relations(
            in: text, mentions: mentions)
        {
            lines.append(
                "relation \(relation.source) -\(relation.type.rawValue)-> \(relation.target) negated=\(relation.negated) "
                    + "hedged=\(relation.hedged) cues=\(relation.cues)")
        }
        return lines.joined(separator: "\n")
    }
}
