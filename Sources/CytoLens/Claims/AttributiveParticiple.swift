/// A participle that stands right after the preposition of an earlier link and before a coordinated
/// noun list ("associated with impaired tissue remodeling and angiogenesis", "resulted in reduced
/// migration and invasion") describes every noun of the list: it governs the outcome at the list's
/// end. The older rule that lets an earlier verb take a whole coordinated phrase ("led to a
/// reduction of X and necrosis") is about a nominal with its own object, which a bare participle
/// before a noun is not.
extension ClaimChainFinder {
    /// Whether the verb element `pending` is a one-word participle in "-ed" that directly follows
    /// the link element `earlier` (an article may stand between).
    func isAttributiveParticiple(_ pending: Int, after earlier: Int) -> Bool {
        let placed = analysis.elements[pending]
        guard case .link(let link) = placed.element, link.kind == .verb, placed.tokens.count == 1,
            placed.cue.hasSuffix("ed")
        else { return false }
        let gap = SentenceAnalysis.span(analysis.elements[earlier].tokens.upperBound, placed.tokens.lowerBound)
        return gap.allSatisfy { ["a", "an", "the"].contains(analysis.tokens[$0].key) }
    }
}
