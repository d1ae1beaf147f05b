import Foundation
import Testing

@Suite("cytolens eval")
struct EvalClaimsCommandTests {
    @Test("eval claims prints accuracy, macro-F1, negation, hedge and the confusion matrix")
    func evalClaims() throws {
        let folder = try TestPaths.scratchFolder()
        let gold = folder.appendingPathComponent("gold.tsv")
        try """
        id\tsplit\tsource\tstart\tend\ttext\tcytokine\tpolarity\tnegated\thedged\tkind
        w1\tdev\twritten\t\t\tBlocking IL-6 reduced tumor growth.\tIL6\tpro_tumor\tno\tno\tinversion
        w2\tdev\twritten\t\t\tIFN-γ may inhibit tumor growth.\tIFNG\tanti_tumor\tno\tyes\thedge
        w3\ttest\twritten\t\t\tTNF-α did not induce apoptosis of the tumor cells.\tTNF\tanti_tumor\tyes\tno\tnegation
        """.write(to: gold, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(
            [
                "eval", "claims", "--gold", gold.path, "--split", "all", "--lexicon",
                TestPaths.packageRoot.appendingPathComponent("lexicon").path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "claims (all): 3 rows scored, 0 skipped (source file missing)")
        #expect(result.lines[1] == "accuracy 1.000   macro-F1 0.500")
        #expect(result.stdout.contains("negation  P 1.000  R 1.000  F1 1.000  (gold 1, predicted 1)"))
        #expect(result.stdout.contains("hedge     P 1.000  R 1.000  F1 1.000  (gold 1, predicted 1)"))
        #expect(result.stdout.contains("confusion (rows: gold, columns: predicted)"))
    }

    @Test("eval claims --ids scores only the rows of an id range")
    func evalClaimsIDRange() throws {
        let folder = try TestPaths.scratchFolder()
        let gold = folder.appendingPathComponent("gold.tsv")
        try """
        id\tsplit\tsource\tstart\tend\ttext\tcytokine\tpolarity\tnegated\thedged\tkind
        c999\tdev\twritten\t\t\tBlocking IL-6 reduced tumor growth.\tIL6\tpro_tumor\tno\tno\tinversion
        c1000\tdev\twritten\t\t\tIFN-γ may inhibit tumor growth.\tIFNG\tanti_tumor\tno\tyes\thedge
        c1001\ttest\twritten\t\t\tTNF-α did not induce apoptosis of the tumor cells.\tTNF\tanti_tumor\tyes\tno\tnegation
        c1002\tdev\twritten\t\t\tIL-10 was measured in serum.\tIL10\tnone\tno\tno\tnone_mention
        """.write(to: gold, atomically: true, encoding: .utf8)
        let lexicon = TestPaths.packageRoot.appendingPathComponent("lexicon").path
        let range = try CLIRunner.run(
            ["eval", "claims", "--gold", gold.path, "--split", "all", "--ids", "c999...c1001", "--lexicon", lexicon])
        #expect(range.status == 0, "\(range.stderr)")
        #expect(range.lines.first == "claims (all, ids c999...c1001): 3 rows scored, 0 skipped (source file missing)")
        let devOnly = try CLIRunner.run(["eval", "claims", "--gold", gold.path, "--ids", "c1000...c1002", "--lexicon", lexicon])
        #expect(devOnly.lines.first == "claims (dev, ids c1000...c1002): 2 rows scored, 0 skipped (source file missing)")
        #expect(devOnly.stdout.contains("hedge     P 1.000  R 1.000  F1 1.000  (gold 1, predicted 1)"))
        let bad = try CLIRunner.run(["eval", "claims", "--gold", gold.path, "--ids", "c1000", "--lexicon", lexicon])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--ids must read FIRST...LAST"))
    }

    @Test("eval explain shows how one sentence is read")
    func explain() throws {
        let result = try CLIRunner.run(
            [
                "eval", "explain", "IL-10 suppresses IFN-γ and TNF-α production.", "--lexicon",
                TestPaths.packageRoot.appendingPathComponent("lexicon").path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.contains("relation IL10 -inhibits-> IFNG negated=false hedged=false cues=[\"suppresses\"]"))
        #expect(result.lines.contains("relation IL10 -inhibits-> TNF negated=false hedged=false cues=[\"suppresses\"]"))
    }
}
