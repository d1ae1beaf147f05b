import Foundation
import Testing

@testable import CytoLens

@Suite("Cue index: the claim and relation cue tables compiled, stored in the binary, read back")
struct CueIndexTests {
    static var fingerprint: UInt64 { CueIndex.fingerprint(of: EmbeddedLexicon.files) }

    @Test(
        "The stored index is byte for byte a fresh compile of the built-in cue tables (run scripts/embed_lexicon.py after editing lexicon/)"
    )
    func storedIndexIsUpToDate() throws {
        let fresh = try ClaimCues.compiledBuiltInCueIndex()
        #expect(EmbeddedCueIndex.text == fresh)
        // A line per phrase, suffix and word of the cue tables: some 2,000 in the current tables.
        #expect(fresh.split(separator: "\n").count > 1500)
    }

    @Test("The fingerprint stored with the embedded tables is the fingerprint of those tables")
    func storedFingerprintIsUpToDate() {
        #expect(EmbeddedLexicon.cuesFingerprint == Self.fingerprint)
        #expect(EmbeddedCueIndex.text.hasPrefix(CueIndex.header(Self.fingerprint) + "\n"))
    }

    @Test("The built-in cues read the stored index, and writing it back gives the same text")
    func storedIndexIsRead() throws {
        let read = try #require(CueIndex.read(EmbeddedCueIndex.text, fingerprint: Self.fingerprint, model: nil))
        #expect(CueIndex.archive(read, fingerprint: Self.fingerprint) == EmbeddedCueIndex.text)
        let compiled = try ClaimCues(compilingBuiltInWithModel: false)
        #expect(read.cueWords.count == compiled.cueTables.cueWords.count)
        for cue in ["tumor growth", "promotes", "not", "may", "knockdown", "in vitro", "breast cancer", "regulatory T cells"] {
            #expect(read.outcomes.contains(cue) == compiled.cueTables.outcomes.contains(cue), "\(cue)")
            #expect(read.links.contains(cue) == compiled.cueTables.links.contains(cue), "\(cue)")
            #expect(read.cellTypes.payload(of: cue) == compiled.cueTables.cellTypes.payload(of: cue), "\(cue)")
            #expect(read.cancers.payload(of: cue) == compiled.cueTables.cancers.payload(of: cue), "\(cue)")
        }
    }

    @Test("Claims and relations read with the stored cues are those read with cues compiled from the tables")
    func sameClaimsAsCompiled() throws {
        let annotator = Annotator()
        let compiled = ClaimAnnotator(cues: try ClaimCues(compilingBuiltInWithModel: false))
        let texts = [
            "IL-6 promotes tumour growth and metastasis in breast cancer xenografts.",
            "TNF-α did not inhibit apoptosis of regulatory T cells in vitro.",
            "IFN-γ may suppress the proliferation of CD8+ T cells, whereas IL-10 enhanced it in mice.",
            "TGF-β-induced EMT was abolished by knockdown of IL-8 in colorectal carcinoma cells.",
            "IL-1β induces IL-6 expression, and CCL2 recruits macrophages that secrete VEGF.",
            "High serum IL-8 correlated with poor prognosis in patients with lung adenocarcinoma.",
        ]
        var claims = 0
        for text in texts {
            let document = annotator.annotate(TaggerCase.article(text))
            let again = compiled.annotate(document)
            #expect(again.claims == document.claims, "\(text)")
            #expect(again.relations == document.relations, "\(text)")
            claims += document.claims.count
        }
        #expect(claims > 3)
    }

    @Test("An index for other tables, or a damaged one, is refused")
    func staleOrDamagedIsRefused() throws {
        let text = EmbeddedCueIndex.text
        #expect(CueIndex.read(text, fingerprint: Self.fingerprint &+ 1, model: nil) == nil)
        #expect(
            CueIndex.read(
                text.replacingOccurrences(of: "\noutcome\t", with: "\noutcomes\t"), fingerprint: Self.fingerprint, model: nil)
                == nil)
        #expect(CueIndex.read(text + "hedge\tmay\tmay\tspeculative\n", fingerprint: Self.fingerprint, model: nil) == nil)
        #expect(CueIndex.read(String(text.dropLast()), fingerprint: Self.fingerprint, model: nil) == nil)
        // The fingerprint follows the cue tables, not the names.
        let edited = { (file: String) in
            EmbeddedLexicon.files.map { (name: $0.name, text: $0.name == file ? $0.text + "\n" : $0.text) }
        }
        #expect(CueIndex.fingerprint(of: edited("claim_cues.tsv")) != Self.fingerprint)
        #expect(CueIndex.fingerprint(of: edited("relation_cues.tsv")) != Self.fingerprint)
        #expect(CueIndex.fingerprint(of: edited("names.tsv")) == Self.fingerprint)
    }
}
