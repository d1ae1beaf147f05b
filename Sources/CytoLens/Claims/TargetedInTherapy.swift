/// A cytokine named as what a therapy targets: "therapeutic strategies designed to simultaneously
/// target both VEGF and FGF2 signalling", "novel therapeutic modalities targeting IL-6", "targeting
/// OPN and its downstream p38 signaling as a novel therapeutic strategy". The therapy works against
/// the tumor (its outcome cue has valence −1) by blocking the cytokine, so the cytokine is
/// pro-tumor: claim = (−1, targeted) × (−1, therapy). The sentence's own verb ("may prove more
/// efficacious") is about the therapy, not the cytokine, so the claim is presupposed by the phrase;
/// its hedges are read as for any claim. Tried only when no other chain reaches the cytokine.
extension ClaimChainFinder {
    /// Words that may stand between the target word and the cytokine, or between listed cytokines
    /// (grammar and adverbs; the target words themselves are the `therapy_target_word` rows of
    /// `rule_words.tsv`).
    static let targetFiller: Set<String> = [
        "both", "simultaneously", "directly", "specifically", "selectively", "the", "and", "or", ",",
    ]

    /// The therapy-target chain of `frame`, or nil.
    func targetedInTherapy(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        let tokens = analysis.tokens
        let clause = clauses[c].tokens
        guard let t = targetWord(before: frame, clause: clause) else { return nil }
        guard let therapy = therapyOutcome(before: t, after: frame.phraseEnd, clause: clause) else { return nil }
        return ClaimChain(
            signs: [-therapy.valence], negationCue: frame.localNegation, clause: c, anchor: frame.token, effect: therapy.effect,
            cues: [
                (position: t, cue: tokens[t].text),
                (position: analysis.elements[therapy.element].tokens.lowerBound, cue: therapy.cue),
            ])
    }

    /// The target word before the mention: its own perturbation cue ("targeting IL-6"), or a target
    /// word over fillers and other listed mentions ("target both VEGF and FGF2").
    private func targetWord(before frame: SentenceAnalysis.Frame, clause: Range<Int>) -> Int? {
        let tokens = analysis.tokens
        if let before = frame.perturbationBefore {
            let last = before.upperBound - 1
            return analysis.ruleWords.therapyTargetWords.contains(tokens[last].key) ? last : nil
        }
        guard frame.perturbation > 0 else { return nil }
        var t = frame.token - 1
        var gap = 0
        while t >= clause.lowerBound, gap <= 6 {
            if analysis.ruleWords.therapyTargetWords.contains(tokens[t].key) { return t }
            guard tokens[t].mention != nil || ClaimChainFinder.targetFiller.contains(tokens[t].key) else { return nil }
            t -= 1
            gap += 1
        }
        return nil
    }

    /// An anti-tumor therapy outcome that ends at most three words before the target word at `target`
    /// ("strategies designed to … target"), or that starts after the cytokine's phrase with only
    /// noun-phrase words between ("… and its downstream p38 signaling as a novel therapeutic strategy").
    private func therapyOutcome(before target: Int, after phraseEnd: Int, clause: Range<Int>)
        -> (element: Int, valence: Int, effect: String, cue: String)?
    {
        let tokens = analysis.tokens
        var t = target - 1
        while t >= clause.lowerBound, target - t <= 4 {
            if let e = analysis.elementAt[t] { return therapy(e) }
            if tokens[t].isPunctuation || tokens[t].mention != nil { break }
            t -= 1
        }
        t = phraseEnd + 1
        while t < clause.upperBound, t - phraseEnd <= 8 {
            if let e = analysis.elementAt[t] { return therapy(e) }
            if tokens[t].isPunctuation { return nil }
            t += 1
        }
        return nil
    }

    private func therapy(_ e: Int) -> (element: Int, valence: Int, effect: String, cue: String)? {
        guard let v = responseOutcome(e), v.valence < 0 else { return nil }
        return (e, v.valence, v.effect, v.cue)
    }

    /// The valence of element `e` when it is a directed `response` outcome noun of `claim_cues.tsv`
    /// ("therapeutic strategy", "for the treatment of"): what a therapy does to the tumor.
    func responseOutcome(_ e: Int) -> (valence: Int, effect: String, cue: String)? {
        guard case .outcome(let outcome) = analysis.elements[e].element, outcome.effect == "response", !outcome.isVerb,
            let v = valence(ofElement: e), v.valence != 0
        else { return nil }
        return v
    }
}
