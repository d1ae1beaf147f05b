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
    /// The bits of the cue tables that have a phrase starting with this token's key (see
    /// ``CueMarker``); all bits until marked, so that every table looks.
    var startsCues: UInt16 = .max
    /// The id of the key in the cue tables' ``CueWordTable`` (``CueWordTable/notACueWord`` when
    /// no table lists it), set by ``CueMarker``; ``unmarked`` until then and for
    /// a mention.
    var cueWord: Int32 = SentenceToken.unmarked

    /// The ``cueWord`` of a token not marked (or a mention).
    static let unmarked: Int32 = -2

    /// Whether this is a punctuation mark.
    var isPunctuation: Bool {
        mention == nil && text.count == 1 && SentenceTokens.isPunctuation(text.unicodeScalars.first!)
    }

    /// Whether the key is a plain word: letters, digits and hyphens only ("tumor", "il-6", "and").
    var isPlainWord: Bool {
        key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
}

/// Splits a sentence into ``SentenceToken``s, with each mention kept as one token.
///
/// Words break at white space and at the punctuation marks `, ; : ( ) [ ] { } " “ ” ! ?`; a
/// period is split off the end of a word but kept inside one ("0.05", "e.g"). Text glued to
/// the end of a mention ("-deficient" in "IL-6-deficient") becomes its own attached token.
enum SentenceTokens {
    /// Whether a character is one of the punctuation marks words break at (a switch: this is
    /// asked of every character of every sentence with a mention).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "(", ")", "[", "]", "{", "}", "\"", "\u{201C}", "\u{201D}", "!", "?": true
        default: false
        }
    }

    /// The tokens of `text`; `mentions` are ranges of code point offsets in `text`, in any order
    /// (overlapping ones after the first are ignored).
    static func tokenize(_ text: String, mentions: [Range<Int>]) -> [SentenceToken] {
        tokenize(text, mentions: mentions, marker: nil)
    }

    /// The tokens of `text`, each word and punctuation token marked by `marker` as it is made.
    static func tokenize(_ text: String, mentions: [Range<Int>], marker: CueMarker?) -> [SentenceToken] {
        var text = text
        return text.withUTF8 { Tokenizer(bytes: $0, mentions: mentions, marker: marker).tokens() }
    }

    /// One pass over a sentence's UTF-8 bytes, counting code points for the token ranges.
    private struct Tokenizer {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Mentions in text order, without overlaps or ranges outside the text; and their indices.
        let mentions: [(range: Range<Int>, index: Int)]
        let marker: CueMarker?

        init(bytes: UnsafeBufferPointer<UInt8>, mentions: [Range<Int>], marker: CueMarker?) {
            self.bytes = bytes
            self.marker = marker
            var kept: [(range: Range<Int>, index: Int)] = []
            if !mentions.isEmpty {
                let scalarCount = bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                var lastEnd = -1
                for (index, range) in mentions.enumerated().sorted(by: { $0.element.lowerBound < $1.element.lowerBound }) {
                    guard range.lowerBound >= lastEnd, range.lowerBound >= 0, range.upperBound <= scalarCount, !range.isEmpty
                    else {
                        continue
                    }
                    kept.append((range, index))
                    lastEnd = range.upperBound
                }
            }
            self.mentions = kept
        }

        private var result: [SentenceToken] = []
        /// The byte and code point offsets of the word being read.
        private var word: (byte: Int, scalar: Int)?
        /// What the scan has seen in the word being read: an upper-case ASCII letter or a hyphen,
        /// a byte above ASCII, and how many periods.
        private var wordHasUpperOrHyphen = false
        private var wordIsASCII = true
        private var wordPeriods = 0
        private var attached = false

        /// Starts a word at the given offsets.
        @inline(__always)
        private mutating func startWord(byte: Int, scalar: Int) {
            word = (byte, scalar)
            wordHasUpperOrHyphen = false
            wordIsASCII = true
            wordPeriods = 0
        }

        consuming func tokens() -> [SentenceToken] {
            var byte = 0
            var scalar = 0
            var nextMention = 0
            // The code point offset of the next mention, or -1 when none is left.
            var mentionStart = mentions.first?.range.lowerBound ?? -1
            // About one token per five bytes of English text: most sentences need no regrowth.
            result.reserveCapacity(bytes.count / 5 + 4)
            while byte < bytes.count {
                if scalar == mentionStart {
                    flushWord(byte: byte, scalar: scalar)
                    let (range, index) = mentions[nextMention]
                    nextMention += 1
                    mentionStart = nextMention < mentions.count ? mentions[nextMention].range.lowerBound : -1
                    let start = byte
                    for _ in range { byte += bytes[byte] < 0x80 ? 1 : ScannedText.decode(bytes, at: byte).1 }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<byte]), as: UTF8.self)
                    result.append(SentenceToken(text: text, key: "", range: range, mention: index, attached: attached))
                    attached = true
                    scalar = range.upperBound
                    continue
                }
                let lead = bytes[byte]
                if lead < 0x80 {
                    // ASCII, nearly every byte: its class from a bit mask, no scalar decoded.
                    switch TokenBreakBytes.kind(of: lead) {
                    case .whitespace:
                        flushWord(byte: byte, scalar: scalar)
                        attached = false
                    case .punctuation:
                        flushWord(byte: byte, scalar: scalar)
                        appendMark(String(Unicode.Scalar(lead)), at: scalar)
                    case .word:
                        if word == nil { startWord(byte: byte, scalar: scalar) }
                        if lead == UInt8(ascii: "-") || (lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z")) {
                            wordHasUpperOrHyphen = true
                        } else if lead == UInt8(ascii: ".") {
                            wordPeriods += 1
                        }
                    }
                    byte += 1
                    scalar += 1
                    continue
                }
                let (value, length) = ScannedText.decode(bytes, at: byte)
                if SentenceTokens.isWhitespace(value) {
                    flushWord(byte: byte, scalar: scalar)
                    attached = false
                } else if SentenceTokens.isPunctuation(value) {
                    flushWord(byte: byte, scalar: scalar)
                    appendMark(String(value), at: scalar)
                } else {
                    if word == nil { startWord(byte: byte, scalar: scalar) }
                    wordIsASCII = false
                }
                byte += length
                scalar += 1
            }
            flushWord(byte: bytes.count, scalar: scalar)
            return result
        }

        /// Appends a token that is not a mention, marked when there is a marker; `keyBytes` are
        /// the key's UTF-8 bytes when they are at hand.
        @inline(__always)
        private mutating func append(
            text: String, key: String, keyBytes: UnsafeBufferPointer<UInt8>? = nil, range: Range<Int>, attached: Bool
        ) {
            var cueWord = SentenceToken.unmarked
            var startsCues = UInt16.max
            if let marker {
                (cueWord, startsCues) = keyBytes.map { marker.marks(ofKeyBytes: $0) } ?? marker.marks(ofKey: key)
            }
            result.append(
                SentenceToken(
                    text: text, key: key, range: range, mention: nil, attached: attached, startsCues: startsCues,
                    cueWord: cueWord))
        }

        /// Appends a punctuation mark at code point offset `scalar`.
        private mutating func appendMark(_ mark: String, at scalar: Int) {
            append(text: mark, key: mark, range: scalar..<(scalar + 1), attached: attached)
            attached = true
        }

        /// Ends the word being read at the given offsets. A final period is its own token unless
        /// the word is an abbreviation with inner periods ("e.g.").
        private mutating func flushWord(byte end: Int, scalar scalarEnd: Int) {
            guard let (start, scalarStart) = word else { return }
            word = nil
            var stop = end
            var scalarStop = scalarEnd
            // A period is never part of a multi-byte scalar: the periods counted are all the word's.
            let splitsPeriod = stop > start + 1 && bytes[stop - 1] == UInt8(ascii: ".") && wordPeriods == 1
            if splitsPeriod {
                stop -= 1
                scalarStop -= 1
            }
            let wordBytes = UnsafeBufferPointer(rebasing: bytes[start..<stop])
            let text = String(decoding: wordBytes, as: UTF8.self)
            if wordIsASCII {
                // Most words are keyed as written, and their key's bytes are the word's.
                if let key = CueKey.ofASCII(bytes: wordBytes, hasUpperOrHyphen: wordHasUpperOrHyphen) {
                    append(text: text, key: key, range: scalarStart..<scalarStop, attached: attached)
                } else {
                    append(text: text, key: text, keyBytes: wordBytes, range: scalarStart..<scalarStop, attached: attached)
                }
            } else {
                let key = CueKey.of(bytes: wordBytes, text: text)
                append(text: text, key: key, range: scalarStart..<scalarStop, attached: attached)
            }
            if splitsPeriod { append(text: ".", key: ".", range: scalarStop..<(scalarStop + 1), attached: true) }
            attached = true
        }
    }

    /// White space as Unicode defines it, with a shortcut for ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        }
        return scalar.properties.isWhitespace
    }
}
