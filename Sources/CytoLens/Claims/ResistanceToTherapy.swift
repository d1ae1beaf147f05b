/// A resistance whose object names no outcome: "IL-6 confers resistance to cisplatin", "rendered the
/// cells resistant to chemotherapy". The link "resistance to" turns the outcome after it over
/// ("resistance to TNF-induced apoptosis"); when a drug or therapy follows instead of an outcome,
/// the resistance is itself the outcome (the tumor survives the treatment: pro-tumor). A mention
/// after it ("resistance to TRAIL") is the cytokine's own role noun and is left to that rule.
enum ResistanceToTherapy {
    /// The lemma of the links "resistance to", "resistant to", "resistance against".
    static let lemma = "resistant"
    /// The effect such a claim names.
    static let effect = "resistance"
    /// The most words the object may have before the phrase ends.
    private static let longestObject = 6
    /// Words that end the object: a place, a manner or another phrase follows.
    private static let enders: Set<String> = ["in", "of", "and", "or", "by", "through", "via", "that", "which", "with"]

    /// Whether the link element `e` is followed by an object with no outcome, link or cytokine: a drug
    /// or a therapy ("to cisplatin", "to EGFR inhibitors", "to anti-estrogen therapy").
    static func objectIsTherapy(of e: Int, in analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        let start = analysis.elements[e].tokens.upperBound
        var t = start
        while t < tokens.count, t - start < longestObject {
            let token = tokens[t]
            if token.isPunctuation || enders.contains(token.key) { break }
            if analysis.elementAt[t] != nil { return false }
            if token.mention != nil, !analysis.frames.contains(where: { $0.token == t && $0.isReceptor }) { return false }
            t += 1
        }
        return t > start
    }
}
