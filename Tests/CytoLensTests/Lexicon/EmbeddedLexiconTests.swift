import Foundation
import Testing

@testable import CytoLens

@Suite("Built-in lexicon")
struct EmbeddedLexiconTests {
    @Test("The embedded copy is byte for byte lexicon/*.tsv (run scripts/embed_lexicon.py after editing lexicon/)")
    func embeddedCopyMatchesTheFolder() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("lexicon")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        #expect(EmbeddedLexicon.files.map(\.name) == onDisk)
        for (name, text) in EmbeddedLexicon.files {
            let disk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text == disk, "\(name) differs from lexicon/\(name)")
        }
    }

    @Test("The built-in lexicon has no errors or warnings")
    func builtInIsClean() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(LexiconValidator.issues(in: lexicon).isEmpty)
        #expect(lexicon.cytokines.count >= 200)
        #expect(lexicon.names.count >= 5000)
    }

    @Test("Compiling keeps every name that has a known target")
    func compiledCoversNames() {
        let compiled = CompiledLexicon.builtIn
        for name in compiled.lexicon.names {
            #expect(compiled.rows(forKeyOf: name.name)?.entity.target == name.target, "\(name.location)")
        }
    }
}
