/// An association written before both of its sides: "a significant correlation was observed
/// between VEGF expression and MVD", "an inverse association between serum IL-6 and lymph node
/// metastasis". The cytokine's level is the first side and the outcome the second, so the
/// association cue that ends in "between" (`claim_cues.tsv`) governs the outcome the cytokine's
/// forward chain reaches, as a nominal link before the cytokine does ("the role of IL-6 in").
/// A negation right before the cue ("no correlation between") denies the association.
extension ClaimChainFinder {
    /// Function words and level words that may stand between "between" and the cytokine ("between
    /// the serum levels of IL-6", "between high VEGF expression"); the level nouns and sample words
    /// are the `level_noun` and `sample_word` sets of `rule_words.tsv`.
    private static let sideFiller: Set<String> = ["the", "a", "an", "of", "high", "positive", "its"]

    /// The most words between "between" and the cytokine.
    private static let longestSide = 4

    /// The association element ending in "between" that opens the side the cytokine of `frame` stands in.
    func associationBetween(_ frame: SentenceAnalysis.Frame) -> Int? {
        var t = (frame.perturbationBefore?.lowerBound ?? frame.token) - 1
        var skipped = 0
        let words = analysis.ruleWords
        while t >= 0, skipped < Self.longestSide, tokens(t).mention == nil, analysis.elementAt[t] == nil {
            let key = tokens(t).key
            guard Self.sideFiller.contains(key) || words.levelNouns.contains(key) || words.sampleWords.contains(key) else {
                break
            }
            t -= 1
            skipped += 1
        }
        guard t >= 0, tokens(t).key == "between", let e = analysis.elementAt[t],
            case .link(let l) = analysis.elements[e].element, l.kind == .association
        else { return nil }
        return e
    }

    /// The negation right before the association element `e` ("no correlation between", "no
    /// significant association between"), at most one word away.
    func negationOfAssociation(_ e: Int) -> String? {
        let start = analysis.elements[e].tokens.lowerBound
        return analysis.negations.first { negation in
            negation.kind == .pre && negation.tokens.upperBound <= start && start - negation.tokens.upperBound <= 1
        }?.cue
    }

    private func tokens(_ index: Int) -> SentenceToken { analysis.tokens[index] }
}
