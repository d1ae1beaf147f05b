import Foundation
import Testing

@Suite("cytolens eval mentions")
struct EvalCommandTests {
    /// The text with runs of spaces folded to one.
    static func squeezed(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test("Prints precision, recall and F1 for PubTator gold, with the errors on request")
    func pubTator() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = """
            7|t|IL-6 and TNF in mice
            7|a|Il6 rose. KC did not.
            7\t0\t4\tIL-6\tGeneOrGeneProduct\t3569
            7\t9\t12\tTNF\tGeneOrGeneProduct\t7124
            7\t21\t24\tIl6\tGeneOrGeneProduct\t16193
            7\t31\t33\tKC\tGeneOrGeneProduct\t14825

            """
        let path = folder.appendingPathComponent("gold.pubtator")
        try Data(gold.utf8).write(to: path)
        let result = try CLIRunner.run(["eval", "mentions", "--gold", path.path, "--show-errors"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("gold cytokine mentions: 4"))
        #expect(Self.squeezed(result.stdout).contains("span+id 3 0 1 1.000 0.750 0.857"))
        #expect(result.stdout.contains("false negatives (1):"))
        #expect(result.stdout.contains("'KC' CXCL1"))
    }

    @Test("Brat gold: a folder is searched for .ann files")
    func brat() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("IL-2 and IL-15 expand memory T cells.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("T1\tCYTOKINE 0 4\tIL-2\nT2\tCYTOKINE 9 14\tIL-15\nT3\tCELL_TYPE 22 36\tmemory T cells\n".utf8)
            .write(to: folder.appendingPathComponent("a.ann"))
        let result = try CLIRunner.run(["eval", "mentions", "--gold", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("documents: 1 read, 1 scored"))
        #expect(Self.squeezed(result.stdout).contains("span+id 2 0 0 1.000 1.000 1.000"))
    }
}
