import Foundation
import Testing

@Suite("cytolens lexicon check and lookup")
struct LexiconCommandTests {
    @Test("check: the built-in lexicon is clean")
    func checkBuiltIn() throws {
        let result = try CLIRunner.run(["lexicon", "check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("built-in lexicon: 215 cytokines"))
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test("check DIR: problems are listed one per line and the status is 1")
    func checkFolder() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            "name\tkind\ttarget\tcase\tflags\tsource\n\tcytokine\tIL6\tinsensitive\t\tuser\nIL-6\tgroup\tTGFB\tinsensitive\t\tuser\n"
                .utf8
        )
        .write(to: folder.appendingPathComponent("names.tsv"))
        let result = try CLIRunner.run(["lexicon", "check", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("names.tsv:2: error: empty name"))
        #expect(result.stdout.contains("names.tsv:3: note: 'IL-6' overrides the built-in"))
        #expect(result.stdout.contains("1 error,"))
    }

    @Test("lookup explains the case rule, the dropped names and what the tagger finds")
    func lookup() throws {
        let april = try CLIRunner.run(["lexicon", "lookup", "April"])
        #expect(april.status == 0)
        #expect(april.stdout.contains("cytokine TNFSF13"))
        #expect(april.stdout.contains("the case differs: no match"))
        #expect(april.stdout.contains("no mention"))
        let hgf = try CLIRunner.run(["lexicon", "lookup", "HGF"])
        #expect(hgf.stdout.contains("dropped by the lexicon builder: 'HGF' cytokine IL6"))
        let prefixed = try CLIRunner.run(["lexicon", "lookup", "rhIL-2"])
        #expect(prefixed.stdout.contains("cytokine IL2 'rhIL-2' 0-6"))
    }
}
