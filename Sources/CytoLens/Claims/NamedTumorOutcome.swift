/// An outcome named with the tumor it happens to: "melanoma progression", "glioma growth",
/// "HCC cell proliferation". A cancer name (`cancers.tsv`) right before the words of a process
/// stands where "tumor" stands in the lexicon's own phrase ("tumor progression", "tumor growth",
/// "tumor cell proliferation"), and the two together are read as that phrase. Only the processes
/// the lexicon lists with "tumor" in front of them take part, so the cue lists decide which
/// processes name a tumor; a cancer name before anything else ("melanoma patients") is no outcome.
enum NamedTumorOutcome {
    /// The word that the lexicon's tumor phrases start with.
    private static let tumorWord = "tumor"
    /// The most words a process may have after the cancer name ("cell cycle progression").
    private static let longestProcess = 3

    /// The outcome that a cancer name starting at token `start` and the words right after it form
    /// together, if the lexicon lists those words with "tumor" in front of them (the longest such
    /// phrase). The hit covers both and carries the lexicon's phrase as its cue.
    static func match(
        at start: Int, cancers: [PhraseTable<String>.Hit], outcomes: PhraseTable<OutcomeCue>, tokens: [SentenceToken]
    ) -> PhraseTable<OutcomeCue>.Hit? {
        guard let cancer = cancers.first(where: { $0.tokens.lowerBound == start }) else { return nil }
        let after = cancer.tokens.upperBound
        var words: [String] = []
        for index in after..<min(tokens.count, after + longestProcess) {
            guard tokens[index].mention == nil, !tokens[index].key.isEmpty else { break }
            words.append(tokens[index].key)
        }
        while !words.isEmpty {
            let phrase = ([tumorWord] + words).joined(separator: " ")
            if let payload = outcomes.payload(of: phrase), !payload.isVerb {
                return PhraseTable.Hit(tokens: start..<(after + words.count), cue: phrase, payload: payload)
            }
            words.removeLast()
        }
        return nil
    }
}
