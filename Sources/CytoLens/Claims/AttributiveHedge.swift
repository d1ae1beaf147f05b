/// A hedge adjective used attributively scopes over the noun it modifies, not over the sentence:
/// "a putative tumor suppressor gene near the interferon loci" doubts the gene, "offered a
/// potential explanation" the explanation. It hedges a claim only when its noun is the claim's:
/// the cytokine itself, a cue word of the claim, or a noun that names a claim ("a possible role
/// for IL-6", "the putative involvement of IL-8", "a potential target").
enum AttributiveHedge {
    /// Verbs before the adjective that make it a predicate ("is a potential target", "remains
    /// unclear"): ``ClaimExtractor/copulas`` without the articles, since "a" before "putative"
    /// makes no predicate here.
    static let copulas = ClaimExtractor.copulas.subtracting(["a", "an"])
    /// The most words of the noun phrase after the adjective.
    private static let longestNounPhrase = 4

    /// Whether the hedge adjective at `adjective` modifies a noun phrase that is not the claim's:
    /// it is no predicate, and the words after it, up to a preposition, punctuation or a mention,
    /// hold neither the cytokine at `anchor`, nor a token of `claimTokens`, nor a noun of
    /// `claimNouns` (the `claim_noun` set of `rule_words.tsv`: nouns that name a claim about the
    /// cytokine, so that a hedge adjective on them hedges it).
    static func modifiesAnotherNoun(
        _ adjective: Range<Int>, anchor: Int, claimTokens: Set<Int>, tokens: [SentenceToken], claimNouns: Set<String>
    ) -> Bool {
        let before = max(0, adjective.lowerBound - 3)..<adjective.lowerBound
        if before.contains(where: { copulas.contains(tokens[$0].key) }) { return false }
        var index = adjective.upperBound
        var words = 0
        while index < tokens.count, words < longestNounPhrase {
            let token = tokens[index]
            if index == anchor || token.mention != nil || claimTokens.contains(index) { return false }
            if stops.contains(token.key) || !token.isPlainWord { break }
            if claimNouns.contains(token.key) { return false }
            index += 1
            words += 1
        }
        return words > 0
    }

    /// Words that end the noun phrase after the adjective.
    private static let stops: Set<String> = [
        "of", "in", "for", "to", "that", "with", "at", "on", "by", "from", "near", "and", "or", "which", "between", "than",
    ]
}
