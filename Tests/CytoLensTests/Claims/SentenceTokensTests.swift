import Testing

@testable import CytoLens

/// ``SentenceTokens`` reads bytes with shortcuts (ASCII classes from ``TokenBreakBytes``, tokens
/// marked by a ``CueMarker`` as they are made); on real text its tokens must be those of the plain
/// definition: words cut at white space and punctuation over Unicode scalars, then marked.
@Suite("Sentence tokens")
struct SentenceTokensTests {
    /// The tokens by the definition, one scalar at a time, keys from ``CueKey/of(_:)``, unmarked.
    static func referenceTokens(_ text: String, mentions: [Range<Int>]) -> [SentenceToken] {
        let scalars = Array(text.unicodeScalars)
        var kept: [(range: Range<Int>, index: Int)] = []
        var lastEnd = -1
        for (index, range) in mentions.enumerated().sorted(by: { $0.element.lowerBound < $1.element.lowerBound })
        where range.lowerBound >= lastEnd && range.lowerBound >= 0 && range.upperBound <= scalars.count && !range.isEmpty {
            kept.append((range, index))
            lastEnd = range.upperBound
        }
        var tokens: [SentenceToken] = []
        var attached = false
        var wordStart: Int?
        func string(_ range: Range<Int>) -> String {
            var result = ""
            result.unicodeScalars.append(contentsOf: scalars[range])
            return result
        }
        func flush(at end: Int) {
            guard let start = wordStart else { return }
            wordStart = nil
            var stop = end
            let splits = stop > start + 1 && scalars[stop - 1] == "." && !scalars[start..<(stop - 1)].contains(".")
            if splits { stop -= 1 }
            let text = string(start..<stop)
            tokens.append(SentenceToken(text: text, key: CueKey.of(text), range: start..<stop, mention: nil, attached: attached))
            if splits {
                tokens.append(SentenceToken(text: ".", key: ".", range: stop..<(stop + 1), mention: nil, attached: true))
            }
            attached = true
        }
        var position = 0
        var next = 0
        while position < scalars.count {
            if next < kept.count, kept[next].range.lowerBound == position {
                flush(at: position)
                let (range, index) = kept[next]
                next += 1
                tokens.append(SentenceToken(text: string(range), key: "", range: range, mention: index, attached: attached))
                attached = true
                position = range.upperBound
                continue
            }
            let scalar = scalars[position]
            if scalar.properties.isWhitespace {
                flush(at: position)
                attached = false
            } else if SentenceTokens.isPunctuation(scalar) {
                flush(at: position)
                let mark = String(scalar)
                tokens.append(
                    SentenceToken(text: mark, key: mark, range: position..<(position + 1), mention: nil, attached: attached))
                attached = true
            } else if wordStart == nil {
                wordStart = position
            }
            position += 1
        }
        flush(at: scalars.count)
        return tokens
    }

    /// The passages of the test documents with their mentions, in passage offsets; and written texts.
    static var texts: [(text: String, mentions: [Range<Int>])] {
        var texts: [(text: String, mentions: [Range<Int>])] = []
        for document in SettingScanTests.documents {
            var mentionsByPassage: [Int: [Range<Int>]] = [:]
            for mention in document.mentions {
                let passage = document.sentences[mention.sentence].passage
                let offset = document.article.passages[passage].offset
                mentionsByPassage[passage, default: []].append((mention.start - offset)..<(mention.end - offset))
            }
            for (index, passage) in document.article.passages.enumerated() {
                texts.append((passage.text, mentionsByPassage[index] ?? []))
            }
        }
        texts.append(("IL-6\u{2013}deficient mice (n = 5) showed “less” tumour growth, e.g. in vivo.", [0..<4]))
        texts.append(
            ("TNF-\u{3B1}\u{A0}and IFN-\u{3B3}; p\u{2009}<\u{2009}0.05! Überraschend? [ref] {x}", [0..<5, 10..<15, 3..<6]))
        texts.append(("  ", []))
        texts.append(("end.", [0..<4]))
        return texts
    }

    @Test("Tokens are those of the plain definition, on real passages and written text")
    func tokensFollowTheDefinition() {
        var tokenCount = 0
        var disagreeing: [String] = []
        for (text, mentions) in SentenceTokensTests.texts {
            let tokens = SentenceTokens.tokenize(text, mentions: mentions)
            tokenCount += tokens.count
            if tokens != SentenceTokensTests.referenceTokens(text, mentions: mentions) {
                disagreeing.append(String(text.prefix(60)))
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(3))")
        #expect(tokenCount > 10_000, "\(tokenCount)")
    }

    @Test("Tokens marked as they are made carry the marks of marking afterwards")
    func markingWhileTokenizing() {
        let cues = ClaimTestSupport.cues
        var cueWords = 0
        var disagreeing: [String] = []
        for (text, mentions) in SentenceTokensTests.texts {
            let marked = SentenceTokens.tokenize(text, mentions: mentions, marker: cues.cueMarker)
            var afterwards = SentenceTokens.tokenize(text, mentions: mentions)
            cues.markCueStarts(&afterwards)
            if marked != afterwards { disagreeing.append(String(text.prefix(60))) }
            cueWords += marked.filter { $0.cueWord >= 0 }.count
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(3))")
        #expect(cueWords > 1000, "\(cueWords)")
    }

    @Test("The break-byte masks hold exactly the ASCII white space and punctuation marks")
    func breakBytes() {
        for byte in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(byte)
            let expected: TokenBreakBytes.Kind =
                SentenceTokens.isWhitespace(scalar)
                ? .whitespace : SentenceTokens.isPunctuation(scalar) ? .punctuation : .word
            #expect(TokenBreakBytes.kind(of: byte) == expected, "\(byte)")
        }
        #expect(TokenBreakBytes.kind(of: UInt8(ascii: "[")) == .punctuation)
        #expect(TokenBreakBytes.kind(of: UInt8(ascii: "\t")) == .whitespace)
        #expect(TokenBreakBytes.kind(of: UInt8(ascii: ".")) == .word)
    }
}
