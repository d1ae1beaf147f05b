/// An outcome word that only describes the cells after it: "apoptosis of activated T cells",
/// "death of proliferating lymphocytes". "activated" and "proliferating" are outcome cues
/// (activation, proliferation), but before a cell phrase they name the state of those cells, not
/// a second outcome, so the cells still tell whose apoptosis it is: the apoptosis of activated
/// T cells is the loss of effector cells, not of the tumor's.
extension ClaimChainFinder {
    /// The token where a cell phrase starts right after the one-word outcome at `token`, if there is one.
    func cellsDescribed(byOutcomeAt token: Int) -> Int? {
        guard let e = analysis.elementAt[token], case .outcome = analysis.elements[e].element else { return nil }
        let words = analysis.elements[e].tokens
        guard words.count == 1, words.lowerBound == token else { return nil }
        let next = words.upperBound
        return analysis.cells.contains { $0.tokens.lowerBound == next } ? next : nil
    }
}
