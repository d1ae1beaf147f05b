/// An outcome named with the tumor after it: "the progression of colorectal cancer", "the
/// development of many cancers". It mirrors ``NamedTumorOutcome`` ("melanoma progression"): a
/// process word, "of", at most three describing words and a cancer name (`cancers.tsv`) are read as
/// the lexicon's own phrase "tumor <process>" ("tumor progression"). Only the processes the lexicon
/// lists with "tumor" in front of them take part, so the cue lists still decide which processes name
/// a tumor. A cancer name that opens an outcome of its own ("control of tumor growth") is left to
/// that outcome.
enum GenitiveTumorOutcome {
    /// The word that the lexicon's tumor phrases start with.
    private static let tumorWord = "tumor"
    /// The most words the process may have before "of".
    private static let longestProcess = 2
    /// The most describing words between "of" and the cancer name ("of human colorectal cancer").
    private static let mostDescribingWords = 3
    /// Words that end the search for the cancer name: another phrase or clause begins.
    private static let barriers: Set<String> = [
        "of", "in", "with", "and", "or", "by", "to", "from", "for", "on", "at", "as", "than", "but", "that", "which",
        "is", "are", "was", "were", "be", "been", "patients", "patient", "mice",
    ]

    /// The outcome that the process starting at token `start`, "of" and the cancer name after it form
    /// together, if the lexicon lists the process with "tumor" in front of it. The hit covers the
    /// process up to the cancer name and carries the lexicon's phrase as its cue.
    static func match(
        at start: Int, cancers: [PhraseTable<String>.Hit], outcomes: PhraseTable<OutcomeCue>, tokens: [SentenceToken]
    ) -> PhraseTable<OutcomeCue>.Hit? {
        for length in stride(from: longestProcess, through: 1, by: -1) {
            let of = start + length
            guard of + 1 < tokens.count, tokens[of].key == "of" else { continue }
            let words = tokens[start..<of]
            guard words.allSatisfy({ $0.mention == nil && !$0.key.isEmpty && !$0.isPunctuation }) else { continue }
            // The lexicon's phrase "tumor" + these words, compared word by word (no phrase is built).
            guard
                let entry = outcomes.entries(startingWith: tumorWord).first(where: { entry in
                    entry.words.count == length + 1 && !entry.payload.isVerb
                        && zip(entry.words.dropFirst(), words).allSatisfy { $0 == $1.key }
                })
            else { continue }
            guard let end = cancerEnd(after: of, cancers: cancers, outcomes: outcomes, tokens: tokens) else { return nil }
            return PhraseTable.Hit(tokens: start..<end, cue: entry.cue, payload: entry.payload)
        }
        return nil
    }

    /// The end of the cancer name that the "of" at `of` introduces, after at most three describing words.
    private static func cancerEnd(
        after of: Int, cancers: [PhraseTable<String>.Hit], outcomes: PhraseTable<OutcomeCue>, tokens: [SentenceToken]
    ) -> Int? {
        var t = of + 1
        while t < tokens.count, t - of - 1 <= mostDescribingWords {
            if let cancer = cancers.first(where: { $0.tokens.lowerBound == t }) {
                let after = cancer.tokens.upperBound
                // "the control of tumor growth": the cancer name opens an outcome of its own.
                if outcomes.match(tokens, at: t) != nil || (after < tokens.count && outcomes.match(tokens, at: after) != nil) {
                    return nil
                }
                return after
            }
            let token = tokens[t]
            guard token.mention == nil, !token.isPunctuation, !barriers.contains(token.key) else { return nil }
            t += 1
        }
        return nil
    }
}
