import Testing

@testable import CytoLens

/// Seventh round of general rules, levels, associations and aims (`docs/claims-design.md`,
/// "Generalization round 7"): association cues with an adverb inside, microvessel density and
/// long-term survival as outcomes of a level, angiogenesis as a tumor outcome by itself,
/// associations written before both sides ("correlation between X and Y"), and the effect a
/// mechanism clause of an aim takes for granted. Written sentences, one per kind, each with a
/// control; every claim sentence must also pass the token scan that lets ``ClaimAnnotator`` skip
/// sentences with nothing to claim.
@Suite("Claim rules: round 7, levels and aims")
struct ClaimRound7LevelsAndAimsTests {
    private func check(_ c: ClaimCase) { c.checkWithTokenScan() }

    @Test(
        "An adverb inside an association cue keeps it an association, with its sign",
        arguments: [
            ClaimCase(
                "Expression of VEGF correlated significantly with lymph node metastasis.", [M("VEGF", "VEGFA")], "VEGFA pro"),
            ClaimCase(
                "Serum IL-6 correlated inversely with lymph node metastasis in gastric cancer.", [M("IL-6", "IL6")],
                "IL6 anti"),
            // An undirected outcome stays undirected with the adverb too.
            ClaimCase(
                "Serum IL-6 was associated significantly with overall survival in gastric cancer.", [M("IL-6", "IL6")],
                "IL6 none"),
        ])
    func adverbInsideAssociation(_ c: ClaimCase) { check(c) }

    @Test(
        "Microvessel density (MVD) and long-term survival are outcomes a level can be tied to",
        arguments: [
            ClaimCase(
                "VEGF positive tumors showed a higher MVD than VEGF negative tumors.", [M("VEGF", "VEGFA"), M("VEGF", "VEGFA")],
                "VEGFA pro"),
            ClaimCase(
                "EGF was found to be down-regulated in long-term survivors of gastric cancer.", [M("EGF", "EGF")], "EGF pro"),
            ClaimCase(
                "EGF was found to be up-regulated in long-term survivors of gastric cancer.", [M("EGF", "EGF")], "EGF anti"),
            ClaimCase("VEGF expression was lower in high-grade tumors.", [M("VEGF", "VEGFA")], "VEGFA anti"),
            ClaimCase(
                "Patients whose tumors expressed IL-12 survived longer.", [M("IL-12", "IL12")], "IL12 anti"),
            // A level measured with no outcome stays a measurement.
            ClaimCase("EGF was found to be down-regulated in gastric cancer.", [M("EGF", "EGF")], "EGF none"),
        ])
    func levelOutcomes(_ c: ClaimCase) { check(c) }

    @Test(
        "An aim that asks for the mechanism of an effect takes the effect for granted",
        arguments: [
            ClaimCase(
                "We set out to elucidate the mechanism by which BMP-6 exerts its anti-tumorigenic effect.",
                [M("BMP-6", "BMP6")], "BMP6 anti"),
            ClaimCase(
                "To examine the mechanism whereby GDF-15 inhibits tumor angiogenesis, integrin activation was examined.",
                [M("GDF-15", "GDF15")], "GDF15 anti"),
            ClaimCase("To determine how IL-6 promotes tumor growth, we used knockout mice.", [M("IL-6", "IL6")], "IL6 pro"),
            // A hyphenated modifier between the opener and the cytokine is keyed like any word.
            ClaimCase(
                "To elucidate the mechanism by which tumor-derived IL-6 promotes tumor growth, we used knockout mice.",
                [M("IL-6", "IL6")], "IL6 pro"),
            // An aim that asks whether the effect exists states no claim.
            ClaimCase("We investigated whether IL-6 promotes tumor growth.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase(
                "To examine whether GDF-15 inhibits tumor angiogenesis, integrin activation was examined.",
                [M("GDF-15", "GDF15")], "GDF15 none"),
        ])
    func presupposedMechanism(_ c: ClaimCase) { check(c) }
    @Test(
        "Angiogenesis is a tumor outcome by itself, unless the sentence names another setting of it",
        arguments: [
            ClaimCase("VEGF induces an angiogenic response in endothelial cells.", [M("VEGF", "VEGFA")], "VEGFA pro"),
            ClaimCase("GDF-15 inhibits angiogenesis in vitro.", [M("GDF-15", "GDF15")], "GDF15 anti"),
            ClaimCase("VEGF induces angiogenesis in wound healing.", [M("VEGF", "VEGFA")], "VEGFA none"),
            ClaimCase("PlGF promotes angiogenesis in chronic subdural hematoma.", [M("PlGF", "PGF")], "PGF none"),
            // Proliferation still needs a tumor setting.
            ClaimCase("EGF induces proliferation of keratinocytes.", [M("EGF", "EGF")], "EGF none"),
        ])
    func angiogenesisByItself(_ c: ClaimCase) { check(c) }

    @Test(
        "An association written before both sides governs the outcome after the cytokine's level",
        arguments: [
            ClaimCase(
                "A significant relation was observed between VEGF expression and microvessel density in gastric cancer.",
                [M("VEGF", "VEGFA")], "VEGFA pro"),
            ClaimCase(
                "There was an inverse correlation between serum IL-12 levels and lymph node metastasis.",
                [M("IL-12", "IL12")], "IL12 anti"),
            ClaimCase(
                "There was no correlation between serum IL-6 levels and lymph node metastasis.", [M("IL-6", "IL6")],
                "IL6 pro negated"),
            // Undirected outcomes stay undirected, and an aim asks without stating.
            ClaimCase(
                "We found an association between serum IL-6 levels and overall survival in gastric cancer.",
                [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase(
                "We investigated the relationship between VEGF expression and microvessel density in gastric cancer.",
                [M("VEGF", "VEGFA")], "VEGFA none"),
        ])
    func associationBetween(_ c: ClaimCase) { check(c) }
}
