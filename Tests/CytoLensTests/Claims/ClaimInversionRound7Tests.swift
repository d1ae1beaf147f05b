import Testing

@testable import CytoLens

/// Round 7 rules for inversions, causal chains and therapy statements (`docs/claims-design.md`,
/// "Generalization round 7"): a drug against a cytokine-driven event, a cytokine named as a therapy's
/// target, and cue words that were read with the wrong sign or not at all. Written sentences, one per
/// kind, each with a control; every claim sentence must also pass the token scan that lets
/// ``ClaimAnnotator`` skip sentences with nothing to claim.
@Suite("Claim rules: round 7, inversions and therapy")
struct ClaimInversionRound7Tests {
    private func check(_ c: ClaimCase) { c.checkWithTokenScan() }

    @Test(
        "A drug that blocks a cytokine-driven event: the verbs after the event are the drug's",
        arguments: [
            ClaimCase(
                "In glioma cells, LLL12 inhibited VEGF-stimulated STAT3 phosphorylation and reduced their proliferation.",
                [M("VEGF", "VEGFA")], "VEGFA pro"),
            ClaimCase(
                "LY294002 suppressed IL-6-induced phosphorylation of Akt together with the inhibition of tumor cell migration.",
                [M("IL-6", "IL6")], "IL6 pro"),
            // The event as the subject: the chain is the cytokine's own.
            ClaimCase(
                "IL-6-induced phosphorylation of STAT3 reduced tumor cell apoptosis.", [M("IL-6", "IL6")], "IL6 pro"),
            // A relative clause after the event is the event's own statement.
            ClaimCase(
                "In glioma, LY294002 suppressed IL-6-induced phosphorylation of STAT3 which promotes tumor cell migration.",
                [M("IL-6", "IL6")], "IL6 pro"),
            // An enhancing verb before the event leaves the sign as it was.
            ClaimCase(
                "Heparin enhanced VEGF-induced phosphorylation of KDR and increased tumor cell migration.",
                [M("VEGF", "VEGFA")], "VEGFA pro"),
        ])
    func drivenEventObject(_ c: ClaimCase) { check(c) }

    @Test(
        "A cytokine that a therapy targets is pro-tumor",
        arguments: [
            ClaimCase(
                "Novel therapeutic modalities targeting IL-6 are needed in prostate cancer.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "Therapeutic strategies designed to simultaneously target both VEGF and FGF2 were tested in renal cancer.",
                [M("VEGF", "VEGFA"), M("FGF2", "FGF2")], "VEGFA pro", "FGF2 pro"),
            // A therapy that does not target the cytokine says nothing about it.
            ClaimCase(
                "Therapeutic strategies for renal cancer patients whose tumours express FGF2 were tested.",
                [M("FGF2", "FGF2")], "FGF2 none"),
        ])
    func therapyTarget(_ c: ClaimCase) { check(c) }

    @Test(
        "A participle right after a link's preposition governs every noun of the list after it",
        arguments: [
            ClaimCase(
                "Reduced expression of VEGF was associated with impaired tissue remodeling and angiogenesis in melanoma.",
                [M("VEGF", "VEGFA")], "VEGFA pro"),
            ClaimCase(
                "In melanoma, VEGF was associated with impaired tissue remodeling and angiogenesis.",
                [M("VEGF", "VEGFA")], "VEGFA anti"),
        ])
    func attributiveParticiple(_ c: ClaimCase) { check(c) }

    @Test(
        "An agent that binds the cytokine sequesters it",
        arguments: [
            ClaimCase(
                "The bFGF-binding peptide has an antitumor effect on colon cancer.", [M("bFGF", "FGF2")], "FGF2 pro"),
            ClaimCase("bFGF has an antitumor effect on colon cancer.", [M("bFGF", "FGF2")], "FGF2 anti"),
        ])
    func bindingAgent(_ c: ClaimCase) { check(c) }

    @Test(
        "A perturbation gerund after the mention is a noun when no object follows it",
        arguments: [
            ClaimCase(
                "In cervical cancer, tumor growth was blocked by shRNA-mediated VEGF silencing.", [M("VEGF", "VEGFA")],
                "VEGFA pro"),
            ClaimCase("VEGF silencing blocked tumor growth in cervical cancer.", [M("VEGF", "VEGFA")], "VEGFA pro"),
            // With an object after it the gerund is the mention's predicate.
            ClaimCase("IL-6 blocking apoptosis of tumor cells was seen.", [M("IL-6", "IL6")], "IL6 pro"),
        ])
    func gerundPerturbation(_ c: ClaimCase) { check(c) }

    @Test(
        "Cue words: contact inhibition is no inhibiting verb; growing tumors and lowering",
        arguments: [
            ClaimCase(
                "In retinal cells, EMT ensued when contact inhibition was disrupted followed by addition of EGF.",
                [M("EGF", "EGF")], "EGF none"),
            ClaimCase(
                "VEGF was over-expressed in pancreatic cancer cells, resulting in rapidly growing tumors.",
                [M("VEGF", "VEGFA")], "VEGFA pro"),
            ClaimCase("IL-24 lowering tumor growth was seen in melanoma.", [M("IL-24", "IL24")], "IL24 anti"),
            ClaimCase(
                "Hematopoietic aging promotes cancer by fueling IL-6-driven myelopoiesis.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("IL-6 was measured in cancer patients.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase(
                "Leptin had enhanced pro-apoptotic effects in prostate cancer cells.", [M("Leptin", "LEP")], "LEP anti"),
            // Said of another gene, the adjective is no outcome.
            ClaimCase(
                "Leptin induced the proapoptotic Bim in prostate cancer cells.", [M("Leptin", "LEP")], "LEP none"),
        ])
    func cueWords(_ c: ClaimCase) { check(c) }
}
