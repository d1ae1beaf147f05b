/// The ASCII bytes at which ``SentenceTokens`` breaks words, as two bit masks per class.
///
/// The tokenizer asks of every byte of every sentence it reads whether it is white space or one
/// of the punctuation marks words break at; for an ASCII byte a bit of a 128-bit mask answers
/// without decoding a scalar or walking a switch. Each mask holds exactly the ASCII scalars for
/// which ``SentenceTokens/isWhitespace(_:)`` and ``SentenceTokens/isPunctuation(_:)`` are true
/// (`TokenBreakBytesTests` compares them for all 128).
enum TokenBreakBytes {
    /// The class of an ASCII byte.
    enum Kind {
        case whitespace
        case punctuation
        case word
    }

    // The masks are literals, so that reading them is no call to a lazy initializer.
    /// Bits 0–63 of the white-space bytes (tab to carriage return, space); none is above 63.
    private static let whitespaceLow: UInt64 = 0x0000_0001_0000_3E00
    /// Bits 0–63 and 64–127 of the punctuation bytes `, ; : ( ) [ ] { } " ! ?`.
    private static let punctuationLow: UInt64 = 0x8C00_1306_0000_0000
    private static let punctuationHigh: UInt64 = 0x2800_0000_2800_0000

    /// The class of `byte`, which must be below 0x80.
    @inline(__always)
    static func kind(of byte: UInt8) -> Kind {
        let bit = UInt64(1) << UInt64(byte & 63)
        let high = byte >= 64
        if !high, whitespaceLow & bit != 0 { return .whitespace }
        if (high ? punctuationHigh : punctuationLow) & bit != 0 { return .punctuation }
        return .word
    }
}
