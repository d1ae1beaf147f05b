import CytoLens
import Testing

/// Rules that keep claims out of sentences that state none, and negations inside their own scope
/// (written sentences, one per kind; `docs/claims-design.md`, "Generalization round 3").
@Suite("Claim rules: statements that are not findings")
struct ClaimGeneralizationTests {
    private func check(_ c: ClaimCase) {
        #expect(c.actual() == c.expected.map(\.description), "\(c.sentence)")
    }

    @Test(
        "An aim or a thing examined states no claim, and a hedge inside it hedges nothing",
        arguments: [
            ClaimCase(
                "To find chemokines such as CXCL1 that may contribute to breast cancer cell survival, we profiled the secretome.",
                [M("CXCL1", "CXCL1")], "CXCL1 none"),
            ClaimCase(
                "The effect of IL-11 on the proliferation of colon cancer cells was examined in this study.",
                [M("IL-11", "IL11")], "IL11 none"),
            ClaimCase(
                "We examined whether IL-33 promotes the invasion of glioma cells.", [M("IL-33", "IL33")], "IL33 none"),
            // A finding after the aim is a claim.
            ClaimCase(
                "We examined the effect of IL-33 on glioma cells and found that IL-33 promotes their invasion.",
                [M("IL-33", "IL33"), M("IL-33", "IL33")], "IL33 pro"),
            // What the main clause after a "To …," opener finds is a claim.
            ClaimCase(
                "To test this, we treated the mice with IL-12, which reduced the growth of the melanoma.",
                [M("IL-12", "IL12")], "IL12 anti"),
            // A presupposed role inside an aim is taken for granted.
            ClaimCase(
                "Here we investigated the role of p27 in IL-6-mediated invasion of prostate cancer cells.",
                [M("IL-6", "IL6")], "IL6 pro"),
        ])
    func aimStatements(_ c: ClaimCase) { check(c) }

    @Test(
        "A cytokine that sets the scene, or describes cells, is not the subject; a describing word about another gene is no outcome",
        arguments: [
            ClaimCase(
                "Knockdown of STAT3 in TNF-α-treated colon cancer cells reduced their proliferation.", [M("TNF-α", "TNF")],
                "TNF none"),
            ClaimCase("Tumors in IL-12-treated mice regressed completely.", [M("IL-12", "IL12")], "IL12 anti"),
            ClaimCase(
                "Stimulation of FGFR4 in IL-6-treated prostate cancer cells led to reduced apoptosis.",
                [R("FGFR4", "FGFR4"), M("IL-6", "IL6")], "IL6 none"),
            ClaimCase("The IL-3-independent subline grew rapidly in the leukemia model.", [M("IL-3", "IL3")], "IL3 none"),
            ClaimCase(
                "IL-15 treatment raised the expression of antiapoptotic Mcl-1 in lymphoma cells.", [M("IL-15", "IL15")],
                "IL15 none"),
            ClaimCase("IL-4 protects colon cancer cells from apoptosis.", [M("IL-4", "IL4")], "IL4 pro"),
            // Normal cells and lines inside a cancer study (`cell_types.tsv`, role normal).
            ClaimCase(
                "In this melanoma study, TRAIL triggered apoptosis of keratinocytes.", [M("TRAIL", "TNFSF10")],
                "TNFSF10 none"),
            ClaimCase(
                "In the breast cancer model, IL-1β increased apoptosis of INS-1 cells.", [M("IL-1β", "IL1B")], "IL1B none"),
        ])
    func subjectsAndDescriptions(_ c: ClaimCase) { check(c) }

    @Test(
        "A role the sentence takes for granted is a claim",
        arguments: [
            ClaimCase(
                "The anti-proliferative activity of IFN-β in melanoma cells was enhanced by the drug.", [M("IFN-β", "IFNB1")],
                "IFNB1 anti"),
            ClaimCase(
                "The therapeutic use of TNF-α in cancer is limited by its toxicity.", [M("TNF-α", "TNF")], "TNF anti"),
        ])
    func presupposedRoles(_ c: ClaimCase) { check(c) }

    @Test(
        "A negated noun phrase after the cytokine is an adjunct; 'without' + a verb still denies",
        arguments: [
            ClaimCase(
                "IL-6 binding to the myeloma cells rose without a change in receptor affinity.", [M("IL-6", "IL6")],
                "IL6 none"),
            ClaimCase(
                "In the myeloma cells, M-CSF induced early response genes without inducing proliferation.",
                [M("M-CSF", "CSF1")], "CSF1 pro negated"),
        ])
    func negatedAdjuncts(_ c: ClaimCase) { check(c) }

    @Test(
        "A tumor word inside the name of a reagent or a virus names no tumor",
        arguments: [
            ClaimCase("The IL-2 enhancer responded to the tumor promoter PMA.", [M("IL-2", "IL2")], "IL2 none"),
            ClaimCase(
                "Tax of human T-cell leukemia virus type I induces IL-2 and the proliferation of the infected cells.",
                [M("IL-2", "IL2")], "IL2 none"),
        ])
    func reagentAndVirusNames(_ c: ClaimCase) { check(c) }

    @Test(
        "What effector cells do is a tumor outcome only in a sentence about tumors, not in one that only sits in a cancer abstract"
    )
    func effectorCellsNeedTheSentencesOwnTumor() {
        func polarity(_ sentence: String) -> ClaimPolarity? {
            let found = writtenMentions(sentence, [M("IL-7", "IL7")])
            return ClaimTestSupport.extractor.verdicts(in: sentence, mentions: found, documentInTumorSetting: true).first?
                .polarity
        }
        #expect(polarity("IL-7 increased the proliferation of T lymphocytes.") == nil)
        #expect(polarity("IL-7 increased the proliferation of T lymphocytes in tumor-bearing mice.") == .antiTumor)
        // A tumor outcome needs nothing more from the sentence than the document gives.
        #expect(polarity("IL-7 increased the proliferation of the cells.") == .proTumor)
    }
}
