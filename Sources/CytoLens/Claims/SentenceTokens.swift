/// One token of a sentence as the claim rules see it: a word, a punctuation mark, or a whole
/// cytokine, group or receptor mention.
struct SentenceToken: Sendable, Hashable {
    /// The text as written.
    var text: String
    /// The cue key (see ``CueKey``); empty for a mention.
    var key: String
    /// Code point offsets in the sentence.
    var range: Range<Int>
    /// The index of the mention this token stands for, in the sentence's mention list.
    var mention: Int?
    /// Whether the token follows the previous one with no white space between them.
    var attached: Bool

    /// Whether this is a punctuation mark.
    var isPunctuation: Bool {
        mention == nil && text.count == 1 && SentenceTokens.punctuation.contains(text.unicodeScalars.first!)
    }
}

/// Splits a sentence into ``SentenceToken``s, with each mention kept as one token.
///
/// Words break at white space and at the punctuation marks `, ; : ( ) [ ] { } " “ ” ! ?`; a
/// period is split off the end of a word but kept inside one ("0.05", "e.g"). Text glued to
/// the end of a mention ("-deficient" in "IL-6-deficient") becomes its own attached token.
enum SentenceTokens {
    static let punctuation: Set<Unicode.Scalar> = [
        ",", ";", ":", "(", ")", "[", "]", "{", "}", "\"", "\u{201C}", "\u{201D}", "!", "?",
    ]

    /// The tokens of `text`; `mentions` are ranges of code point offsets in `text`, in any order
    /// (overlapping ones after the first are ignored).
    static func tokenize(_ text: String, mentions: [Range<Int>]) -> [SentenceToken] {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int: (end: Int, index: Int)] = [:]
        var lastEnd = -1
        for (index, range) in mentions.enumerated().sorted(by: { $0.element.lowerBound < $1.element.lowerBound }) {
            guard range.lowerBound >= lastEnd, range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else {
                continue
            }
            starts[range.lowerBound] = (range.upperBound, index)
            lastEnd = range.upperBound
        }
        var tokens: [SentenceToken] = []
        var i = 0
        var attached = false
        var wordStart: Int?

        func flushWord(upTo end: Int) {
            guard let start = wordStart else { return }
            wordStart = nil
            var stop = end
            // A final period (or several) is its own token unless the word is an abbreviation with inner periods.
            var trailing: [Int] = []
            while stop > start + 1, scalars[stop - 1] == ".",
                !String(String.UnicodeScalarView(scalars[start..<(stop - 1)])).contains(".")
            {
                trailing.append(stop - 1)
                stop -= 1
            }
            let word = String(String.UnicodeScalarView(scalars[start..<stop]))
            tokens.append(SentenceToken(text: word, key: CueKey.of(word), range: start..<stop, mention: nil, attached: attached))
            for p in trailing.reversed() {
                tokens.append(SentenceToken(text: ".", key: ".", range: p..<(p + 1), mention: nil, attached: true))
            }
            attached = true
        }

        while i < scalars.count {
            if let (end, index) = starts[i] {
                flushWord(upTo: i)
                let mentionText = String(String.UnicodeScalarView(scalars[i..<end]))
                tokens.append(SentenceToken(text: mentionText, key: "", range: i..<end, mention: index, attached: attached))
                attached = true
                i = end
                continue
            }
            let scalar = scalars[i]
            if scalar.properties.isWhitespace {
                flushWord(upTo: i)
                attached = false
            } else if punctuation.contains(scalar) {
                flushWord(upTo: i)
                let mark = String(scalar)
                tokens.append(SentenceToken(text: mark, key: mark, range: i..<(i + 1), mention: nil, attached: attached))
                attached = true
            } else if wordStart == nil {
                wordStart = i
            }
            i += 1
        }
        flushWord(upTo: scalars.count)
        return tokens
    }
}
