/// A level of a cytokine compared in a group that an outcome names: "patients with advanced cancer
/// had higher serum levels of IL-6", "women with lymph node metastasis showed elevated serum IL-8".
/// It is the backward form of "serum IL-6 was higher in patients with advanced cancer", which the
/// forward chain reads: the outcome stands in a "with" phrase of the group, the cytokine's level
/// comes after it, and the comparison word ("higher", "lower", "elevated") gives the sign.
extension ClaimChainFinder {
    /// The most words between "with" and the outcome it opens ("with very advanced cancer").
    private static let longestGroupModifier = 2

    /// Whether the outcome at `outcome` names a group ("patients with advanced cancer") and the
    /// words in `span`, between it and the cytokine, or the cytokine's own perturbation cue ("lower
    /// levels of"), name a measured level.
    func comparesLevelInGroup(outcome: Range<Int>, span: Range<Int>, frame: SentenceAnalysis.Frame) -> Bool {
        let tokens = analysis.tokens
        let opensGroup = (max(0, outcome.lowerBound - 1 - Self.longestGroupModifier)..<outcome.lowerBound).contains {
            // A "with" of a link ("associated with EMT") joins no group.
            tokens[$0].key == "with" && analysis.elementAt[$0] == nil
        }
        guard opensGroup else { return false }
        // The `group_level_word` set of `rule_words.tsv`.
        let levelWords = analysis.ruleWords.groupLevelWords
        if span.contains(where: { levelWords.contains(tokens[$0].key) }) { return true }
        guard let cue = frame.perturbationCue else { return false }
        return CueKey.words(of: cue).contains { levelWords.contains($0) }
    }
}
