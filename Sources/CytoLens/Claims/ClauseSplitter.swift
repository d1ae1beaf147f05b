/// A stretch of a sentence that states one thing: the sentence cut at contrast and concession
/// words, semicolons and colons.
struct Clause: Equatable {
    /// How the clause relates to the rest of the sentence.
    enum Kind: Equatable {
        /// The main statement, or one of several joined by "but", "whereas", "while".
        case main
        /// A concession that opens the sentence and ends at its comma ("Although IL-6 …, ").
        case concessive
        /// A comparison that opens the sentence ("Unlike IL-2, …", "In contrast to …, ").
        case comparative
    }

    /// The token range, boundary word included at its start.
    var tokens: Range<Int>
    var kind: Kind
}

/// Cuts a sentence into ``Clause``s.
///
/// Boundaries are ";" and ":", and the negation list's `terminate` words ("but", "however",
/// "whereas", "while", "although", "in contrast", …) except "but not" and "but also". A
/// concessive or comparative opener ("Although …,", "Unlike IL-2,") runs to its first comma.
enum ClauseSplitter {
    static func clauses(of analysis: SentenceAnalysis) -> [Clause] {
        let tokens = analysis.tokens
        guard !tokens.isEmpty else { return [] }
        var cuts: [(at: Int, kind: Clause.Kind)] = []
        var i = 0
        while i < tokens.count {
            let key = tokens[i].key
            if key == ";" || key == ":" {
                cuts.append((i + 1, .main))
            } else if key == ",", i + 2 < tokens.count, tokens[i + 1].key.hasSuffix("ing"), tokens[i + 2].key == "that" {
                // ", showing that …", ", suggesting that …": a new statement about the one before.
                cuts.append((i + 1, .main))
            } else if key == "unlike" || key == "contrary"
                || (key == "in" && i + 2 < tokens.count && tokens[i + 1].key == "contrast" && tokens[i + 2].key == "to")
            {
                if let comma = nextComma(after: i, tokens) {
                    cuts.append((i, .comparative))
                    cuts.append((comma + 1, .main))
                    i = comma + 1
                    continue
                }
            }
            i += 1
        }
        for negation in analysis.negations where negation.kind == .terminate {
            let start = negation.tokens.lowerBound
            let next = negation.tokens.upperBound < tokens.count ? tokens[negation.tokens.upperBound].key : ""
            if negation.cue == "but", next == "not" || next == "also" || next == "only" { continue }
            if negation.cue == "yet", start > 0, tokens[start - 1].key == "not" || tokens[start - 1].key == "as" { continue }
            if negation.cue == "while", next == "also" && start == 0 { continue }
            // An opener may follow a sentence adverb: "Interestingly, although …", "RESULTS Whereas …".
            let opensSentence =
                start == 0
                || (start <= 3
                    && tokens[0..<start].allSatisfy {
                        $0.isPunctuation || $0.key.hasSuffix("ly") || ClauseSplitter.sentenceAdverbs.contains($0.key)
                    })
            if opensSentence, ["although", "though", "while", "whereas", "whilst"].contains(negation.cue),
                let comma = nextComma(after: start, tokens)
            {
                cuts.append((start, .concessive))
                cuts.append((comma + 1, .main))
            } else if start > 0 {
                // A contrast word inside a comparative opener does not cut it.
                cuts.append((start, .main))
            }
        }
        var kindAt: [Int: Clause.Kind] = [0: .main]
        for cut in cuts where cut.at < tokens.count {
            if kindAt[cut.at] == nil || kindAt[cut.at] == .main { kindAt[cut.at] = cut.kind }
        }
        let positions = kindAt.keys.sorted()
        var clauses: [Clause] = []
        for (n, position) in positions.enumerated() {
            let end = n + 1 < positions.count ? positions[n + 1] : tokens.count
            clauses.append(Clause(tokens: position..<end, kind: kindAt[position] ?? .main))
        }
        return clauses.filter { !$0.tokens.isEmpty }
    }

    /// Words that may come before a sentence-opening concession.
    static let sentenceAdverbs: Set<String> = [
        "results", "background", "however", "moreover", "thus", "therefore", "furthermore", "in", "addition", "contrast", "but",
        "and",
    ]

    private static func nextComma(after index: Int, _ tokens: [SentenceToken]) -> Int? {
        var depth = 0
        for j in (index + 1)..<tokens.count {
            switch tokens[j].key {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "," where depth == 0: return j
            default: break
            }
        }
        return nil
    }
}
