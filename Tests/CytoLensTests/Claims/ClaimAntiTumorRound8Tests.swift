import Testing

@testable import CytoLens

/// Round 8 (claims8a) rules for anti-tumor claims (`docs/claims-design.md`, "Round 8a"): whose
/// cells an outcome happens to, a cytokine named as a treatment, transformation, appositions in a
/// backward chain, and anti-tumor phrasings that were read with the wrong sign or not at all.
/// Written sentences, one per kind, each with a control.
@Suite("Claim rules: round 8, anti-tumor claims")
struct ClaimAntiTumorRound8Tests {
    private func check(_ c: ClaimCase) { c.checkWithTokenScan() }

    @Test(
        "A malignancy word before normal or effector cells makes them tumor cells",
        arguments: [
            ClaimCase(
                "In skin cancer, TRAIL triggers apoptosis of transformed keratinocytes.", [M("TRAIL", "TNFSF10")],
                "TNFSF10 anti"),
            ClaimCase(
                "In lymphoma, IL-4 increased the proliferation of malignant B cells.", [M("IL-4", "IL4")], "IL4 pro"),
            // Without the word, keratinocytes are normal cells: no claim.
            ClaimCase(
                "In skin cancer, TRAIL triggers apoptosis of keratinocytes.", [M("TRAIL", "TNFSF10")], "TNFSF10 none"),
        ])
    func malignantCells(_ c: ClaimCase) { check(c) }

    @Test(
        "A one-word outcome right before a cell phrase describes those cells",
        arguments: [
            ClaimCase(
                "In tumors, IFN-γ induced apoptosis of activated T cells.", [M("IFN-γ", "IFNG")], "IFNG pro"),
            ClaimCase("In tumors, IFN-γ induced apoptosis of T cells.", [M("IFN-γ", "IFNG")], "IFNG pro"),
            // The tumor cells' own apoptosis is still anti-tumor.
            ClaimCase("IFN-γ induced apoptosis of tumor cells.", [M("IFN-γ", "IFNG")], "IFNG anti"),
        ])
    func cellAdjective(_ c: ClaimCase) { check(c) }

    @Test(
        "A cytokine that runs into a purpose phrase is the treatment",
        arguments: [
            ClaimCase("We used IL-12 for the treatment of melanoma.", [M("IL-12", "IL12")], "IL12 anti"),
            ClaimCase("IFN-α therapy in the treatment of chronic myeloid leukemia.", [M("IFN-α", "IFNA")], "IFNA anti"),
            // A blocked cytokine: the blocking is the treatment.
            ClaimCase(
                "We used anti-TNF antibodies for the treatment of ovarian cancer.", [M("TNF", "TNF")], "TNF pro"),
            // A cytokine that is not the thing used.
            ClaimCase(
                "Patients given cisplatin for the treatment of melanoma had high IL-6 levels.", [M("IL-6", "IL6")],
                "IL6 none"),
        ])
    func therapeuticPurpose(_ c: ClaimCase) { check(c) }

    @Test(
        "Immortalization is a tumor event of any cells, and an apposition does not end the statement",
        arguments: [
            ClaimCase(
                "The immortalization of lymphocytes co-cultured with producer cells, MT-2, was blocked in the presence of IFN-α.",
                [M("IFN-α", "IFNA")], "IFNA anti"),
            // A comma that starts another statement still ends the backward chain.
            ClaimCase(
                "The immortalization of lymphocytes was studied, and cells were then cultured with IFN-α.",
                [M("IFN-α", "IFNA")], "IFNA none"),
        ])
    func transformationAndApposition(_ c: ClaimCase) { check(c) }

    @Test(
        "Anti-tumor phrasings",
        arguments: [
            ClaimCase(
                "IL-24 exhibited potent growth inhibitory effects on cancer cells.", [M("IL-24", "IL24")], "IL24 anti"),
            ClaimCase("IFN-β induced G1 arrest in melanoma cells.", [M("IFN-β", "IFNB1")], "IFNB1 anti"),
            ClaimCase("IL-18 decreased the number of lung nodules in tumor-bearing mice.", [M("IL-18", "IL18")], "IL18 anti"),
            ClaimCase("IL-12 protects mice from tumor challenge.", [M("IL-12", "IL12")], "IL12 anti"),
            ClaimCase("IL-12 elicited potent antitumor responses.", [M("IL-12", "IL12")], "IL12 anti"),
            ClaimCase("IL-2 was effective against metastatic melanoma.", [M("IL-2", "IL2")], "IL2 anti"),
            ClaimCase("IFN-α showed anticancer activity in renal cell carcinoma.", [M("IFN-α", "IFNA")], "IFNA anti"),
            // The same words about another subject: no claim for the cytokine.
            ClaimCase(
                "IL-6 and cisplatin resistance in melanoma were studied, and cisplatin exhibited growth inhibitory effects.",
                [M("IL-6", "IL6")], "IL6 none"),
        ])
    func phrasings(_ c: ClaimCase) { check(c) }
}
