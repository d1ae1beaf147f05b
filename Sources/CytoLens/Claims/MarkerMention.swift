/// A cytokine named as an example of markers: "enhance gene expression levels of immune markers
/// such as IFNγ and improve … T cell invasion". The sentence measures the cytokine as a marker
/// (`corpus/gold/claims/README.md`: a biomarker measured without an outcome is `none`), so the
/// verb phrases coordinated after it are not its claim: it gets no forward chain. The backward
/// chain and presupposed roles are read as before. The marker nouns are the `marker_noun` set of
/// `rule_words.tsv`.
extension ClaimChainFinder {
    /// The words that open a list of examples after the noun.
    static let exampleOpeners: Set<String> = ["such", "as", "including", "like", ","]

    /// Whether the mention of `frame` is an item of a list of examples after a marker noun.
    func isNamedAsMarker(_ frame: SentenceAnalysis.Frame) -> Bool {
        let tokens = analysis.tokens
        var t = frame.token - 1
        // Earlier items of the same list ("markers such as IL-6, TNF-α and IFN-γ").
        while t >= 0, tokens[t].mention != nil || ["and", "or", ","].contains(tokens[t].key) { t -= 1 }
        var opened = false
        while t >= 0, ClaimChainFinder.exampleOpeners.contains(tokens[t].key) {
            opened = true
            t -= 1
        }
        return opened && t >= 0 && analysis.ruleWords.markerNouns.contains(tokens[t].key)
    }
}
