/// A cytokine that is only the agent of another gene's event: "NF-κB activation by TNF-α was not
/// correlated with proliferation", "STAT3 phosphorylation by IL-6 promoted …". The subject of the
/// sentence's predicate is the event ("NF-κB activation"), and the cytokine stands inside its
/// "by" phrase, so the predicate's outcome is not the cytokine's: it gets no forward chain. An
/// outcome of cells before "by" ("T cell activation by IL-12") is not such an event; the backward
/// chain reads it as before. The event nouns are the `molecular_event` set of `rule_words.tsv`.
extension ClaimChainFinder {
    /// Whether the cytokine of `frame` follows "<gene> <event> by" with nothing but articles between.
    func isAgentOfAnotherEvent(_ frame: SentenceAnalysis.Frame) -> Bool {
        let tokens = analysis.tokens
        var t = (frame.perturbationBefore?.lowerBound ?? frame.token) - 1
        while t >= 0, ClaimChainFinder.sceneFiller.contains(tokens[t].key) { t -= 1 }
        guard t >= 2, tokens[t].key == "by", analysis.ruleWords.molecularEvents.contains(tokens[t - 1].key) else { return false }
        let owner = t - 2
        // The event's owner is a gene-like word: not a cell, not an outcome, not a mention or a punctuation mark.
        let word = tokens[owner]
        return word.mention == nil && !word.isPunctuation && analysis.elementAt[owner] == nil
            && !analysis.cells.contains(where: { $0.tokens.contains(owner) }) && !SentenceAnalysis.hasTumorStem(word.text)
            && !analysis.ruleWords.hostWords.contains(word.key)
    }
}
