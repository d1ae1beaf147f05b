/// A head noun that governs coordinated "of" complements: in "the blockade of the perforin pathway
/// and of IFN-γ production" the blockade is of both, so a perturbation cue ("blockade",
/// "inhibition", "loss") reaches a mention in a later "and of …" / "or of …" of its own noun
/// phrase. The first complement may be any short noun phrase without a mention, a verb or a
/// punctuation mark; the repeated "of" is what marks the coordination.
enum CoordinatedComplement {
    /// The most words the first complement may have.
    private static let longestFirstComplement = 6

    /// The frame of the mention that opens a coordinated "of" complement of the noun whose cue
    /// ends at `cue.upperBound`, if the noun takes "of" and the coordination follows.
    static func frame(after cue: Range<Int>, frames: [SentenceAnalysis.Frame], tokens: [SentenceToken]) -> Int? {
        var index = cue.upperBound
        guard index < tokens.count, tokens[index].key == "of" || tokens[cue.upperBound - 1].key == "of" else { return nil }
        if tokens[index].key == "of" { index += 1 }
        let limit = min(tokens.count - 1, index + longestFirstComplement)
        while index < limit {
            let token = tokens[index]
            if token.mention != nil || !token.isPlainWord { return nil }
            if (token.key == "and" || token.key == "or") && tokens[index + 1].key == "of" {
                return SentenceAnalysis.frameAfter(index..<(index + 2), frames: frames, tokens: tokens)
            }
            if SentenceAnalysis.isVerbForm(token.key) { return nil }
            index += 1
        }
        return nil
    }
}
