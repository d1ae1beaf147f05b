/// Tumor cells that need a cytokine: "myeloma cells depend on IL-6", "Lymphoma Cells Do Not Require
/// IL4". The cells are the subject and the cytokine the object of a dependence link (`claim_cues.tsv`
/// links with the lemma `depend`: depend on, require, rely on); what tumor cells need supports them,
/// so the claim is pro-tumor (turned over by a blocked cytokine), negated with the link. A normal
/// or immune cell that needs a cytokine ("Ba/F3 cells require IL-3") says nothing about tumors.
enum TumorCellsDependOn {
    /// The lemma of the dependence links in `claim_cues.tsv`.
    static let lemma = "depend"
}

extension ClaimChainFinder {
    /// Words that may stand between the cells and the dependence link ("do not", "strongly").
    private static let auxiliaryGap: Set<String> = [
        "do", "does", "did", "not", "no", "longer", "still", "also", "strongly", "critically", "largely", "partly",
        "partially", "highly", "absolutely", "may", "might", "can", "could", "are", "is", "were", "was", "nor",
    ]
    /// Words that may stand between the link and the cytokine ("on autocrine IL-6").
    private static let objectFiller: Set<String> = [
        "the", "a", "an", "exogenous", "endogenous", "autocrine", "paracrine", "continued", "constant", "human",
    ]

    /// The claim of a cytokine that tumor cells are said to depend on, if the sentence says so.
    func tumorCellsDependOn(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        let clauseStart = clauses[c].tokens.lowerBound
        var t = (frame.perturbationBefore?.lowerBound ?? frame.token) - 1
        while t >= clauseStart, ClaimChainFinder.objectFiller.contains(analysis.tokens[t].key) { t -= 1 }
        guard t >= clauseStart, let e = analysis.elementAt[t], case .link(let l) = analysis.elements[e].element,
            l.lemma == TumorCellsDependOn.lemma
        else { return nil }
        let linkTokens = analysis.elements[e].tokens
        var s = linkTokens.lowerBound - 1
        while s >= clauseStart, ClaimChainFinder.auxiliaryGap.contains(analysis.tokens[s].key) { s -= 1 }
        guard s >= clauseStart, let cells = analysis.cells.first(where: { $0.tokens.upperBound == s + 1 }),
            cells.role == .tumor
        else { return nil }
        let negation = scopedNegations(in: SentenceAnalysis.span(cells.tokens.upperBound, linkTokens.lowerBound)).first
        var cues: [(position: Int, cue: String)] = [(linkTokens.lowerBound, analysis.elements[e].cue)]
        if let cue = frame.perturbationCue { cues.append((frame.perturbationBefore?.lowerBound ?? frame.token, cue)) }
        return ClaimChain(
            signs: [frame.perturbation * l.sign], negationCue: negation?.cue ?? frame.localNegation, clause: c,
            anchor: frame.token, effect: "survival", cues: cues)
    }
}
