import CytoLens
import Testing

@Suite("Text cleaner")
struct TextCleanerTests {
    @Test(
        "White space runs fold to one space, ends are trimmed, control characters go",
        arguments: [
            ("  IL-6\n\t and \r\n TNF-α  ", "IL-6 and TNF-α"),
            ("IFN\u{00A0}\u{2009}γ\u{200B}x", "IFN γ x"),
            ("a\u{0085}b\u{2028}c\u{3000}d", "a b c d"),
            ("IL\u{0007}-\u{007F}1\u{0090}0", "IL-10"),
            ("", ""),
            (" \n\t\u{00A0} ", ""),
            ("ΔF508 🧬 细胞因子 e\u{0301}", "ΔF508 🧬 细胞因子 e\u{0301}"),
            ("cells\u{000B}\u{000C}grew", "cells grew"),
        ])
    func normalizesWhiteSpace(_ input: String, _ expected: String) {
        #expect(TextCleaner.normalizeWhitespace(input) == expected)
        #expect(TextCleaner.normalizeWhitespace(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }
}
