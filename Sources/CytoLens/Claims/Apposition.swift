/// A short noun phrase set off by two commas inside a statement: "The immortalization of
/// lymphocytes co-cultured with producer cells, MT-2, was blocked by IFN-α". The commas
/// of an apposition do not end the statement, so a backward chain may read across them. The
/// phrase has at most four words and no cue, verb or cytokine, so a comma that opens a new
/// statement ("… tumor growth. With this treatment, TNF-α …") or a list is still a break.
extension ClaimChainFinder {
    /// The longest phrase between the two commas that counts as an apposition.
    static let appositionMaximumWords = 4

    /// Whether every comma of `span` belongs to an apposition: commas come in pairs, each pair
    /// enclosing a short phrase with no cue element and no mention.
    func commasAreAppositions(in span: Range<Int>) -> Bool {
        let commas = span.filter { analysis.tokens[$0].key == "," }
        guard !commas.isEmpty, commas.count % 2 == 0 else { return commas.isEmpty }
        for pair in stride(from: 0, to: commas.count, by: 2) {
            let inside = (commas[pair] + 1)..<commas[pair + 1]
            guard !inside.isEmpty, inside.count <= ClaimChainFinder.appositionMaximumWords,
                inside.allSatisfy({ analysis.elementAt[$0] == nil && analysis.tokens[$0].mention == nil })
            else { return false }
        }
        return true
    }
}
