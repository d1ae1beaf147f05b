import CytoLens
import Testing

@Suite("Text cleaner")
struct TextCleanerTests {
    @Test(
        "Folds white space, drops control characters, keeps every other character",
        arguments: [
            ("  IL-6\n\tand   TNF-α  ", "IL-6 and TNF-α"),
            ("IFN-γ\u{00A0}levels\u{2009}rose", "IFN-γ levels rose"),
            ("TGF-\u{0007}β1\u{0085}signalling", "TGF-β1 signalling"),
            ("zero\u{200B}width", "zero width"),
            ("😀 IL-10", "😀 IL-10"),
            ("", ""),
            (" \n\t ", ""),
        ])
    func normalizes(input: String, expected: String) {
        #expect(TextCleaner.normalizeWhitespace(input) == expected)
    }
}
