import CytoLens
import Testing

@Suite("Passage length")
struct PassageLengthTests {
    @Test(
        "Counts Unicode code points, whatever their UTF-8 width",
        arguments: ["", "IL-6", "TNF-α and IFN-γ", "ΔF508 🧬 细胞因子 e\u{0301}", "\u{1F9EC}\u{1F9EC}", "a\tb"])
    func countsCodePoints(_ text: String) {
        let passage = Passage(index: 0, type: .paragraph, section: [], offset: 7, text: text)
        #expect(passage.length == text.unicodeScalars.count)
        #expect(passage.end == 7 + text.unicodeScalars.count)
    }
}
