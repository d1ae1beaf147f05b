/// An undirected outcome whose complement gives the direction: "an independent prognostic factor for
/// poor survival", "a prognostic marker of worse outcome". The neutral outcome ("prognostic
/// factor") ends a chain without a claim when it stands alone; followed by "for" or "of" and a
/// directed outcome, it is only the noun that carries that outcome, and the chain goes on to it.
enum DirectedComplement {
    /// The words that join the neutral outcome to its complement.
    private static let joiners: Set<String> = ["for", "of"]
    /// Words that may stand between the joiner and the directed outcome.
    private static let fillers: Set<String> = ["the", "a", "an", "both"]

    /// Whether the neutral outcome ending before token `end` is followed by a joiner and an outcome
    /// element with a direction ("overall survival" names a measure only).
    static func leadsToOutcome(after end: Int, analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard end < tokens.count, joiners.contains(tokens[end].key) else { return false }
        var t = end + 1
        while t < tokens.count, fillers.contains(tokens[t].key) { t += 1 }
        guard t < tokens.count, let e = analysis.elementAt[t], case .outcome(let outcome) = analysis.elements[e].element
        else { return false }
        return outcome.valence != 0 && !outcome.isVerb && !ClaimChainFinder.undirectedOutcomes.contains(outcome.effect)
    }
}
