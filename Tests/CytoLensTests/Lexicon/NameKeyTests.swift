import Testing

@testable import CytoLens

@Suite("Name keys (scripts/build_lexicon.py match_key)")
struct NameKeyTests {
    @Test(
        "Keys agree with match_key()",
        arguments: [
            ("TNF-α", "tnfa"), ("TNF alpha", "tnfa"), ("TNFa", "tnfa"), ("Tnfa", "tnfa"), ("IL-1ß", "il1b"),
            ("IFN‐γ", "ifng"), ("interferon-gamma", "interferong"), ("Betacellulin", "bcellulin"),
            ("tumour necrosis factor", "tumornecrosisfactor"), ("IL-12/IL-23 p40", "il12il23p40"),
            ("chemokine (C-X-C motif) ligand 12", "chemokinecxcmotifligand12"), ("TGF-βRII", "tgfbrii"),
            ("µ", "m"), ("IL_6", "il6"), ("naïve", "nave"), ("IFN-λ1", "ifnl1"), ("IFN-lamda1", "ifnl1"),
        ])
    func keys(_ name: String, _ key: String) {
        #expect(NameKey.key(of: name) == key)
    }

    @Test("Case keys keep the case of Latin letters and lower Greek stand-ins")
    func caseKeys() {
        #expect(String(decoding: NameKey.keys(of: "TNF-α").caseKey, as: UTF8.self) == "TNFa")
        #expect(String(decoding: NameKey.keys(of: "TNF-Alpha").caseKey, as: UTF8.self) == "TNFa")
        #expect(String(decoding: NameKey.keys(of: "K-C").caseKey, as: UTF8.self) == "KC")
    }
}
