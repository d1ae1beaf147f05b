/// A perturbation gerund written after the mention, used as a noun: "tumor growth was blocked by
/// VEGF silencing.", "VEGF silencing blocked tumor growth", "VEGF targeting is effective". A verb
/// form after a mention is normally its predicate ("IL-6 blocking apoptosis"), so it is read as the
/// mention's perturbation only when what follows it cannot be its object: the sentence's end, a
/// punctuation mark, "in", or a link word (a verb, a condition such as "by", a copula).
enum GerundPerturbation {
    /// Whether the `-ing` cue at `cue` stands as a noun after its mention.
    static func standsAsNoun(_ cue: Range<Int>, text: String, tokens: [SentenceToken], cues: ClaimCues) -> Bool {
        // The cue's last word is the gerund ("VEGF silencing", "knocking down").
        guard text.hasSuffix("ing") else { return false }
        let next = cue.upperBound
        guard next < tokens.count else { return true }
        // `isPunctuation` leaves out the full stop, which ends the sentence.
        if tokens[next].isPunctuation || [".", "in"].contains(tokens[next].key) { return true }
        return cues.links.match(tokens, at: next) != nil
    }
}
