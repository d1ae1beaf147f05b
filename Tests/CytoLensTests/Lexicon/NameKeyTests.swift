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
            ("IL-1⍺", "il1a"), ("TNF-ɑ", "tnfa"), ("IFN-Ɣ", "ifng"), ("IFN-ɣ", "ifng"),
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

    /// The case key by the general rule only: the name cut into word runs at separators (by
    /// ``NameKey/classify(_:)``), each run keyed by ``NameKey/caseKey(ofRun:)``.
    static func generalCaseKey(_ name: String) -> [UInt8] {
        var result: [UInt8] = []
        var run = String.UnicodeScalarView()
        func flush() {
            let bytes = Array(String(run).utf8)
            result += bytes.withUnsafeBufferPointer { NameKey.caseKey(ofRun: $0) }
            run.removeAll()
        }
        for scalar in name.unicodeScalars {
            if NameKey.classify(scalar) == .separator { flush() } else { run.append(scalar) }
        }
        flush()
        return result
    }

    @Test("Plain runs copied whole give the keys of the general rule, for every lexicon name and awkward ones")
    func plainRunsAgreeWithGeneralRule() throws {
        let names =
            try Lexicon.builtIn().names.map(\.name) + [
                "alphabet soup", "TNFALPHA", "tumours", "Tumo-ur", "IL-1beta/IL1B", "IFN-γ_2", "ß-catenin", "a", "", "--",
                "MIP-1α/β",
                "lambda-deltaepsilon", "thetaomega", "kappa B", "abc\u{301}def",
            ]
        #expect(names.count > 5000)
        for name in names {
            let keys = NameKey.keys(of: name)
            let expected = Self.generalCaseKey(name)
            #expect(keys.caseKey == expected, "\(name)")
            #expect(keys.key == expected.map { $0 | 0x20 }, "\(name)")
        }
    }
}
