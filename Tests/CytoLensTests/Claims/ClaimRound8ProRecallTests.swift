import Testing

@testable import CytoLens

/// Eighth round of general rules, pro-tumor recall and the scope of hedges (`docs/claims-design.md`,
/// "Generalization round 8b"): outcomes named with the tumor after them ("the progression of
/// colorectal cancer"), undirected prognostic nouns with a directed complement, lists of outcomes
/// after an `-induced` cytokine, resistance to a therapy, tumor cells that depend on a cytokine, and
/// modals that do not hedge a presupposed phrase. Written sentences, one per kind, each with a
/// control; every claim sentence must also pass the token scan that lets ``ClaimAnnotator`` skip
/// sentences with nothing to claim.
@Suite("Claim rules: round 8, pro-tumor recall and presupposed phrases")
struct ClaimRound8ProRecallTests {
    private func check(_ c: ClaimCase) { c.checkWithTokenScan() }

    @Test(
        "A process followed by 'of' and a cancer name reads as the tumor phrase",
        arguments: [
            ClaimCase("CXCL1 promotes the progression of colorectal cancer.", [M("CXCL1", "CXCL1")], "CXCL1 pro"),
            ClaimCase("IL-8 has been implicated in the progression of many cancers.", [M("IL-8", "CXCL8")], "CXCL8 pro"),
            ClaimCase(
                "IL-6 plays an important role in the development and progression of cancer.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("IL-12 led to the regression of established tumors.", [M("IL-12", "IL12")], "IL12 anti"),
            // A process with no tumor phrase in the lexicon, or no cancer after "of", is no outcome.
            ClaimCase("IL-6 promotes the progression of the cell cycle.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase("IL-6 promotes the progression of disease in patients with cancer.", [M("IL-6", "IL6")], "IL6 none"),
        ])
    func genitiveTumorOutcome(_ c: ClaimCase) { check(c) }

    @Test(
        "An undirected prognostic noun takes the direction of its complement",
        arguments: [
            ClaimCase(
                "IL-6 is an independent prognostic factor for poor survival in gastric cancer.", [M("IL-6", "IL6")],
                "IL6 pro"),
            ClaimCase("IL-6 is a poor prognostic factor in lung cancer.", [M("IL-6", "IL6")], "IL6 pro"),
            // Without a direction it stays undirected.
            ClaimCase("IL-6 is an independent prognostic factor in gastric cancer.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase(
                "IL-6 is an independent prognostic factor for overall survival in gastric cancer.", [M("IL-6", "IL6")],
                "IL6 none"),
        ])
    func directedComplement(_ c: ClaimCase) { check(c) }

    @Test(
        "An -induced cytokine reaches every outcome of the list after it",
        arguments: [
            // Outside a tumor setting, the generic "proliferation" counts for nothing; the angiogenesis of the list does.
            ClaimCase(
                "PDCD6 suppressed VEGF-induced proliferation, invasion and tube formation in vitro.", [M("VEGF", "VEGFA")],
                "VEGFA pro"),
            ClaimCase("IL-6-induced proliferation, invasion and angiogenesis were reduced.", [M("IL-6", "IL6")], "IL6 pro"),
            // An outcome of cells with no cells named ends the phrase ("activation of NF-κB").
            ClaimCase(
                "TNF-mediated activation of NF-kappa B and cytotoxicity involves reactive oxygen intermediates.",
                [M("TNF", "TNF")], "TNF none"),
        ])
    func modifierOutcomeList(_ c: ClaimCase) { check(c) }

    @Test(
        "A resistance to a drug or therapy is itself the outcome",
        arguments: [
            ClaimCase("IL-6 confers resistance to cisplatin in ovarian cancer cells.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("IL-6 rendered breast cancer cells resistant to chemotherapy.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "IL-6 mediates resistance to EGFR inhibitors in lung cancer.", [M("IL-6", "IL6"), R("EGFR", "EGFR")],
                "IL6 pro"),
            // A resistance to an outcome still turns that outcome over; to a cytokine it is that cytokine's role noun.
            ClaimCase(
                "IL-6 induced resistance to apoptosis in cancer cells.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "IL-6 induced resistance to TRAIL in cancer cells.", [M("IL-6", "IL6"), M("TRAIL", "TNFSF10")],
                "TNFSF10 anti"),
            // Not in a tumor setting.
            ClaimCase("IL-6 confers resistance to insulin in hepatocytes.", [M("IL-6", "IL6")], "IL6 none"),
        ])
    func resistanceToTherapy(_ c: ClaimCase) { check(c) }

    @Test(
        "Tumor cells that depend on a cytokine make it pro-tumor",
        arguments: [
            ClaimCase("Myeloma cells depend on IL-6 for their survival.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Lymphoma cells do not require IL-4.", [M("IL-4", "IL4")], "IL4 pro negated"),
            ClaimCase("Tumor growth required IL-6.", [M("IL-6", "IL6")], "IL6 pro"),
            // Cells that are not tumor cells say nothing about tumors.
            ClaimCase("Thymocytes in lymphoma patients depend on IL-7.", [M("IL-7", "IL7")], "IL7 none"),
        ])
    func tumorCellsDependOn(_ c: ClaimCase) { check(c) }

    @Test(
        "A modal does not hedge a presupposed -induced phrase; a hedging verb before it does",
        arguments: [
            ClaimCase(
                "Thus, AR may mediate the leptin-induced apoptotic response in cancer cells.", [M("leptin", "LEP")],
                "LEP anti"),
            ClaimCase(
                "We suggest that the IL-6-induced invasion of cancer cells is mediated by STAT3.", [M("IL-6", "IL6")],
                "IL6 pro hedged"),
            // A claim the sentence states, not presupposes, keeps its modal.
            ClaimCase("IL-6 may promote the invasion of cancer cells.", [M("IL-6", "IL6")], "IL6 pro hedged"),
        ])
    func presupposedPhraseHedge(_ c: ClaimCase) { check(c) }

    @Test(
        "A class noun in apposition to a cytokine is the cytokine",
        arguments: [
            ClaimCase(
                "IL-6, a pleiotropic cytokine, promotes tumor growth.", [M("IL-6", "IL6"), G("cytokine", "CYTOKINE")],
                "IL6 pro"),
            ClaimCase(
                "Curcumin reduced the levels of IL-6, a cytokine that promotes tumor growth, in cancer cells.",
                [M("IL-6", "IL6"), G("cytokine", "CYTOKINE")], "IL6 pro"),
            // A class noun joined by "and" is another thing.
            ClaimCase(
                "Curcumin reduced IL-6 and other cytokines that promote tumor growth.",
                [M("IL-6", "IL6"), G("cytokines", "CYTOKINE")], "IL6 none"),
        ])
    func classApposition(_ c: ClaimCase) { check(c) }

    @Test(
        "A hedge adverb that opens a means adjunct after the claim doubts only the means",
        arguments: [
            ClaimCase(
                "IL-6 promoted tumor growth, possibly through STAT3 activation.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "IL-6 promoted tumor growth, probably reflecting STAT3 activation.", [M("IL-6", "IL6")], "IL6 pro"),
            // Before the verb, the adverb doubts the claim.
            ClaimCase("IL-6 possibly promotes tumor growth.", [M("IL-6", "IL6")], "IL6 pro hedged"),
        ])
    func meansAdjunctHedge(_ c: ClaimCase) { check(c) }
}
