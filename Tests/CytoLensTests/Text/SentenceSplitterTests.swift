import CytoLens
import Testing

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().split(text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test(
        "Does not split at biomedical abbreviations",
        arguments: [
            "IL-6 was elevated as shown by Smith et al. in 2019.",
            "As shown in Fig. 2, TNF-α increased.",
            "Cytokines, e.g. IL-6 and IL-8, were measured.",
            "That is, i.e. IL-10, was low.",
            "IL-10 vs. IL-12 levels differed.",
            "Approx. 40% of cells responded.",
            "The concentration was 0.5 ng/ml in all wells.",
            "Differences were significant (p < 0.05) in all groups.",
            "Infection with M. tuberculosis induced IL-12.",
        ])
    func keepsOneSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("Splits ordinary sentences and keeps offsets exact")
    func splitsSentences() {
        let text = "IL-6 promotes growth. TNF-α kills tumor cells! Does IFN-γ help? Yes (2019)."
        #expect(sentences(text) == ["IL-6 promotes growth.", "TNF-α kills tumor cells!", "Does IFN-γ help?", "Yes (2019)."])
    }

    @Test("Sentences carry document coordinates")
    func documentCoordinates() {
        var builder = ArticleBuilder(source: "x")
        builder.add(.title, "IL-6 in cancer")
        builder.add(.paragraph, "IL-6 promotes growth. TGF-β is dual.")
        let article = builder.article
        let found = SentenceSplitter().sentences(in: article)
        #expect(found.map(\.start) == [0, 15, 37])
        let passage = article.passages[1]
        let scalars = Array(passage.text.unicodeScalars)
        let last = found[2]
        #expect(
            String(String.UnicodeScalarView(scalars[(last.start - passage.offset)..<(last.end - passage.offset)]))
                == "TGF-β is dual.")
    }

    @Test(
        "Abbreviation and white space rules hold for ASCII and other characters alike",
        arguments: [
            ("Cells from the U.S. Army were used.", ["Cells from the U.S. Army were used."]),
            ("IL-6 was measured by ELISA. Results were clear.", ["IL-6 was measured by ELISA.", "Results were clear."]),
            ("We studied interleukins. Next came TNF.", ["We studied interleukins.", "Next came TNF."]),
            ("Levels of IFN-γ. TNF-α rose.", ["Levels of IFN-γ.", "TNF-α rose."]),
            ("Treated with Ω. Then washed.", ["Treated with Ω. Then washed."]),
            ("See Ref. 4 and Suppl. Table 2 here.", ["See Ref. 4 and Suppl. Table 2 here."]),
            ("IL-6 rose.\u{00A0}TNF fell.", ["IL-6 rose.", "TNF fell."]),
            ("IL-6 rose.\u{2003}\u{3000}TNF fell.", ["IL-6 rose.", "TNF fell."]),
            ("IL-6 rose. Élevated TNF followed.", ["IL-6 rose.", "Élevated TNF followed."]),
            ("IL-6 rose. γδ T cells expanded.", ["IL-6 rose.", "γδ T cells expanded."]),
            ("IL-6 rose. mRNA fell.", ["IL-6 rose. mRNA fell."]),
            ("\u{2003} IL-6 rose. \u{00A0}", ["IL-6 rose."]),
        ])
    func abbreviationsAndWhiteSpace(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }
}
