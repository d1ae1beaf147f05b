/// A low level written around the mention: "Reduced IL-33 plasma levels …", "low IL-12
/// expression …". Like the `low_level` rows of `inverters.tsv` ("reduced levels of IL-33"), the
/// low level reads as a loss of the cytokine (perturbation −1), so "reduced IL-33 levels were
/// associated with advanced stage" gives IL-33 anti_tumor. Both sides are needed: a low-level
/// word right before the mention and a level noun right after it (a sample word may stand
/// between), so that "TGF-β reduced IL-6 production" keeps "reduced" as TGF-β's verb.
enum LowLevelPhrase {
    /// The token of the low-level word before the mention at `index`, when a level noun follows it.
    /// The words are the `low_level_word`, `sample_word` and `level_noun` sets of `rule_words.tsv`:
    /// a sample word may stand between the mention and its level noun ("IL-33 plasma levels").
    static func lowWord(beforeMentionAt index: Int, phraseEnd: Int, tokens: [SentenceToken], words: RuleWords) -> Int? {
        guard index >= 1, tokens[index - 1].mention == nil, words.lowLevelWords.contains(tokens[index - 1].key) else {
            return nil
        }
        var j = phraseEnd + 1
        var skipped = 0
        while j < tokens.count, skipped < 2, words.sampleWords.contains(tokens[j].key) {
            j += 1
            skipped += 1
        }
        guard j < tokens.count, words.levelNouns.contains(tokens[j].key) else { return nil }
        return index - 1
    }
}
