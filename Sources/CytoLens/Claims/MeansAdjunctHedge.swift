/// A hedge adverb that opens an adjunct after the claim doubts that adjunct, not the claim: in
/// "IL-6 promoted tumor growth, possibly through STAT3 activation" and "…, perhaps by indirectly
/// reducing …" the finding is stated and only its means is a guess. The adverb must follow a comma
/// after every word of the claim and be followed by a preposition of means or cause or by a gerund
/// ("probably reflecting …"); an adverb before the verb ("IL-6 possibly promotes …") still hedges.
enum MeansAdjunctHedge {
    /// The hedge type of the adverbs (possibly, perhaps, probably … in `hedge_cues.tsv`).
    static let adverbType = "adverb"
    /// Words that open an adjunct of means or cause.
    private static let adjunctOpeners: Set<String> = [
        "by", "through", "via", "due", "because", "owing", "as", "from", "when", "in", "at", "partly", "partially",
        "mainly", "secondary",
    ]

    /// Whether the hedge at `hedge`, of `type`, only opens an adjunct after the claim's last token.
    static func doubtsOnlyTheAdjunct(
        _ hedge: Range<Int>, type: String, claimEnd: Int, tokens: [SentenceToken]
    ) -> Bool {
        guard type == adverbType, hedge.lowerBound > claimEnd + 1, tokens[hedge.lowerBound - 1].key == ",",
            hedge.upperBound < tokens.count
        else { return false }
        let next = tokens[hedge.upperBound].key
        return adjunctOpeners.contains(next) || (next.hasSuffix("ing") && next.count > 4)
    }
}
