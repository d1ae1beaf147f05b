/// A class noun in apposition to a cytokine names the cytokine itself: in "IL-6, a pleiotropic
/// cytokine, promotes tumor growth" and "the levels of IL-8, a chemokine that promotes
/// angiogenesis" the tagger finds the class ("cytokine", "chemokine") as a group mention of its
/// own, which stands between the cytokine and its verb. The cytokine then takes the class
/// mention's claim when it has none. The apposition opens with a comma or a bracket and has at most
/// four words before the class noun (an article, adjectives), none of them a link or another
/// mention.
enum ClassApposition {
    /// The most words between the opener and the class mention ("a potent proinflammatory").
    private static let mostWords = 4
    /// The openers of an apposition.
    private static let openers: Set<String> = [",", "("]

    /// The index of the group frame in apposition right after frame `f`, if there is one.
    static func appositive(of f: Int, in analysis: SentenceAnalysis) -> Int? {
        let frame = analysis.frames[f]
        guard frame.mention.kind != .group, !frame.isReceptor else { return nil }
        let tokens = analysis.tokens
        let opener = frame.phraseEnd + 1
        guard opener < tokens.count, openers.contains(tokens[opener].key) else { return nil }
        var t = opener + 1
        while t < tokens.count, t - opener - 1 <= mostWords {
            if tokens[t].mention != nil {
                guard let g = analysis.frames.firstIndex(where: { $0.token == t }), analysis.frames[g].mention.kind == .group
                else { return nil }
                return g
            }
            if tokens[t].isPunctuation { return nil }
            if let e = analysis.elementAt[t], case .link = analysis.elements[e].element { return nil }
            t += 1
        }
        return nil
    }
}
