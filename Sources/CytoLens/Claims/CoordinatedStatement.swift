/// Two statements joined by ", and", the second with a subject and a finite verb of its own:
/// "the association may be mediated by …, and TNFSF10 is important for tumour apoptosis";
/// "IL-17F is an antagonist of the anti-angiogenic effects of …, and angiogenesis may play a role
/// in …". A hedge in one statement does not reach a claim that lies wholly in the other one.
enum CoordinatedStatement {
    /// Finite verbs and modals that show the words after ", and" open a statement of their own.
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "may", "might", "could", "can", "will", "would", "has", "have", "had", "plays", "play",
        "appears", "appear", "seems", "seem", "remains", "remain",
    ]

    /// Subjects that refer back to the statement before them.
    static let anaphoricSubjects: Set<String> = ["this", "it", "they", "these", "that", "those", "such"]

    /// The token ranges of the statements of a sentence, cut at each ", and" whose next few words
    /// (at most three, none of them a mention-free verb form before the subject) end in a finite verb.
    static func statements(in tokens: [SentenceToken]) -> [Range<Int>] {
        var cuts: [Int] = []
        for i in tokens.indices where i + 2 < tokens.count && tokens[i].key == "," && tokens[i + 1].key == "and" {
            let subject = (i + 2)..<min(tokens.count, i + 6)
            guard let verb = subject.first(where: { finiteVerbs.contains(tokens[$0].key) }), verb > i + 2 else { continue }
            // "…, and this may affect …": a pronoun subject continues the statement before it.
            guard !anaphoricSubjects.contains(tokens[i + 2].key) else { continue }
            // The words before the verb make a noun phrase: no punctuation between.
            guard (i + 2..<verb).allSatisfy({ !tokens[$0].isPunctuation || tokens[$0].key == "-" }) else { continue }
            cuts.append(i)
        }
        guard !cuts.isEmpty else { return [0..<tokens.count] }
        var spans: [Range<Int>] = []
        var start = 0
        for cut in cuts {
            spans.append(start..<cut)
            start = cut
        }
        spans.append(start..<tokens.count)
        return spans
    }

    /// Whether the hedge at `position` lies in another statement than the anchor and every claim
    /// token; `spans` are the sentence's ``statements(in:)``.
    static func separates(hedgeAt position: Int, anchor: Int, claimTokens: Set<Int>, spans: [Range<Int>]) -> Bool {
        guard spans.count > 1, let own = spans.first(where: { $0.contains(position) }) else { return false }
        return !own.contains(anchor) && !claimTokens.contains(where: { own.contains($0) })
    }
}
