import Foundation
import Testing

@testable import CytoLens

@Suite("Names index: compiled, stored in the binary, read back")
struct NameIndexTests {
    static var fingerprint: UInt64 { NameIndex.fingerprint(of: EmbeddedLexicon.files) }

    @Test(
        "The stored index is byte for byte a fresh compile of the built-in tables (run scripts/embed_lexicon.py after editing lexicon/)"
    )
    func storedIndexIsUpToDate() throws {
        let fresh = try CompiledLexicon.compiledBuiltInNameIndex()
        #expect(EmbeddedNameIndex.text == fresh)
        #expect(fresh.hasPrefix("# cytolens name index "))
        // One line per distinct key of names.tsv, and more than the 3,900 keys of the current lexicon
        // would be a surprise only if names were removed: a sanity bound, not an answer.
        #expect(fresh.split(separator: "\n").count > 3000)
    }

    @Test("The fingerprint stored with the embedded tables is the fingerprint of those tables")
    func storedFingerprintIsUpToDate() {
        #expect(EmbeddedLexicon.namesFingerprint == Self.fingerprint)
        let digits = String(Self.fingerprint, radix: 16)
        let header = "# cytolens name index " + String(repeating: "0", count: 16 - digits.count) + digits + "\n"
        #expect(EmbeddedNameIndex.text.hasPrefix(header))
    }

    @Test("The built-in lexicon reads the stored index, and writing it back gives the same text")
    func storedIndexIsRead() throws {
        let stored = try #require(CompiledLexicon.embeddedNameIndex())
        #expect(stored.archive(fingerprint: Self.fingerprint) == EmbeddedNameIndex.text)
    }

    @Test("The built-in lexicon read from the index resolves every name as a fresh compile does")
    func readMatchesCompiled() throws {
        let fresh = CompiledLexicon(try Lexicon.builtIn())
        let stored = CompiledLexicon.builtIn
        #expect(stored.trie.nodeCount == fresh.trie.nodeCount)
        for name in fresh.lexicon.names {
            let a = fresh.rows(forKeyOf: name.name)
            let b = stored.rows(forKeyOf: name.name)
            #expect(a?.entity == b?.entity && a?.rows == b?.rows, "\(name.location)")
        }
        let text = "IL-6, TNF-α and IFN gamma promote tumour growth; TGF-beta1 and April do not."
        let describe = { (lexicon: CompiledLexicon) in
            try Annotator(lexicon: lexicon).annotate(TaggerCase.article(text)).mentions.map(TaggerCase.describe)
        }
        #expect(try describe(stored) == describe(fresh))
        #expect(try !describe(stored).isEmpty)
    }

    @Test("An index for other tables, or a damaged one, is refused")
    func staleOrDamagedIsRefused() throws {
        let text = EmbeddedNameIndex.text
        #expect(NameIndex(archive: text, fingerprint: Self.fingerprint &+ 1) == nil)
        // The fingerprint follows names.tsv and the entity tables, not the cue tables.
        let editedNames = EmbeddedLexicon.files.map { file in
            (
                name: file.name,
                text: file.name == "names.tsv" ? file.text + "IL-99\tcytokine\tIL6\tinsensitive\t\tuser\n" : file.text
            )
        }
        #expect(NameIndex.fingerprint(of: editedNames) != Self.fingerprint)
        let editedCues = EmbeddedLexicon.files.map { file in
            (name: file.name, text: file.name == "claim_cues.tsv" ? file.text + "\n" : file.text)
        }
        #expect(NameIndex.fingerprint(of: editedCues) == Self.fingerprint)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(NameIndex(archive: lines.joined(separator: "\n"), fingerprint: Self.fingerprint) != nil)
        var damaged = lines
        damaged[1] = damaged[1].replacingOccurrences(of: "\t", with: " ")
        #expect(NameIndex(archive: damaged.joined(separator: "\n"), fingerprint: Self.fingerprint) == nil)
        lines.swapAt(1, 2)
        #expect(NameIndex(archive: lines.joined(separator: "\n"), fingerprint: Self.fingerprint) == nil, "keys out of order")
        #expect(NameIndex(archive: "", fingerprint: Self.fingerprint) == nil)
    }

    @Test("A user's folder round-trips through the text: case rules, context flags and several rows of a key")
    func userFolderRoundTrips() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names =
            "name\tkind\ttarget\tcase\tflags\tsource\n" + "Zorkine\tcytokine\tIL6\tinsensitive\tneeds_context\tuser\n"
            + "ZK\tcytokine\tIL6\tsensitive\t\tuser\n" + "zk\tcytokine\tIL6\tsensitive\tneeds_context\tuser\n"
            + "Zor-kine\tcytokine\tIL6\tinsensitive\tneeds_context\tuser\n"
        try Data(names.utf8).write(to: folder.appendingPathComponent("names.tsv"))
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .extend))
        let index = CompiledLexicon.nameIndex(compiling: lexicon)
        let text = index.archive(fingerprint: 42)
        #expect(text.contains("\nzorkine\t") && text.contains("\t1\t") && text.contains("ZK:0,zk:1"))
        let read = try #require(NameIndex(archive: text, fingerprint: 42))
        #expect(read.archive(fingerprint: 42) == text)
        #expect(read.keys == index.keys)
        #expect(NameIndex(archive: text, fingerprint: 43) == nil)
    }
}
