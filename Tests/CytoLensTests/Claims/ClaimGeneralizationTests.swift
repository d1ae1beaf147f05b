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
}
