import CytoLens
import Testing

/// Fifth round of general rules (`docs/claims-design.md`, "Generalization round 5"): outcomes named
/// with the tumor they happen to, survival as a verb, "mechanism of" as a link, "independently of"
/// as a negation, and a perturbation noun that governs coordinated "of" complements. Written
/// sentences, one per kind, each with a control.
@Suite("Claim rules: round 5")
struct ClaimGeneralizationRound5Tests {
    private func check(_ c: ClaimCase) {
        #expect(c.actual() == c.expected.map(\.description), "\(c.sentence)")
    }

    @Test(
        "Outcomes that name the tumor or the patient's course read as claims by themselves",
        arguments: [
            ClaimCase("IL-6 promotes cancer development.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "High serum IL-8 was associated with distant metastasis and worse overall survival.", [M("IL-8", "CXCL8")],
                "CXCL8 pro"),
            // "impact on survival" names a measure without its direction; "shorter survival" has one.
            ClaimCase(
                "IL-6 expression was correlated with clinical stage and impact on survival.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase("IL-6 expression was correlated with shorter survival.", [M("IL-6", "IL6")], "IL6 pro"),
            // A bare course word names no tumor: without a tumor setting it stays no claim.
            ClaimCase("High serum IL-8 was associated with the course of the illness.", [M("IL-8", "CXCL8")], "CXCL8 none"),
        ])
    func tumorOutcomes(_ c: ClaimCase) { check(c) }

    @Test(
        "A cancer name before a process reads as the lexicon's tumor phrase ('melanoma progression')",
        arguments: [
            ClaimCase("IL-6 promotes melanoma progression.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Blocking IL-8 reduced HCC cell proliferation.", [M("IL-8", "CXCL8")], "CXCL8 pro"),
            ClaimCase("IL-6 promotes glioma cell survival.", [M("IL-6", "IL6")], "IL6 pro"),
            // A cancer name before a word that is no process is no outcome.
            ClaimCase("IL-6 was elevated in melanoma patients.", [M("IL-6", "IL6")], "IL6 none"),
        ])
    func namedTumorOutcomes(_ c: ClaimCase) { check(c) }

    @Test(
        "'survive' names the outcome; 'independently of' denies the cytokine's part in it",
        arguments: [
            ClaimCase("The myeloma cells survive independently of IL-6.", [M("IL-6", "IL6")], "IL6 pro negated"),
            ClaimCase("The myeloma cells survive through IL-6.", [M("IL-6", "IL6")], "IL6 pro"),
        ])
    func survivalAsAVerb(_ c: ClaimCase) { check(c) }

    @Test(
        "'a mechanism of' links a cytokine to the outcome it serves",
        arguments: [
            ClaimCase("Autocrine production of IL-15 is a mechanism of tumor propagation.", [M("IL-15", "IL15")], "IL15 pro"),
            ClaimCase("Autocrine production of IL-15 was measured in the myeloma cells.", [M("IL-15", "IL15")], "IL15 none"),
        ])
    func mechanismOf(_ c: ClaimCase) { check(c) }

    @Test(
        "A perturbation noun reaches a mention in a coordinated 'and of' complement",
        arguments: [
            ClaimCase(
                "The blockade of the STAT3 pathway and of IL-6 production reduced tumor growth.", [M("IL-6", "IL6")],
                "IL6 pro"),
            // Without a perturbation the same chain is the cytokine's own.
            ClaimCase(
                "The activation of the STAT3 pathway and of IL-6 production reduced tumor growth.", [M("IL-6", "IL6")],
                "IL6 anti"),
        ])
    func coordinatedComplements(_ c: ClaimCase) { check(c) }

    @Test(
        "A level compared in a group that an outcome names ('patients with advanced cancer had higher levels of')",
        arguments: [
            ClaimCase("Patients with advanced cancer had higher serum levels of IL-6.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Patients with lymph node metastasis had lower levels of IL-12.", [M("IL-12", "IL12")], "IL12 anti"),
            // No level is compared: the group only received the cytokine.
            ClaimCase("Patients with advanced cancer received IL-2 after surgery.", [M("IL-2", "IL2")], "IL2 none"),
            // The "with" of a link ("associated with EMT") opens no group.
            ClaimCase(
                "Loss of ZO-1 was associated with EMT and we measured the expression of IL-6 by blot.", [M("IL-6", "IL6")],
                "IL6 none"),
        ])
    func levelComparedInGroup(_ c: ClaimCase) { check(c) }

    @Test(
        "A hedge adjective used attributively doubts only its noun; on a claim noun or as a predicate it hedges",
        arguments: [
            ClaimCase(
                "The deletion removed a putative tumor suppressor gene next to the IL-12 locus.", [M("IL-12", "IL12")],
                "IL12 none"),
            ClaimCase(
                "Blocking IL-6 reduced tumor growth and offered a potential explanation of the relapse.", [M("IL-6", "IL6")],
                "IL6 pro"),
            ClaimCase(
                "IL-6 promotes the growth of myeloma cells through a putative autocrine loop.", [M("IL-6", "IL6")], "IL6 pro"),
            // On a noun that names the claim, or after a copula, it hedges.
            ClaimCase("A putative role of IL-6 in tumor growth was proposed.", [M("IL-6", "IL6")], "IL6 pro hedged"),
            ClaimCase("IL-6 is a potential target in myeloma.", [M("IL-6", "IL6")], "IL6 none hedged"),
        ])
    func attributiveHedges(_ c: ClaimCase) { check(c) }

    @Test(
        "A molecular activity ('binding activity of NF-κB') is no cell outcome; the activity of cells still is",
        arguments: [
            ClaimCase(
                "IL-20 increased the binding activity of NF-κB in bladder cancer cells.", [M("IL-20", "IL20")], "IL20 none"),
            ClaimCase(
                "IL-20 increased the activity of NK cells against bladder cancer cells.", [M("IL-20", "IL20")], "IL20 anti"),
        ])
    func molecularActivities(_ c: ClaimCase) { check(c) }

    @Test(
        "Outcome, verb and link words of the fifth round's coverage batch",
        arguments: [
            ClaimCase("IL-6 exacerbates tumor growth in mice.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("IL-12 halted tumor growth in mice.", [M("IL-12", "IL12")], "IL12 anti"),
            ClaimCase("IL-8 is a driver of metastasis.", [M("IL-8", "CXCL8")], "CXCL8 pro"),
            ClaimCase("IL-6 constitutes a mechanism of immune escape in melanoma.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "High IL-10 was associated with favorable outcome in colon cancer.", [M("IL-10", "IL10")], "IL10 anti"),
        ])
    func coverageBatch(_ c: ClaimCase) { check(c) }

    @Test(
        "A cytokine that is only the agent of another gene's event ('NF-κB activation by TNF-α') is not the predicate's subject",
        arguments: [
            ClaimCase(
                "NF-κB activation by TNF-α was not correlated with cell proliferation in the tumors.", [M("TNF-α", "TNF")],
                "TNF none negated"),
            ClaimCase(
                "STAT3 phosphorylation by IL-6 promoted the growth of myeloma cells.", [M("IL-6", "IL6")], "IL6 none"),
            // The cytokine as the subject, or the agent of the cells' own outcome, keeps its claim.
            ClaimCase("IL-6 promoted the growth of myeloma cells.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase(
                "T cell activation by IL-12 enhanced the rejection of the tumors.", [M("IL-12", "IL12")], "IL12 anti"),
        ])
    func agentOfAnotherEvent(_ c: ClaimCase) { check(c) }
}
