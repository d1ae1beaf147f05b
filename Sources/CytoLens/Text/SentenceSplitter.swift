/// Splits passages into sentences, knowing the abbreviations of biomedical prose.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by white
/// space and an upper-case letter, digit or opening bracket, unless the period belongs to a
/// known abbreviation ("et al.", "Fig.", "e.g.", "vs.", "approx."), an initial or a species
/// abbreviation ("M. tuberculosis"), or a decimal number.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The sentences of all passages of an article, in order.
    public func sentences(in article: Article) -> [Sentence] {
        var result: [Sentence] = []
        for passage in article.passages {
            for range in split(passage.text) {
                result.append(
                    Sentence(
                        index: result.count, passage: passage.index,
                        start: passage.offset + range.lowerBound, end: passage.offset + range.upperBound))
            }
        }
        return result
    }

    /// The sentence ranges of a text, as code point offsets into it, trimmed of white space.
    public func split(_ text: String) -> [Range<Int>] {
        // Appended one by one into room for the worst case: `Array(text.unicodeScalars)` would
        // walk the text twice, once to count.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < scalars.count, SentenceSplitter.closers.contains(scalars[end]) { end += 1 }
                if end < scalars.count, SentenceSplitter.isWhitespace(scalars[end]),
                    startsSentence(scalars, at: skipSpace(scalars, from: end)),
                    c != "." || !isAbbreviation(scalars, periodAt: i)
                {
                    appendTrimmed(scalars, start..<end, to: &ranges)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        appendTrimmed(scalars, start..<scalars.count, to: &ranges)
        return ranges
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}"]

    private static let abbreviations: Set<String> = [
        "al", "fig", "figs", "e.g", "i.e", "vs", "approx", "ca", "cf", "etc", "no", "nos", "ref", "refs",
        "eq", "eqs", "sec", "suppl", "vol", "dr", "prof", "mr", "mrs", "ms", "st", "inc", "ltd", "co",
        "resp", "min", "max", "sp", "spp", "var", "subsp", "viz", "tab", "table", "mol", "wt", "conc",
        "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "p", "pp", "ed", "eds", "e", "i", "n", "c", "s",
    ]

    private func skipSpace(_ s: [Unicode.Scalar], from index: Int) -> Int {
        var j = index
        while j < s.count, SentenceSplitter.isWhitespace(s[j]) { j += 1 }
        return j
    }

    private func startsSentence(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        guard j < s.count else { return false }
        let c = s[j]
        if SentenceSplitter.isUppercase(c) || ("0"..."9").contains(c) { return true }
        if c == "(" || c == "[" || c == "\"" || c == "\u{201C}" { return true }
        // Greek letters and gene names such as "γδ T cells" or "mRNA" may start a sentence too.
        if !c.isASCII, c.properties.isAlphabetic { return true }
        return false
    }

    private func isAbbreviation(_ s: [Unicode.Scalar], periodAt i: Int) -> Bool {
        // The word before the period, including inner periods ("e.g", "i.e").
        var j = i
        var isASCII = true
        while j > 0, !SentenceSplitter.isWhitespace(s[j - 1]), s[j - 1] != "(" {
            j -= 1
            isASCII = isASCII && s[j].isASCII
        }
        if isASCII { return isASCIIAbbreviation(s[j..<i]) }
        let word = String(String.UnicodeScalarView(s[j..<i])).lowercased()
        if word.isEmpty { return false }
        if SentenceSplitter.abbreviations.contains(word) { return true }
        // A single capital letter: an initial or a species abbreviation ("M. tuberculosis").
        if word.count == 1, let first = s[j..<i].first, first.properties.isUppercase { return true }
        // Dotted abbreviations such as "U.S." or "a.m.".
        if word.contains("."), word.count <= 5 { return true }
        // A following lower-case word after "sp." style or a number after "Fig." is handled above;
        // a period after a digit followed by a digit is a decimal, which never reaches here.
        return false
    }

    private func appendTrimmed(_ s: [Unicode.Scalar], _ range: Range<Int>, to ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, SentenceSplitter.isWhitespace(s[lower]) { lower += 1 }
        while upper > lower, SentenceSplitter.isWhitespace(s[upper - 1]) { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }

    /// ``isAbbreviation(_:periodAt:)`` for a word of ASCII characters, the common case: the same
    /// rules without building and lower-casing a `String` for every long word before a period.
    private func isASCIIAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // Longer than every listed abbreviation ("approx") and than a dotted one (5): none of the
        // rules can hold.
        guard !word.isEmpty, word.count <= 6 else { return false }
        var lowered = ""
        for c in word { lowered.unicodeScalars.append(("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 0x20)! : c) }
        if SentenceSplitter.abbreviations.contains(lowered) { return true }
        if word.count == 1, let first = word.first, ("A"..."Z").contains(first) { return true }
        if word.contains("."), word.count <= 5 { return true }
        return false
    }

    /// Unicode `White_Space`, without a property look-up for ASCII.
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    /// Unicode `Uppercase`, without a property look-up for ASCII.
    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ("A"..."Z").contains(c) : c.properties.isUppercase
    }
}
