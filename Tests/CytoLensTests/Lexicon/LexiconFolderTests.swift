import CytoLens
import Foundation
import Testing

@Suite("User lexicon folders: validation, extend and replace")
struct LexiconFolderTests {
    static let header = "name\tkind\ttarget\tcase\tflags\tsource\n"

    /// A scratch folder holding the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try TestPaths.scratchFolder()
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static func mentions(_ text: String, _ lexicon: CompiledLexicon) -> [String] {
        try! Annotator(lexicon: lexicon).annotate(TaggerCase.article(text)).mentions.map(TaggerCase.describe)
    }

    @Test("Empty names, colliding names, unknown targets and unknown families are reported with file and line")
    func reportsProblems() throws {
        let folder = try Self.folder([
            "names.tsv": Self.header + "\tcytokine\tIL6\tinsensitive\t\tuser\n" + "Foo-kine\tcytokine\tIL6\tinsensitive\t\tuser\n"
                + "foo kine\tgroup\tTGFB\tinsensitive\t\tuser\n" + "Barkine\tcytokine\tNOPE2\tinsensitive\t\tuser\n"
                + "Bazkine\tligand\tIL6\tinsensitive\tshiny\tuser\n",
            "cytokines.tsv": "symbol\thgnc\tncbi\tfamily\tname\ttier\nNOPE1\tHGNC:0\t0\tMADE_UP\tmade up\tcore\n",
            "notes.tsv": "anything\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon(source: .directory(folder.path, mode: .extend))
        let issues = LexiconValidator.issues(in: lexicon)
        let names = folder.appendingPathComponent("names.tsv").path
        let errors = issues.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains("\(names):2: error: empty name"))
        #expect(errors.contains { $0.hasPrefix("\(names):4: error: 'foo kine' (group TGFB) and 'Foo-kine' at \(names):3") })
        #expect(errors.contains("\(names):5: error: 'Barkine': unknown cytokine NOPE2 (not in cytokines.tsv)"))
        #expect(errors.contains("\(names):6: error: kind must be cytokine, group or receptor, not 'ligand'"))
        #expect(errors.contains { $0.contains("cytokines.tsv:2: error: unknown family MADE_UP for NOPE1") })
        #expect(issues.contains { $0.severity == .warning && $0.location.hasSuffix("notes.tsv") })
    }

    @Test("A wrong header stops loading with the file and line")
    func wrongHeader() throws {
        let folder = try Self.folder(["names.tsv": "name\tkind\ttarget\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: LexiconError.self) { try Lexicon(source: .directory(folder.path, mode: .extend)) }
    }

    @Test("Extending adds names and overrides built-in ones with the same key; replacing drops the built-in file")
    func extendAndReplace() throws {
        let folder = try Self.folder([
            "names.tsv": Self.header + "Foo-kine\tcytokine\tIL6\tinsensitive\t\tuser\n"
                + "HGF\tcytokine\tIL6\tsensitive\t\tuser\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let extended = try Lexicon(source: .directory(folder.path, mode: .extend))
        let notes = LexiconValidator.issues(in: extended)
        #expect(notes.map(\.severity) == [.note])
        let text = "Foo-kine, IL-6 and HGF were measured."
        #expect(Self.mentions(text, CompiledLexicon(extended)) == ["IL6=Foo-kine", "IL6=IL-6", "IL6=HGF"])
        #expect(Self.mentions(text, .builtIn) == ["IL6=IL-6", "HGF=HGF"])
        let replaced = try Lexicon(source: .directory(folder.path, mode: .replace))
        #expect(Self.mentions(text, CompiledLexicon(replaced)) == ["IL6=Foo-kine", "IL6=HGF"])
    }
}
