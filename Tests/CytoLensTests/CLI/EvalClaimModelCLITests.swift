import Foundation
import Testing

@Suite("cytolens eval with the claim model")
struct EvalClaimModelCLITests {
    private let lexicon = TestPaths.packageRoot.appendingPathComponent("lexicon").path

    @Test("eval claims --model prints the figures of rules + model, and --features writes one row per gold row")
    func evalClaimsWithModel() throws {
        let folder = try TestPaths.scratchFolder()
        let gold = folder.appendingPathComponent("gold.tsv")
        let features = folder.appendingPathComponent("features.tsv")
        try """
        id\tsplit\tsource\tstart\tend\ttext\tcytokine\tpolarity\tnegated\thedged\tkind
        w1\tdev\twritten\t\t\tBlocking IL-6 reduced tumor growth.\tIL6\tpro_tumor\tno\tno\tinversion
        w2\tdev\twritten\t\t\tIFN-γ may inhibit tumor growth.\tIFNG\tanti_tumor\tno\tyes\thedge
        """.write(to: gold, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(
            [
                "eval", "claims", "--gold", gold.path, "--split", "all", "--model", "--features", features.path, "--lexicon",
                lexicon,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "claims (all, rules + model): 2 rows scored, 0 skipped (source file missing)")
        #expect(result.lines[1].hasPrefix("accuracy 1.000"))
        let rows = try String(contentsOf: features, encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[0] == "id\tsplit\tgroup\tsource\tpolarity\tnegated\thedged\tfeatures")
        #expect(rows[1].hasPrefix("w1\tdev\twritten:Blocking IL-6 reduced tumor growth.\twritten\tpro_tumor\tno\tno\t"))
        #expect(rows[1].contains("rule:pol=pro_tumor"))
        #expect(rows[2].contains("rule:hedge"))
    }

    @Test("eval explain --model shows the model's label and the features that decided it")
    func explainWithModel() throws {
        let result = try CLIRunner.run(
            ["eval", "explain", "Blocking IL-6 reduced tumor growth in mice.", "--model", "--lexicon", lexicon])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.lines.first { $0.hasPrefix("model IL6: ") })
        #expect(line.hasPrefix("model IL6: pro_tumor (rules pro_tumor) negated=false hedged=false pro_tumor over "))
        #expect(line.contains("rule:pol=pro_tumor +"))
        let off = try CLIRunner.run([
            "eval", "explain", "Blocking IL-6 reduced tumor growth in mice.", "--no-model", "--lexicon", lexicon,
        ])
        #expect(!off.lines.contains { $0.hasPrefix("model ") })
    }
}
