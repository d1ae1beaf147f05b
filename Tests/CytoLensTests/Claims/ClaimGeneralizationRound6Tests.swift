import Testing

@testable import CytoLens

/// Sixth round of general rules (`docs/claims-design.md`, "Generalization round 6"): a low level
/// written around the mention, losses named by "impaired … of", undirected survival differences, and filler words inside a genitive. Written sentences, one per
/// kind, each with a control; every claim sentence must also pass the token scan that lets
/// ``ClaimAnnotator`` skip sentences with nothing to claim.
@Suite("Claim rules: round 6")
struct ClaimGeneralizationRound6Tests {
    private func check(_ c: ClaimCase) { c.checkWithTokenScan() }

    @Test(
        "A low-level word before the mention and a level noun after it read as a loss",
        arguments: [
            ClaimCase(
                "Reduced IL-33 plasma levels in myeloma patients are associated with more advanced stage of disease.",
                [M("IL-33", "IL33")], "IL33 anti"),
            ClaimCase("Low IL-12 expression was associated with poor prognosis.", [M("IL-12", "IL12")], "IL12 anti"),
            // Without a level noun after the mention the word stays a verb: TGF-β acts, IL-6 is its object.
            ClaimCase(
                "TGF-β reduced IL-6 and promoted tumor growth.", [M("TGF-β", "TGFB"), M("IL-6", "IL6")], "TGFB pro"),
            ClaimCase("High IL-33 plasma levels were associated with advanced stage.", [M("IL-33", "IL33")], "IL33 pro"),
        ])
    func lowLevel(_ c: ClaimCase) { check(c) }

    @Test(
        "'Impaired activation of' and 'reduced production of' are losses of the cytokine",
        arguments: [
            ClaimCase("Impaired activation of IFN-γ reduces its antitumor activity.", [M("IFN-γ", "IFNG")], "IFNG anti"),
            ClaimCase("Reduced production of IL-10 decreased tumor growth.", [M("IL-10", "IL10")], "IL10 pro"),
            ClaimCase("Activation of IFN-γ enhances antitumor immunity.", [M("IFN-γ", "IFNG")], "IFNG anti"),
        ])
    func impairedLoss(_ c: ClaimCase) { check(c) }

    @Test(
        "Survival differences name a measure without its direction",
        arguments: [
            ClaimCase(
                "IL-17F is involved in determining differences in survival among patients with pancreatic cancer.",
                [M("IL-17F", "IL17F")], "IL17F none"),
            ClaimCase(
                "IL-17F is involved in shorter survival among patients with pancreatic cancer.", [M("IL-17F", "IL17F")],
                "IL17F pro"),
        ])
    func survivalDifferences(_ c: ClaimCase) { check(c) }

    @Test(
        "Filler words between a described outcome and the cytokine of its genitive",
        arguments: [
            ClaimCase(
                "A recent study has shown the anti-tumor properties of wild-type interleukin-17F.",
                [M("interleukin-17F", "IL17F")], "IL17F anti"),
            ClaimCase(
                "A recent study has shown the anti-tumor properties of the recombinant human IL-12.", [M("IL-12", "IL12")],
                "IL12 anti"),
        ])
    func genitiveFiller(_ c: ClaimCase) { check(c) }

    @Test(
        "A cytokine named as an example of markers gets no claim from the verbs after it",
        arguments: [
            ClaimCase(
                "The drug inhibited tumor growth, enhanced levels of immune markers such as IFN-γ and improved CD8+ T cell infiltration.",
                [M("IFN-γ", "IFNG")], "IFNG none"),
            ClaimCase("IFN-γ enhanced CD8+ T cell infiltration into the tumor.", [M("IFN-γ", "IFNG")], "IFNG anti"),
        ])
    func markerExamples(_ c: ClaimCase) { check(c) }

    @Test(
        "Plasticity, lineage switching and vessel density of tumors are pro-tumor outcomes (cues.md 4.3)",
        arguments: [
            ClaimCase("TGF-β-induced breast cancer plasticity was blocked by the inhibitor.", [M("TGF-β", "TGFB")], "TGFB pro"),
            ClaimCase("IL-8 increased vessel density in xenograft tumors.", [M("IL-8", "CXCL8")], "CXCL8 pro"),
        ])
    func coverage(_ c: ClaimCase) { check(c) }

    @Test(
        "A hedge in a statement joined by ', and' with its own subject does not reach the other statement",
        arguments: [
            ClaimCase(
                "The association may be mediated by TRAIL expression, and TRAIL is important for tumour apoptosis.",
                [M("TRAIL", "TNFSF10"), M("TRAIL", "TNFSF10")], "TNFSF10 anti"),
            ClaimCase(
                "IL-17F suppresses tumor angiogenesis, and the receptor pathway may play a role in wound healing.",
                [M("IL-17F", "IL17F")], "IL17F anti"),
            // A pronoun subject continues the statement before it, and the claim inside the hedged one stays hedged.
            ClaimCase(
                "IL-17F suppresses tumor angiogenesis, and this may explain the better survival.", [M("IL-17F", "IL17F")],
                "IL17F anti hedged"),
            ClaimCase(
                "IL-17F may suppress tumor angiogenesis, and angiogenesis is important in metastatic spread.",
                [M("IL-17F", "IL17F")], "IL17F anti hedged"),
        ])
    func coordinatedStatements(_ c: ClaimCase) { check(c) }
}
