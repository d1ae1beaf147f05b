/// A mechanism asked about in an aim: "to elucidate the mechanism by which BMP-6 exerts its
/// anti-tumorigenic effect", "to examine the mechanism whereby GDF-15 inhibits angiogenesis",
/// "to determine how IL-6 promotes invasion". The aim asks how the effect comes about, not whether
/// it does: the effect itself is taken for granted, so the cytokine's chain in that clause is a
/// claim the sentence presupposes (the gold set labels it a claim, not hedged), and the aim rule
/// (``AimStatement``) does not drop it.
enum PresupposedMechanism {
    /// The words that open a mechanism clause, each as the keys of its tokens: grammar, so in code.
    private static let openers: [[String]] = [
        ["whereby"], ["by", "which"], ["through", "which"], ["via", "which"], ["how"],
    ]

    /// Words that may stand between the opener and the cytokine ("by which the cytokine IL-6",
    /// "how endogenous TGF-β"), as token keys (``CueKey``: "tumor-derived" is keyed "tumorderived").
    private static let filler = Set(
        ["the", "a", "an", "this", "cytokine", "endogenous", "exogenous", "recombinant", "human", "tumor-derived"].map {
            CueKey.of($0)
        })

    /// Whether the mention at token `anchor` is the subject of a mechanism clause: an opener stands
    /// before it with at most two filler words between.
    static func opensClause(at anchor: Int, tokens: [SentenceToken]) -> Bool {
        var t = anchor - 1
        var skipped = 0
        while t >= 0, skipped < 2, filler.contains(tokens[t].key) {
            t -= 1
            skipped += 1
        }
        return openers.contains { words in
            let first = t - words.count + 1
            guard first >= 0 else { return false }
            return words.indices.allSatisfy { tokens[first + $0].key == words[$0] }
        }
    }
}
