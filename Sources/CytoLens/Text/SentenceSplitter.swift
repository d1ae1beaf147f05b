/// Splits passages into sentences, knowing the habits of biomedical prose.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, with any closing quotes or brackets and a
/// numeric citation right after it ("growth.[12]", "growth.12,13"), when white space and a
/// sentence start follow: an upper-case letter, a digit, an opening bracket or quote, a Greek or
/// other non-ASCII letter ("γδ T cells"), or a lower-case gene-like name ("mRNA", "p53", "iNOS").
///
/// A period does not end a sentence inside a number ("0.05"), after an abbreviation that always
/// has a continuation ("et al.", "Fig. 2", "e.g.", "vs.", "approx.", "Dr."), after "no."/"vol."/"p."
/// before a number, after a list number ("1. Cells were …"), or — unless a common sentence-opening
/// word follows — after an initial, a genus ("M. tuberculosis"), "et al." or a dotted
/// abbreviation ("U.S."). A colon never ends a sentence.
///
/// The scan works on the UTF-8 bytes in one pass with bounded look-around, allocating only the
/// result, so it runs in time linear in the text.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The sentences of all passages of an article, in order. One buffer of ranges serves every
    /// passage.
    public func sentences(in article: Article) -> [Sentence] {
        var result: [Sentence] = []
        var ranges: [Range<Int>] = []
        for passage in article.passages {
            ranges.removeAll(keepingCapacity: true)
            split(passage.text, into: &ranges)
            for range in ranges {
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
        var ranges: [Range<Int>] = []
        split(text, into: &ranges)
        return ranges
    }

    /// Appends the sentence ranges of a text to `ranges`, as ``split(_:)`` gives them.
    private func split(_ text: String, into ranges: inout [Range<Int>]) {
        var text = text
        text.withUTF8 { bytes in
            SentenceScanner(bytes: bytes).appendSentences(to: &ranges)
        }
    }
}

/// One pass over the UTF-8 bytes of a text, finding sentence boundaries.
private struct SentenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    private enum Terminator {
        case period, strong, ellipsis
    }

    /// The bytes that may end a sentence: `.`, `!`, `?` and 0xE2, the lead byte of "…".
    private static let terminators = ByteSetSearch([.period, .exclamation, .question, 0xE2])

    /// Appends the sentence ranges in code point offsets.
    func appendSentences(to ranges: inout [Range<Int>]) {
        let first = ranges.count
        let count = bytes.count
        let terminators = Self.terminators
        var start = skipSpaces(0)
        var i = start
        while i < count {
            i = terminators.firstIndex(in: bytes, from: i)
            guard i < count else { break }
            let c = bytes[i]
            let kind: Terminator
            var terminatorEnd = i + 1
            if c == .period {
                while terminatorEnd < count, bytes[terminatorEnd] == .period { terminatorEnd += 1 }
                kind = terminatorEnd - i >= 2 ? .ellipsis : .period
            } else if c == .exclamation || c == .question {
                while terminatorEnd < count, bytes[terminatorEnd] == .exclamation || bytes[terminatorEnd] == .question {
                    terminatorEnd += 1
                }
                kind = .strong
            } else if c == 0xE2, byte(i + 1) == 0x80, byte(i + 2) == 0xA6 {
                kind = .ellipsis
                terminatorEnd = i + 3
            } else {
                i += 1
                continue
            }
            if let end = sentenceEnd(kind, at: i, terminatorEnd: terminatorEnd, sentenceStart: start) {
                appendTrimmed(start..<end, to: &ranges)
                start = skipSpaces(end)
                i = start
            } else {
                i = terminatorEnd
            }
        }
        appendTrimmed(start..<count, to: &ranges)
        convertToScalarOffsets(&ranges[first...])
    }

    /// Where the sentence ends when the terminator at `i` ends it, or `nil` when it does not.
    private func sentenceEnd(_ kind: Terminator, at i: Int, terminatorEnd: Int, sentenceStart: Int) -> Int? {
        var end = terminatorEnd
        while case let length = closerLength(at: end), length > 0 { end += length }
        if kind == .period, end == terminatorEnd, isDigit(byte(end)), i > 0,
            letterEnds(before: i) || closerEndLength(before: i) > 0
        {
            // "growth.12,13 However": citation numbers run into the period.
            guard let glued = gluedCitationEnd(from: end) else { return nil }
            end = glued
        } else if end < bytes.count, let citation = bracketCitationEnd(from: skipSpaces(end)) {
            // "growth. [12] However" or "growth.[12] However": the citation closes the sentence,
            // unless it is the subject of the next one ("growth. [12] showed that …").
            if let afterCitation = boundary(kind, at: i, end: citation, sentenceStart: sentenceStart) {
                return afterCitation
            }
        }
        return boundary(kind, at: i, end: end, sentenceStart: sentenceStart)
    }

    /// `end` when white space and a sentence start follow it and the terminator at `i` ends a
    /// sentence there, else `nil`.
    private func boundary(_ kind: Terminator, at i: Int, end: Int, sentenceStart: Int) -> Int? {
        guard spaceLength(at: end) > 0 else { return nil }
        let next = skipSpaces(end)
        guard next < bytes.count, startsSentence(at: next) else { return nil }
        if kind == .period, !periodEnds(at: i, sentenceStart: sentenceStart, next: next) { return nil }
        return end
    }

    /// Whether the period at `i` ends its sentence, judged by the word before it; `next` is where
    /// the following sentence would start.
    private func periodEnds(at i: Int, sentenceStart: Int, next: Int) -> Bool {
        guard i > sentenceStart else { return true }
        if closerEndLength(before: i) > 0 { return true }
        var wordStart = i
        while wordStart > sentenceStart, i - wordStart < 48, !isASCIISpace(bytes[wordStart - 1]) { wordStart -= 1 }
        while wordStart < i, case let length = openerLength(at: wordStart), length > 0 { wordStart += length }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<i])
        guard let first = word.first else { return true }
        // An initial or a genus: "J. Smith", "E. coli"; "vitamin D. The" ends.
        if word.count == 1, isUpper(first) { return !isInitial(at: next) && nextIsStarter(next) }
        if let key = WordKey(word) {
            let lists = SentenceAbbreviations.lists(holding: key)
            if lists.contains(.neverFinal) { return false }
            if lists.contains(.beforeNumber), startsWithCode(at: next) { return false }
            if lists.contains(.finalBeforeStarter) { return nextIsStarter(next) }
        }
        if isDottedAbbreviation(word) { return nextIsStarter(next) }
        // A list number: "1. Cells were washed", "as follows: 2. Cells were lysed".
        if word.count <= 2, word.allSatisfy(isDigit), isListMarker(at: wordStart, sentenceStart: sentenceStart) {
            return false
        }
        return true
    }

    /// Whether an initial ("A." in "J. A. Hassell") starts at `j`.
    private func isInitial(at j: Int) -> Bool {
        isUpper(bytes[j]) && byte(j + 1) == .period
    }

    /// Whether the token at `j` is a number or holds a digit early on ("5", "12a", "N02-HL-6").
    private func startsWithCode(at j: Int) -> Bool {
        var k = j
        while k < bytes.count, k - j < 12, !isASCIISpace(bytes[k]) {
            if isDigit(bytes[k]) { return true }
            k += 1
        }
        return false
    }

    /// "U.S", "a.m", "Ph.D", "W.-Y": letters in runs of at most three, joined by periods (and
    /// hyphens after a period, as in hyphenated initials).
    private func isDottedAbbreviation(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var sawPeriod = false
        var previous: UInt8 = 0
        for byte in word {
            defer { previous = byte }
            if byte == .period {
                guard run > 0 else { return false }
                sawPeriod = true
                run = 0
            } else if byte == .hyphen, previous == .period {
                continue
            } else if isLetter(byte) {
                run += 1
                if run > 3 { return false }
            } else {
                return false
            }
        }
        return sawPeriod && run > 0
    }

    private func isListMarker(at wordStart: Int, sentenceStart: Int) -> Bool {
        if wordStart <= sentenceStart { return true }
        var j = wordStart
        while j > sentenceStart, isASCIISpace(bytes[j - 1]) { j -= 1 }
        return j > sentenceStart && (bytes[j - 1] == .colon || bytes[j - 1] == .semicolon)
    }

    /// Whether the word at `next` is one that commonly opens a sentence ("The", "However", "We").
    private func nextIsStarter(_ next: Int) -> Bool {
        var end = next
        while end < bytes.count, end - next < 24, isLetter(bytes[end]) { end += 1 }
        guard end > next, let key = WordKey(UnsafeBufferPointer(rebasing: bytes[next..<end])) else { return false }
        return SentenceAbbreviations.starters.contains(key)
    }

    /// Whether a sentence may start at `j`.
    private func startsSentence(at j: Int) -> Bool {
        let c = bytes[j]
        if c < 0x80 {
            if isUpper(c) || isDigit(c) { return true }
            if c == .openParenthesis || c == .openBracket || c == .quote || c == .apostrophe { return true }
            if isLower(c) { return looksLikeGeneName(at: j) }
            return false
        }
        if openerLength(at: j) > 0 { return true }
        return scalar(at: j).map(CommonScalarProperties.isAlphabetic) ?? false
    }

    /// A lower-case word with an upper-case letter or digit in it: "mRNA", "p53", "iNOS", "miR-21".
    private func looksLikeGeneName(at j: Int) -> Bool {
        var k = j + 1
        while k < bytes.count, k - j < 16 {
            let c = bytes[k]
            if isUpper(c) || isDigit(c) { return true }
            guard isLower(c) || c == .hyphen else { return false }
            k += 1
        }
        return false
    }

    /// The end of "[12]", "[3, 4]" or "[5–7]" starting at `j`, or `nil`.
    private func bracketCitationEnd(from j: Int) -> Int? {
        guard j < bytes.count, bytes[j] == .openBracket else { return nil }
        var k = j + 1
        var digits = 0
        while k < bytes.count, k - j < 32 {
            let c = bytes[k]
            if c == .closeBracket { return digits > 0 ? k + 1 : nil }
            if isDigit(c) {
                digits += 1
                k += 1
            } else if let length = separatorLength(at: k) {
                k += length
            } else {
                return nil
            }
        }
        return nil
    }

    /// The end of "12", "12,13" or "3–5" right after a period, when white space follows it.
    private func gluedCitationEnd(from j: Int) -> Int? {
        var k = j
        var lastWasDigit = false
        while k < bytes.count, k - j < 20 {
            if isDigit(bytes[k]) {
                lastWasDigit = true
                k += 1
            } else if let length = separatorLength(at: k), !isASCIISpace(bytes[k]) {
                lastWasDigit = false
                k += length
            } else {
                break
            }
        }
        return lastWasDigit && spaceLength(at: k) > 0 ? k : nil
    }

    // MARK: - Bytes

    private func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    private func isUpper(_ c: UInt8) -> Bool { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }
    private func isLower(_ c: UInt8) -> Bool { c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") }
    private func isLetter(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    private func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// The byte length of the white space character at `i` (ASCII, no-break and Unicode spaces), or 0.
    private func spaceLength(at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        let c = bytes[i]
        if c < 0x80 { return isASCIISpace(c) ? 1 : 0 }
        let c1 = byte(i + 1)
        let c2 = byte(i + 2)
        switch c {
        case 0xC2: return c1 == 0xA0 || c1 == 0x85 ? 2 : 0
        case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0
        case 0xE2:
            if c1 == 0x80, (0x80...0x8A).contains(c2) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }
            return c1 == 0x81 && c2 == 0x9F ? 3 : 0
        case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0
        default: return 0
        }
    }

    private func skipSpaces(_ i: Int) -> Int {
        var j = i
        while case let length = spaceLength(at: j), length > 0 { j += length }
        return j
    }

    /// The byte length of a closing bracket or quote at `i` (`)`, `]`, `"`, `'`, `”`, `’`, `»`), or 0.
    private func closerLength(at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        switch bytes[i] {
        case .closeParenthesis, .closeBracket, .quote, .apostrophe: return 1
        case 0xE2: return byte(i + 1) == 0x80 && (byte(i + 2) == 0x9D || byte(i + 2) == 0x99) ? 3 : 0
        case 0xC2: return byte(i + 1) == 0xBB ? 2 : 0
        default: return 0
        }
    }

    /// The byte length of a closing bracket or quote that ends just before `i`, or 0.
    private func closerEndLength(before i: Int) -> Int {
        if i >= 1, closerLength(at: i - 1) == 1 { return 1 }
        if i >= 2, closerLength(at: i - 2) == 2 { return 2 }
        if i >= 3, closerLength(at: i - 3) == 3 { return 3 }
        return 0
    }

    /// The byte length of an opening bracket or quote at `i` (`(`, `[`, `"`, `'`, `“`, `‘`, `«`), or 0.
    private func openerLength(at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        switch bytes[i] {
        case .openParenthesis, .openBracket, .quote, .apostrophe: return 1
        case 0xE2: return byte(i + 1) == 0x80 && (byte(i + 2) == 0x9C || byte(i + 2) == 0x98) ? 3 : 0
        case 0xC2: return byte(i + 1) == 0xAB ? 2 : 0
        default: return 0
        }
    }

    /// The byte length of a citation separator at `i` (`,`, `;`, `-`, space, en dash), or `nil`.
    private func separatorLength(at i: Int) -> Int? {
        switch bytes[i] {
        case .comma, .semicolon, .hyphen, 0x20: return 1
        case 0xE2 where byte(i + 1) == 0x80 && (0x90...0x94).contains(byte(i + 2)): return 3
        default: return nil
        }
    }

    /// Whether the scalar just before `i` is a letter (ASCII or not: "IFN-γ").
    private func letterEnds(before i: Int) -> Bool {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j >= 0 && (scalar(at: j).map(CommonScalarProperties.isAlphabetic) ?? false)
    }

    /// The scalar whose encoding starts at `i`.
    private func scalar(at i: Int) -> Unicode.Scalar? {
        let c = UInt32(bytes[i])
        if c < 0x80 { return Unicode.Scalar(c) }
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return nil }
        var value = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    private func appendTrimmed(_ range: Range<Int>, to ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, case let length = spaceLength(at: lower), length > 0 { lower += length }
        while upper > lower {
            if isASCIISpace(bytes[upper - 1]) {
                upper -= 1
            } else if upper - 2 >= lower, spaceLength(at: upper - 2) == 2 {
                upper -= 2
            } else if upper - 3 >= lower, spaceLength(at: upper - 3) == 3 {
                upper -= 3
            } else {
                break
            }
        }
        if lower < upper { ranges.append(lower..<upper) }
    }

    /// Byte ranges (in order) turned into code point ranges in place, counting scalars in one
    /// forward pass. Before the first byte that is not ASCII (the whole of most passages),
    /// offsets are the same.
    private func convertToScalarOffsets(_ ranges: inout ArraySlice<Range<Int>>) {
        let asciiPrefix = UTF8ScalarCount.asciiPrefixLength(of: bytes)
        if asciiPrefix == bytes.count { return }
        var position = 0
        var scalars = 0
        func advance(to target: Int) -> Int {
            if target <= asciiPrefix {
                position = target
                scalars = target
                return scalars
            }
            scalars += UTF8ScalarCount.scalars(in: bytes, from: position, to: target)
            position = target
            return scalars
        }
        for index in ranges.indices {
            let range = ranges[index]
            let lower = advance(to: range.lowerBound)
            ranges[index] = lower..<advance(to: range.upperBound)
        }
    }
}

extension UInt8 {
    fileprivate static let period = UInt8(ascii: ".")
    fileprivate static let exclamation = UInt8(ascii: "!")
    fileprivate static let question = UInt8(ascii: "?")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let semicolon = UInt8(ascii: ";")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let hyphen = UInt8(ascii: "-")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let apostrophe = UInt8(ascii: "'")
    fileprivate static let openParenthesis = UInt8(ascii: "(")
    fileprivate static let closeParenthesis = UInt8(ascii: ")")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
}
