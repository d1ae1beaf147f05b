import CytoLens
import Testing

@Suite("Claim rules")
struct ClaimExtractorTests {
    private func check(_ c: ClaimCase) {
        #expect(c.actual() == c.expected.map(\.description), "\(c.sentence)")
    }

    @Test(
        "Negation is scoped to the link it negates and keeps the claim's polarity",
        arguments: [
            ClaimCase("IL-6 did not enhance the invasion of gastric cancer cells.", [M("IL-6", "IL6")], "IL6 pro negated"),
            ClaimCase("CCL5 failed to promote lung metastasis in this model.", [M("CCL5", "CCL5")], "CCL5 pro negated"),
            ClaimCase("Metastasis was independent of CXCL1.", [M("CXCL1", "CXCL1")], "CXCL1 pro negated"),
            ClaimCase(
                "Proliferation of the hepatoma cells was unaffected by IL-11.", [M("IL-11", "IL11")], "IL11 pro negated"),
            ClaimCase(
                "IL-10 had no effect on the growth of the colon carcinoma cells.", [M("IL-10", "IL10")], "IL10 pro negated"),
            ClaimCase(
                "Neither IL-4 nor IL-13 affected the invasion of the breast cancer cells.",
                [M("IL-4", "IL4"), M("IL-13", "IL13")],
                "IL4 pro negated", "IL13 pro negated"),
            ClaimCase("No IL-1α was detected in the tumor samples.", [M("IL-1α", "IL1A")], "IL1A none negated"),
            // Not negations of the claim: "not only … but also", "but not of normal cells", ", not radiotherapy,".
            ClaimCase(
                "IL-17A promoted tumor growth not only in vitro but also in xenografts.", [M("IL-17A", "IL17A")], "IL17A pro"),
            ClaimCase(
                "TNF-α induced apoptosis of the melanoma cells but not of normal melanocytes.", [M("TNF-α", "TNF")], "TNF anti"),
            ClaimCase(
                "TGF-β inhibitors, not radiotherapy, prevented bone metastasis.", [G("TGF-β", "TGFB")], "TGFB pro"),
            // A denied outcome is not a denied claim: the tumors that do not form are the cytokine's doing.
            ClaimCase(
                "IL-24-expressing tumor cells failed to form tumors in nude mice.", [M("IL-24", "IL24")], "IL24 anti"),
            ClaimCase("No tumors formed in mice treated with IFN-γ.", [M("IFN-γ", "IFNG")], "IFNG anti"),
        ])
    func negationScope(_ c: ClaimCase) { check(c) }

    @Test(
        "Hedges mark speculation; modals of fact and capability do not",
        arguments: [
            ClaimCase("IL-8 may promote angiogenesis in pancreatic cancer.", [M("IL-8", "CXCL8")], "CXCL8 pro hedged"),
            ClaimCase(
                "These data suggest that IL-33 drives the expansion of regulatory T cells in tumors.", [M("IL-33", "IL33")],
                "IL33 pro hedged"),
            ClaimCase(
                "IL-15 could potentially enhance NK-cell killing of lymphoma cells.", [M("IL-15", "IL15")], "IL15 anti hedged"),
            ClaimCase("Whether IL-22 promotes colon carcinogenesis remains unclear.", [M("IL-22", "IL22")], "IL22 pro hedged"),
            ClaimCase(
                "It is unlikely that CXCL12 drives the dissemination of these tumors.", [M("CXCL12", "CXCL12")],
                "CXCL12 pro negated hedged"),
            ClaimCase("IL-6 can activate STAT3 in many cell types.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase(
                "Our results showed that CXCL1 could promote the migration of the breast cancer cells.", [M("CXCL1", "CXCL1")],
                "CXCL1 pro"),
            ClaimCase("The hypothesis that IL-10 promotes lymphoma growth was confirmed.", [M("IL-10", "IL10")], "IL10 pro"),
        ])
    func hedges(_ c: ClaimCase) { check(c) }

    @Test(
        "Blockade, neutralization, knockout and knockdown turn the sign over",
        arguments: [
            ClaimCase("Blocking IL-6 reduced tumor growth in both xenograft models.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("IFN-γ-deficient mice developed more tumors than wild-type mice.", [M("IFN-γ", "IFNG")], "IFNG anti"),
            ClaimCase(
                "Knockdown of CXCL5 by shRNA impaired the invasion of the bladder cancer cells.", [M("CXCL5", "CXCL5")],
                "CXCL5 pro"),
            ClaimCase(
                "A neutralizing antibody against CCL20 abrogated the migration of colorectal cancer cells.",
                [M("CCL20", "CCL20")],
                "CCL20 pro"),
            ClaimCase("Il6−/− mice were protected from colitis-associated carcinogenesis.", [M("Il6", "IL6")], "IL6 pro"),
            ClaimCase("IL-12 knockout mice developed significantly larger tumors.", [G("IL-12", "IL12")], "IL12 anti"),
            ClaimCase("Recombinant IL-2 induced complete responses in patients with melanoma.", [M("IL-2", "IL2")], "IL2 anti"),
            // The speed of growth carries the sign: slower growth without the cytokine means it promotes growth.
            ClaimCase("Tumors grew more slowly in IL-6 knockout mice.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Tumor growth was slower in IL-6-deficient mice.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Tumors grew faster in IFN-γ-deficient mice.", [M("IFN-γ", "IFNG")], "IFNG anti"),
            // A perturbation participle in the passive perturbs the mention before it; in the active it is its verb.
            ClaimCase(
                "IL-6 was blocked with tocilizumab, and tumor growth was reduced.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Tumor growth was reduced when IL-6 was neutralized.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("Tumors grew faster when IFN-γ was efficiently depleted.", [M("IFN-γ", "IFNG")], "IFNG anti"),
            ClaimCase("IL-6 blocked apoptosis of the tumor cells.", [M("IL-6", "IL6")], "IL6 pro"),
            // An inhibitor of a kinase downstream does not invert the cytokine.
            ClaimCase(
                "The MEK inhibitor blocked IL-1β-induced invasion of the glioma cells.", [M("IL-1β", "IL1B")], "IL1B pro"),
        ])
    func inversion(_ c: ClaimCase) { check(c) }

    @Test(
        "Two inversions cancel",
        arguments: [
            ClaimCase("Inhibition of IL-1β suppressed the apoptosis of the tumor cells.", [M("IL-1β", "IL1B")], "IL1B anti"),
            ClaimCase("TNF-α-deficient mice were unable to reject the transplanted tumors.", [M("TNF-α", "TNF")], "TNF anti"),
            ClaimCase(
                "Neutralizing IL-8 abrogated the resistance of the cells to cisplatin.", [M("IL-8", "CXCL8")], "CXCL8 pro"),
            ClaimCase(
                "IFN-β counteracts the loss of MHC class I that allows immune escape.", [M("IFN-β", "IFNB1")], "IFNB1 anti"),
        ])
    func doubleInversion(_ c: ClaimCase) { check(c) }

    @Test(
        "Inhibiting the death of tumor cells helps the tumor",
        arguments: [
            ClaimCase("IL-4 inhibits apoptosis of tumor cells.", [M("IL-4", "IL4")], "IL4 pro"),
            ClaimCase("IL-6 protects myeloma cells from apoptosis.", [M("IL-6", "IL6")], "IL6 pro"),
            ClaimCase("IL-24 induces apoptosis of prostate cancer cells.", [M("IL-24", "IL24")], "IL24 anti"),
            // The same process in effector cells turns the other way.
            ClaimCase(
                "IL-10 induced apoptosis of CD8 T cells in the tumor microenvironment.", [M("IL-10", "IL10")], "IL10 pro"),
        ])
    func apoptosisOfTumorCells(_ c: ClaimCase) { check(c) }

    @Test(
        "Each cytokine of a contrast gets its own claim",
        arguments: [
            ClaimCase(
                "IL-12 enhanced, whereas IL-10 suppressed, antitumor immunity.", [G("IL-12", "IL12"), M("IL-10", "IL10")],
                "IL12 anti", "IL10 pro"),
            ClaimCase(
                "CCL2 accelerated metastasis while CXCL10 inhibited the metastatic spread.",
                [M("CCL2", "CCL2"), M("CXCL10", "CXCL10")],
                "CCL2 pro", "CXCL10 anti"),
            ClaimCase(
                "TGF-β1 did not induce EMT in these cells, whereas TNF-α did.", [M("TGF-β1", "TGFB1"), M("TNF-α", "TNF")],
                "TGFB1 pro negated", "TNF pro"),
            ClaimCase(
                "Unlike IL-2, IL-7 failed to expand tumor-reactive T cells.", [M("IL-2", "IL2"), M("IL-7", "IL7")], "IL2 anti",
                "IL7 anti negated"),
            // A subject before an inserted comparison keeps its verb after it.
            ClaimCase(
                "IL-10, unlike IL-6, inhibited tumor growth.", [M("IL-10", "IL10"), M("IL-6", "IL6")], "IL10 anti",
                "IL6 anti negated"),
            // A member excluded with "but not" shares the statement, denied.
            ClaimCase(
                "IL-6, but not IL-10, promoted tumor growth.", [M("IL-6", "IL6"), M("IL-10", "IL10")], "IL6 pro",
                "IL10 pro negated"),
            ClaimCase(
                "Blocking IL-6 (but not IL-10) reduced tumor growth.", [M("IL-6", "IL6"), M("IL-10", "IL10")], "IL6 pro",
                "IL10 pro negated"),
            ClaimCase(
                "IL-18 and IL-12 together induced regression of the established tumors.",
                [M("IL-18", "IL18"), G("IL-12", "IL12")],
                "IL18 anti", "IL12 anti"),
        ])
    func contrasts(_ c: ClaimCase) { check(c) }

    @Test(
        "A biomarker or a mere mention makes no claim",
        arguments: [
            ClaimCase("Serum IL-6 was measured by ELISA in 120 patients with lung cancer.", [M("IL-6", "IL6")], "IL6 none"),
            ClaimCase("CXCL8 mRNA was detected in most of the tumors.", [M("CXCL8", "CXCL8")], "CXCL8 none"),
            ClaimCase(
                "TNF-α, IL-1β and IL-6 were elevated in the serum of patients with pancreatic cancer.",
                [M("TNF-α", "TNF"), M("IL-1β", "IL1B"), M("IL-6", "IL6")], "TNF none", "IL1B none", "IL6 none"),
            ClaimCase("IL-15 increased survival in a model of sepsis.", [M("IL-15", "IL15")], "IL15 none"),
            // A level tied to an outcome with a direction is a claim.
            ClaimCase(
                "High CXCL13 expression was associated with shorter overall survival.", [M("CXCL13", "CXCL13")], "CXCL13 pro"),
            // An association gives overall survival no direction; a low level is a loss.
            ClaimCase(
                "The IL33 locus was associated with overall survival in patients with osteosarcoma.", [M("IL33", "IL33")],
                "IL33 none"),
            ClaimCase(
                "Lower levels of IL-33 were associated with worse prognosis in several tumor types.", [M("IL-33", "IL33")],
                "IL33 anti"),
            // A gene variant next to the mention is not the cytokine acting.
            ClaimCase(
                "The variant 161R of IL-17F increased angiogenesis in pancreatic cancer.", [M("IL-17F", "IL17F")],
                "IL17F none"),
            ClaimCase("IL-17F increased angiogenesis in pancreatic cancer.", [M("IL-17F", "IL17F")], "IL17F pro"),
        ])
    func biomarkers(_ c: ClaimCase) { check(c) }

    @Test(
        "A dual role is context dependent",
        arguments: [
            ClaimCase("IFN-γ is a double-edged sword in tumor immunity.", [M("IFN-γ", "IFNG")], "IFNG context"),
            ClaimCase(
                "TGF-β suppresses early tumor growth but promotes invasion and metastasis in advanced disease.",
                [G("TGF-β", "TGFB")],
                "TGFB context"),
            ClaimCase(
                "Low doses of TNF-α stimulated the proliferation of ovarian cancer cells, whereas high doses induced their apoptosis.",
                [M("TNF-α", "TNF")], "TNF context"),
            ClaimCase("IL-17 can either promote or restrain tumor growth.", [G("IL-17", "IL17")], "IL17 context"),
            ClaimCase(
                "Oncostatin M can be both tumor promoting and tumor suppressive.", [M("Oncostatin M", "OSM")], "OSM context"),
        ])
    func dualRole(_ c: ClaimCase) { check(c) }

    @Test("A receptor is not its ligand")
    func receptorIsNotLigand() {
        for (sentence, written) in [
            ("IL-6R expression was associated with poor prognosis in gastric cancer.", [R("IL-6R", "IL6R")]),
            ("Tumor cells lacking IFNGR1 escaped immune surveillance.", [R("IFNGR1", "IFNGR1")]),
        ] {
            let verdicts = ClaimTestSupport.extractor.verdicts(in: sentence, mentions: writtenMentions(sentence, written))
            #expect(verdicts.isEmpty, "\(sentence)")
        }
    }

    @Test("Claims carry cues, effect, sentence, section and the setting the sentence names")
    func claimFields() throws {
        let sentence = "IL-6 promoted the growth of breast cancer xenografts in mice."
        let claims = ClaimTestSupport.extractor.claims(
            in: sentence, mentions: writtenMentions(sentence, [M("IL-6", "IL6")], offset: 100, sentenceIndex: 4),
            sentenceStart: 100,
            sentenceIndex: 4, section: ["Results"])
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.cytokine == "IL6")
        #expect(claim.polarity == .proTumor)
        #expect(claim.effect == "proliferation")
        #expect(claim.cues == ["promoted", "growth"])
        #expect(claim.sentence == 4)
        #expect(claim.context == ClaimContext(cancer: "breast", evidence: "in_vivo", section: ["Results"]))
    }

    @Test("A generic outcome needs a tumor setting, from the sentence or the document")
    func tumorSetting() {
        let sentence = "IL-1β increased the proliferation of the cells."
        let found = writtenMentions(sentence, [M("IL-1β", "IL1B")])
        #expect(ClaimTestSupport.extractor.verdicts(in: sentence, mentions: found).first?.polarity == nil)
        #expect(
            ClaimTestSupport.extractor.verdicts(in: sentence, mentions: found, documentInTumorSetting: true).first?.polarity
                == .proTumor)
    }

    @Test(
        "Angiogenesis, sensitivity and pathogenesis are generic; another disease in the sentence wins over the document",
        arguments: [
            "Adiponectin promotes insulin sensitivity in skeletal muscle.",
            "VEGF is involved in regulating blood vessel formation during development.",
            "IL-23 is involved in the pathogenesis of ankylosing spondylitis.",
            "IL-6 promoted the proliferation of synovial fibroblasts in rheumatoid arthritis.",
        ])
    func genericOutcomes(_ sentence: String) {
        let names = [("Adiponectin", "ADIPOQ"), ("VEGF", "VEGFA"), ("IL-23", "IL23"), ("IL-6", "IL6")]
        let found = writtenMentions(sentence, names.filter { sentence.contains($0.0) }.map { M($0.0, $0.1) })
        #expect(ClaimTestSupport.extractor.verdicts(in: sentence, mentions: found).allSatisfy { $0.polarity == nil })
        // The rheumatoid arthritis sentence stays none even in a document about tumors.
        if sentence.contains("arthritis") {
            #expect(
                ClaimTestSupport.extractor.verdicts(in: sentence, mentions: found, documentInTumorSetting: true)
                    .allSatisfy { $0.polarity == nil })
        }
    }
}
