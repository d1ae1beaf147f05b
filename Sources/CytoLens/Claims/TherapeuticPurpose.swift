/// A cytokine named as what is used against a tumor: "we used IL-12 for the treatment of
/// melanoma", "to utilize these Apo2L/TRAIL preparations for the treatment of skin cancers",
/// "IFN-α in the treatment of chronic myeloid leukemia". The purpose phrase right after the
/// cytokine's noun phrase (a `response` outcome of `claim_cues.tsv` that opens with "for" or "in")
/// says the cytokine is the treatment, so the claim is its perturbation times the outcome's valence:
/// IL-12 anti_tumor, and "anti-TNF agents for the treatment of cancer" TNF pro_tumor. The verb of
/// the sentence ("used", "utilize", "approved") carries no sign; its hedges are read as for any
/// claim. Tried only when no other chain reaches the cytokine.
extension ClaimChainFinder {
    /// Nouns that may stand between the cytokine and the purpose phrase ("IL-2 therapy for …").
    static let purposeFiller: Set<String> = [
        "preparation", "preparations", "therapy", "therapies", "treatment", "gene", "protein", "proteins", "alone",
        "administration", "injection", "injections", "monotherapy", "agent", "agents", "drugs", "products", "antibody",
        "antibodies",
    ]

    /// The purpose chain of `frame`, or nil.
    func therapeuticPurpose(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        let tokens = analysis.tokens
        let clause = clauses[c].tokens
        var t = frame.phraseEnd + 1
        while t < clause.upperBound, t - frame.phraseEnd <= 3, analysis.elementAt[t] == nil,
            ClaimChainFinder.purposeFiller.contains(tokens[t].key)
        {
            t += 1
        }
        guard t < clause.upperBound, let e = analysis.elementAt[t], analysis.elements[e].tokens.lowerBound == t,
            ["for", "in"].contains(CueKey.words(of: analysis.elements[e].cue).first ?? ""), let v = responseOutcome(e)
        else { return nil }
        return ClaimChain(
            signs: [frame.perturbation * v.valence], negationCue: frame.localNegation, clause: c, anchor: frame.token,
            effect: v.effect, cues: [(position: t, cue: v.cue)])
    }
}
