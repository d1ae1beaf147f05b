/// Aim and method statements: the stretch of a sentence that says what a study set out to do or
/// what was examined ("To identify cytokines that may contribute to survival, …", "we investigated
/// whether …", "The effect of IL-1β on proliferation has been examined"). An outcome inside it is
/// asked about, not found, so a chain that ends there states no claim, and a hedge inside it hedges
/// nothing. The cue words are rows of `hedge_cues.tsv` typed `aim`, `aim_passive` and `finding`.
enum AimStatement {
    /// The aim stretches of a sentence, from its hedge-table hits (token range and row type).
    ///
    /// - An `aim` cue ("to investigate", "we examined", "the aim of this study") opens a stretch
    ///   that runs to the end of the clause (";", ":" or a contrast word) or to a `finding` cue
    ///   ("found", "showed"). A "to …" cue that opens the sentence ("To identify …,") runs only to
    ///   its comma: the main clause after it says what was done or found.
    /// - An `aim_passive` cue ("has been examined", "were investigated") closes a stretch that
    ///   starts at the beginning of its clause: what comes before it is what was examined.
    static func spans(_ hits: [(tokens: Range<Int>, type: String)], tokens: [SentenceToken]) -> [Range<Int>] {
        guard hits.contains(where: { $0.type == "aim" || $0.type == "aim_passive" }) else { return [] }
        let findings = hits.filter { $0.type == "finding" }.map(\.tokens.lowerBound)
        var spans: [Range<Int>] = []
        for hit in hits {
            switch hit.type {
            case "aim":
                var end = hit.tokens.upperBound
                let untilComma = tokens[hit.tokens.lowerBound].key == "to" || tokens[hit.tokens.lowerBound].key == "in"
                let stopAtComma = untilComma && opensSentence(hit.tokens.lowerBound, tokens)
                var depth = 0
                while end < tokens.count {
                    let key = tokens[end].key
                    if key == "(" || key == "[" { depth += 1 }
                    if key == ")" || key == "]" { depth = max(0, depth - 1) }
                    if key == ";" || key == ":" || clauseBreaks.contains(key) || findings.contains(end) { break }
                    if stopAtComma, depth == 0, key == "," { break }
                    end += 1
                }
                spans.append(hit.tokens.lowerBound..<end)
            case "aim_passive":
                var start = hit.tokens.lowerBound
                while start > 0, ![";", ":"].contains(tokens[start - 1].key), !clauseBreaks.contains(tokens[start - 1].key) {
                    start -= 1
                }
                spans.append(start..<hit.tokens.upperBound)
            default: continue
            }
        }
        return spans
    }

    /// Words that end an aim stretch: a contrast opens another statement.
    static let clauseBreaks: Set<String> = ["but", "whereas", "however", "although", "while"]

    /// Whether only a heading ("OBJECTIVE", "AIMS:") or a short lead-in ("Here,", "In this study,")
    /// stands before token `index`.
    static func opensSentence(_ index: Int, _ tokens: [SentenceToken]) -> Bool {
        let leadIn: Set<String> = ["here", "in", "this", "the", "present", "current", "study", "first", "finally", "next"]
        return tokens[..<index].allSatisfy { token in
            token.isPunctuation || leadIn.contains(token.key)
                || (token.text.count > 2 && token.text.unicodeScalars.allSatisfy { $0.properties.isUppercase })
        }
    }
}
