import CytoLens
import Testing

/// Fourth round of general rules (`docs/claims-design.md`, "Generalization round 4"): compared
/// conditions, "in the absence of" and "-independent" modifiers deny nothing, normal cells named
/// before their outcome own it, "metastatic potential" is a capacity and "whether A or B" lists
/// alternatives, not hedges. Written sentences, one per kind.
@Suite("Claim rules: round 4")
struct ClaimGeneralizationRound4Tests {
    private func check(_ c: ClaimCase) {
        #expect(c.actual() == c.expected.map(\.description), "\(c.sentence)")
    }

    @Test(
        "A compared condition ('with or without', 'presence or absence of') denies nothing",
        arguments: [
            ClaimCase("Myeloma cells were cultured with or without IL-6 for three days.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase(
                "Splenocytes from the lymphoma-bearing mice were grown in the presence or absence of IL-7 and counted.",
                [M("IL-7", "IL7")], "IL7 none"),
            // A plain "without" + a verb still denies.
            ClaimCase(
                "In the myeloma cells, M-CSF induced early response genes without inducing proliferation.",
                [M("M-CSF", "CSF1")], "CSF1 pro negated"),
        ])
    func comparedConditions(_ c: ClaimCase) { check(c) }

    @Test(
        "'IL-2-independent growth' describes the growth; '-dependent' growth is still the cytokine's",
        arguments: [
            ClaimCase("Tax converted the lymphoma line to IL-2-independent growth.", [M("IL-2", "IL2")], "IL2 none"),
            ClaimCase("The IL-6-dependent growth of myeloma cells was reported.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Growth of the myeloma cells was independent of IL-6.", [M("IL-6", "IL6")], "IL6 pro negated"),
        ])
    func independentModifiers(_ c: ClaimCase) { check(c) }

    @Test("Normal cells named before an outcome, or before a list of outcomes, own it")
    func cellsBeforeTheirOutcomes() {
        func polarity(_ sentence: String, _ mention: TestMention) -> ClaimPolarity? {
            let found = writtenMentions(sentence, [mention])
            return ClaimTestSupport.extractor.verdicts(in: sentence, mentions: found, documentInTumorSetting: true).first?
                .polarity
        }
        // "B cell growth": the cell word is shared with the outcome "cell growth".
        #expect(polarity("IL-5 is known to support B cell growth.", M("IL-5", "IL5")) == nil)
        // Every outcome of the list after "T cell" is the T cells'.
        #expect(
            polarity("IL-21 is needed in the process of T cell survival, proliferation and clonal expansion.", M("IL-21", "IL21"))
                == nil)
        // Cells that are not named keep the document's tumor setting.
        #expect(polarity("IL-5 is known to support the growth of the cells.", M("IL-5", "IL5")) == .proTumor)
        #expect(
            polarity("IL-21 is needed in the process of survival, proliferation and clonal expansion.", M("IL-21", "IL21"))
                == .proTumor)
    }

    @Test(
        "'metastatic potential' names a capacity of the cells and hedges nothing",
        arguments: [
            ClaimCase(
                "The enhanced metastatic potential of the melanoma cells was associated with high IL-8 secretion.",
                [M("IL-8", "CXCL8")], "CXCL8 pro"),
            ClaimCase(
                "IL-8 may increase the metastatic potential of melanoma cells.", [M("IL-8", "CXCL8")], "CXCL8 pro hedged"),
        ])
    func capacityNouns(_ c: ClaimCase) { check(c) }

    @Test(
        "'whether A or B' lists alternatives that hold and hedges nothing; the word that asks a question still hedges",
        arguments: [
            ClaimCase(
                "NF-κB, whether activated by IL-1β or by TNF-α, drives the invasion of prostate cancer cells.",
                [M("IL-1β", "IL1B"), M("TNF-α", "TNF")], "TNF pro"),
            ClaimCase(
                "It remains unclear whether IL-6 promotes or restrains the growth of gastric cancer.", [M("IL-6", "IL6")],
                "IL6 context hedged"),
        ])
    func whetherAlternatives(_ c: ClaimCase) { check(c) }

    @Test(
        "'in the absence of IL-2' is a condition with the cytokine lost, not a denial; a stated absence still negates",
        arguments: [
            ClaimCase("CD28 costimulation drove T cell proliferation in the absence of IL-2.", [M("IL-2", "IL2")], "IL2 none"),
            ClaimCase("Absence of IL-10 was noted in the tumors.", [M("IL-10", "IL10")], "IL10 none negated"),
        ])
    func conditionOfLoss(_ c: ClaimCase) { check(c) }
}
