/// "IL-6 was blocked with tocilizumab", "IL-6 expression was knocked down", "IL-6 could be
/// neutralized": a perturbation participle in the passive after a mention perturbs the mention,
/// as "blockade of IL-6" does. Without the auxiliary the participle is the mention's own
/// predicate ("IL-6 blocked apoptosis"), a signed verb of the chain.
enum PassivePerturbation {
    /// The passive auxiliaries (grammar, so kept in code).
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

    /// Perfect and progressive helpers before an auxiliary ("has been", "was being").
    private static let helpers: Set<String> = ["has", "have", "had", "is", "are", "was", "were"]

    /// The frame a perturbation cue perturbs when it is a passive participle after the mention's
    /// phrase: an auxiliary, at most two adverbs in "-ly" ("was efficiently blocked"), then the
    /// cue. `nil` for a present participle or when no auxiliary stands before the cue.
    static func frame(
        perturbedBy cue: Range<Int>, text: String, frames: [SentenceAnalysis.Frame], tokens: [SentenceToken]
    ) -> Int? {
        guard !text.hasSuffix("ing") else { return nil }
        var index = cue.lowerBound - 1
        var adverbs = 0
        while index > 0, adverbs < 2, tokens[index].mention == nil, tokens[index].key.hasSuffix("ly") {
            index -= 1
            adverbs += 1
        }
        guard index > 0, auxiliaries.contains(tokens[index].key) else { return nil }
        if helpers.contains(tokens[index - 1].key) { index -= 1 }
        return SentenceAnalysis.frameBefore(index..<cue.upperBound, frames: frames, tokens: tokens)
    }
}
