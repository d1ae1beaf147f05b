import CytoLens
import Testing

/// A name that only starts a longer numbered name the lexicon lacks is no mention, and hides the
/// names inside it: a specific family member never becomes its family ("fibroblast growth factor
/// 19" is not the group FGF), another protein never the cytokine in its name ("interferon-inducible
/// protein 16" is not IFN, "human epidermal growth factor (HER2)" not EGF). The real sentences
/// are the `longer_names` rows of `corpus/mentions/tagger_cases.tsv`; these are written ones.
@Suite("Names that start a longer numbered name")
struct LongerNameTests {
    static let annotator = Annotator()

    static func mentions(_ text: String) -> [String] {
        annotator.annotate(TaggerCase.article(text)).mentions.map(TaggerCase.describe)
    }

    @Test(
        "A family name before the number of a member the lexicon lacks is no mention",
        arguments: [
            ("FGF 19 and FGF21 levels rose.", [String]()),
            ("Serum fibroblast growth factor 23 was high.", []),
            ("Fibroblast Growth Factor 23 and klotho", []),
            ("fibroblast growth factor (FGF) 23 is a hormone", []),
            ("fibroblast growth factor ( FGF ) 23 is a hormone", []),
            ("fibroblast growth factors 19 and 21 act on the liver", []),
            ("FGF-18 was added.", []),
            // Members the lexicon has stay members.
            ("FGF 2 and fibroblast growth factor 1 were added.", ["FGF2=FGF 2", "FGF1=fibroblast growth factor 1"]),
        ])
    func familyBeforeNumber(_ text: String, _ expected: [String]) {
        #expect(Self.mentions(text) == expected)
    }

    @Test(
        "A family's plural before numbers names the members the lexicon has",
        arguments: [
            ("Treatment with BMPs 6 and -7 reduced growth.", ["BMP6=BMPs 6", "BMP7=-7"]),
            ("interleukins 4 and 13 were high.", ["IL4=interleukins 4", "IL13=13"]),
            ("interleukins 1, 6 and 8 were high.", ["group:IL1=interleukins 1", "IL6=6", "CXCL8=8"]),
            ("fibroblast growth factors 1 and 2 act", ["FGF1=fibroblast growth factors 1", "FGF2=2"]),
            // A singular keeps bare numbers out: "IL-6 and 10 patients" counts patients.
            ("IL-6 and 10 patients", ["IL6=IL-6"]),
            // A time after the plural is no member's number.
            ("BMPs 20 years ago", ["group:BMP=BMPs"]),
        ])
    func pluralBeforeNumbers(_ text: String, _ expected: [String]) {
        #expect(Self.mentions(text) == expected)
    }

    @Test(
        "A number that is a dose, a time or a share, or its own symbol's number, keeps the name",
        arguments: [
            ("Cells got PDGF 50 ng/ml for 2 days.", ["group:PDGF=PDGF"]),
            ("TGF-β 5 ng/ml was added.", ["group:TGFB=TGF-β"]),
            ("FGF 10% of the time", ["group:FGF=FGF"]),
            ("FGF 12.5 ng/ml", ["group:FGF=FGF"]),
            // A symbol before a number is an isoform or a fragment more often than a member.
            ("VEGF 165 and EGF 1 were used.", ["VEGFA=VEGF 165", "EGF=EGF"]),
            ("IFN-α/β receptor 1 was blocked.", ["receptor:IFNAR1=IFN-α/β receptor"]),
            // A table cell is not part of the name before it.
            ("FGF\t12\tup", ["group:FGF=FGF"]),
        ])
    func doseOrOwnNumber(_ text: String, _ expected: [String]) {
        #expect(Self.mentions(text) == expected)
    }

    @Test(
        "A cytokine name before 'inducible/induced protein' and a number names another protein",
        arguments: [
            (
                "interferon-inducible protein 9 and IFN-γ-inducible protein 10 (IP-10) bind CXCR3.",
                [
                    "CXCL11=interferon-inducible protein 9", "CXCL10=IFN-γ-inducible protein 10", "CXCL10=IP-10",
                    "receptor:CXCR3=CXCR3",
                ]
            ),
            ("IFN-inducible protein-10 and IP-9 were measured.", ["CXCL10=IFN-inducible protein-10", "CXCL11=IP-9"]),
            ("interferon-inducible protein 16 (IFI16) senses DNA.", []),
            ("TNF-α-induced protein 3 (A20) ends NF-κB signalling.", []),
            // Without a number it is the cytokine and what it induces; a time is no number of a name.
            ("IFN-γ-induced protein expression of PD-L1", ["IFNG=IFN-γ"]),
            ("IL-6 protein 24 h after injury", ["IL6=IL-6"]),
        ])
    func inducedProtein(_ text: String, _ expected: [String]) {
        #expect(Self.mentions(text) == expected)
    }

    @Test(
        "A long form before a bracket with another gene's symbol is not the cytokine",
        arguments: [
            ("human epidermal growth factor (ERBB2; HER2) is amplified.", [String]()),
            ("human epidermal growth factor (HER-2) receptors", []),
            ("human epidermal growth factor 2 (HER2)", []),
            ("human epidermal growth factor receptor 2 (HER2)", []),
            ("human epidermal growth factor receptor ( HER)2/neu ( erbB-2 ) oncogene", []),
            // Its own short form, a fragment, a dose or a SNP keep it.
            ("recombinant human epidermal growth factor (EGF 1–53)", ["EGF=epidermal growth factor", "EGF=EGF"]),
            ("epidermal growth factor (10 ng/ml)", ["EGF=epidermal growth factor"]),
            ("epidermal growth factor (rs4444903)", ["EGF=epidermal growth factor"]),
        ])
    func longFormBeforeOtherSymbol(_ text: String, _ expected: [String]) {
        #expect(Self.mentions(text) == expected)
    }
}
