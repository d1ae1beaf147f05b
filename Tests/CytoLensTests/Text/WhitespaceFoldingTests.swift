import Testing

@testable import CytoLens

/// The white space folding works eight bytes at a time where it can; these tests hold it to a
/// plain definition over Unicode scalars, on texts built to put every kind of white space and
/// control character at every position of an 8-byte word, and check the code point count it
/// returns for passage offsets.
@Suite("White space folding")
struct WhitespaceFoldingTests {
    /// The definition: white space (and U+200B) runs become one space between other characters,
    /// ends are trimmed, control characters (C0 other than white space, DEL, C1) are dropped.
    private func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.value == 0x200B || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                continue
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    @Test("Folding equals the plain definition on 20,000 mixed texts, with the right code point count")
    func mixedTexts() {
        let pieces = [
            "a", "IL-6", "abcdefgh", "TNF", " ", "  ", "   ", "\n", "\t", "\r\n", "\u{A0}", "\u{200B}", "\u{2009}",
            "\u{1}", "\u{7F}", "\u{85}", "\u{90}", "é", "α", "🧬", "细胞", ".", "(1)", "x y z w",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func nextRandom(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<nextRandom(24) { text += pieces[nextRandom(pieces.count)] }
            let expected = reference(text)
            #expect(TextCleaner.normalizeWhitespace(text) == expected, "\(Array(text.utf8))")
            let folded = TextCleaner.foldingWhitespace(utf8: Array(text.utf8))
            #expect(folded.text == expected)
            #expect(folded.length == expected.unicodeScalars.count)
        }
    }

    @Test("Bytes that are not UTF-8 are repaired, and counted as the repaired text")
    func repairedBytes() {
        let folded = TextCleaner.foldingWhitespace(utf8: [0x61, 0x20, 0xFF, 0x62, 0x20, 0x20, 0xE2, 0x82])
        #expect(folded.length == folded.text.unicodeScalars.count)
    }
}
