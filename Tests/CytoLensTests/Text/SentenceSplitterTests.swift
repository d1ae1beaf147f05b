import CytoLens
import Testing

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().split(text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test(
        "Does not split at biomedical abbreviations, numbers, initials and colons",
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
            "Figs. 2 and 3 show that IL-17 recruits neutrophils.",
            "Serum IL-6 rose ca. 3-fold after surgery.",
            "The association remained significant (P = 0.001) after adjustment.",
            "E. coli lipopolysaccharide induced TNF-α release from monocytes.",
            "Samples were provided by J. R. Smith and K. L. Jones of the tumor bank.",
            "As previously reported (Smith et al., 2019), IL-10 suppressed IFN-γ.",
            "Patients from the U.S. Food and Drug Administration registry were excluded.",
            "Antibodies were obtained from Sigma Chemical Co. (St. Louis, MO) and used at 1:1000.",
            "The following cytokines were measured: IL-1β, IL-6 and TNF-α.",
            "Dr. Tanaka kindly provided the IL-2 reporter cells.",
            "Reagents are listed in Suppl. Table 2 under catalog no. 12345.",
            "The mean was 12.5 ± 3.1 pg/ml vs. 4.2 ± 1.0 pg/ml in controls.",
            "IL-4, -5 and -13 are produced by Th2 cells (see Fig. 4B).",
            "Expression of IFN-α/β was measured in S. aureus-infected mice.",
            "Tumors were harvested at day 14, i.e. after three doses of anti-PD-1.",
            "Levels of IL-33 were about 3.5-fold higher (ref. 12).",
            "Smith et al. (2019) showed that IL-6 promotes STAT3 activation.",
            "Ratios were compared with Eq. 3 as described in vol. 12, p. 345 of the series.",
            "The results… were consistent with IL-23 driving Th17 cells.",
            "We thank H.-H. Wang and W.-Y. Chen for the IL-6 knockout mice.",
            "The Er81 cDNA (gift from J. A. Hassell) was cloned into pRc/RSV.",
            "Funding came from contract No. N02-HL-6-4278 and grant no. 5R01CA12345.",
            "Significant loci were found near VCAN on chr. 5q14.3 and PSCA on chr. 8q24.2.",
            "Only variants with P < .05 were kept (P=1.8×10-6 for the lead SNP).",
        ])
    func keepsOneSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    /// A text and the sentences it must split into.
    struct SplitCase: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String]
        var testDescription: String { text }

        init(_ expected: String...) {
            self.expected = expected
            text = expected.joined(separator: " ")
        }
    }

    @Test(
        "Splits where biomedical sentences end",
        arguments: [
            SplitCase("IL-6 promotes growth.", "TNF-α kills tumor cells!", "Does IFN-γ help?", "Yes (2019)."),
            SplitCase("STAT3 was phosphorylated.", "mRNA levels of IL-6 rose threefold."),
            SplitCase("IL-17 was elevated.", "γδ T cells were the main source."),
            SplitCase("Mutation of the gene abolished signaling.", "p53 levels were unchanged."),
            SplitCase("Cytokines were measured by ELISA.", "iNOS expression was assessed by qPCR."),
            SplitCase("IL-6 promotes tumor growth [12].", "Blocking IL-6 reduced tumor growth [13]."),
            SplitCase("TGF-β is tumor-suppressive early.[4,5]", "Later it promotes metastasis.[6]"),
            SplitCase("TGF-β restrains early lesions. [7–9]", "In advanced tumors it drives invasion."),
            SplitCase("IL-6 promotes growth.", "[12] showed that TNF-α kills tumor cells."),
            SplitCase("IL-10 suppressed IFN-γ.12,13", "However, TNF-α was unaffected."),
            SplitCase("IL-6 signaling is complex (Smith et al., 2019).", "IL-11 shares gp130."),
            SplitCase("Cells were incubated for 24 h.", "Supernatants were collected."),
            SplitCase("Cells were stimulated for 30 min.", "IL-2 was then added."),
            SplitCase("The effect was weak...", "IL-12 restored it."),
            SplitCase("Results were unclear…", "Further work is needed."),
            SplitCase("The protocol had three steps: 1. Cells were washed.", "2. Cells were lysed."),
            SplitCase("The study was done in the U.S.", "The cohort included 300 patients."),
            SplitCase("Patients were deficient in vitamin D.", "The levels of IL-6 were high."),
            SplitCase("Similar results were reported by Smith et al.", "However, IL-10 was not measured."),
            SplitCase("He wrote \"IL-6 is key.\"", "Then he left."),
            SplitCase("The answer was no.", "The cytokine had no effect."),
            SplitCase("Relapse occurred in 5 of 20 patients.", "12 patients remained in remission."),
            SplitCase("IL-2 expands T cells.", "(A) IFN-γ staining.", "(B) TNF-α staining."),
            SplitCase("Was IL-10 protective?", "No, it was not."),
            SplitCase("IL-1β (approx. 2-fold) and IL-18 (ca. 3-fold) increased.", "Both were blocked by anakinra."),
            SplitCase(
                "IFN-γ induced PD-L1 expression on tumor cells.", "Blocking IL-6 reduced tumor growth.",
                "TNF-α induced IL-6 production."),
            SplitCase("Serum IL-6 was 12.5 pg/ml.", "In controls it was 3.1 pg/ml."),
            SplitCase("The cytokine was produced by Th17 cells (Fig. 3).", "IL-22 acted on epithelium."),
            SplitCase("IL-15 expanded NK cells in the U.K. cohort.", "The U.S. cohort showed no expansion."),
        ])
    func splitsAsExpected(_ example: SplitCase) {
        #expect(sentences(example.text) == example.expected)
    }

    @Test("Offsets count code points, not UTF-8 bytes, and skip white space of any kind")
    func codePointOffsets() {
        let text = "γδ T cells made IL-17.\u{00A0} TGF-β was low.\u{2009}"
        #expect(SentenceSplitter().split(text) == [0..<22, 24..<38])
    }

    @Test("Empty and blank texts have no sentences")
    func blankText() {
        #expect(SentenceSplitter().split("").isEmpty)
        #expect(SentenceSplitter().split(" \u{00A0}\n").isEmpty)
    }

    @Test("Long runs of periods and abbreviations stay linear and whole")
    func pathologicalInput() {
        let dots = String(repeating: ".", count: 200_000)
        #expect(sentences(dots) == [dots])
        let figures = String(repeating: "see Fig. 1 and ", count: 20_000) + "IL-6."
        #expect(sentences(figures) == [figures])
        let many = Array(repeating: "IL-6 promotes growth.", count: 20_000)
        #expect(sentences(many.joined(separator: " ")) == many)
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
            ("Treated with Ω. Then washed.", ["Treated with Ω.", "Then washed."]),
            ("See Ref. 4 and Suppl. Table 2 here.", ["See Ref. 4 and Suppl. Table 2 here."]),
            ("IL-6 rose.\u{00A0}TNF fell.", ["IL-6 rose.", "TNF fell."]),
            ("IL-6 rose.\u{2003}\u{3000}TNF fell.", ["IL-6 rose.", "TNF fell."]),
            ("IL-6 rose. Élevated TNF followed.", ["IL-6 rose.", "Élevated TNF followed."]),
            ("IL-6 rose. γδ T cells expanded.", ["IL-6 rose.", "γδ T cells expanded."]),
            ("IL-6 rose. mRNA fell.", ["IL-6 rose.", "mRNA fell."]),
            ("\u{2003} IL-6 rose. \u{00A0}", ["IL-6 rose."]),
        ])
    func abbreviationsAndWhiteSpace(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }
}
