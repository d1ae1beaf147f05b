import Foundation
import Testing

/// The records of one multi-record file are spread over the jobs: the output of every command is
/// byte-identical to `--jobs 1`, in file order and then record order, with a broken file's error
/// line and exit status unchanged.
@Suite("cytolens on multi-record files with several jobs")
struct RecordJobsCLITests {
    /// An invented PubMed baseline-like file of `records` records, each with cytokine claims and
    /// relations that differ from record to record (labelled, plain and missing abstracts).
    static func pubmedFile(records: Int) -> String {
        let cytokines = [
            "IL-6", "TNF-α", "IFN-γ", "TGF-β1", "IL-10", "IL-17A", "CXCL12", "CCL2", "IL-1β", "VEGF-A", "IL-2", "GM-CSF",
        ]
        let effects = [
            "promotes tumour growth", "inhibits tumour growth", "enhances metastasis", "suppresses antitumour immunity",
            "is associated with poor prognosis", "induces apoptosis of tumour cells",
        ]
        let cancers = ["colorectal cancer", "melanoma", "breast cancer", "glioblastoma", "hepatocellular carcinoma"]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n"
        for number in 0..<records {
            let first = cytokines[number % cytokines.count]
            let second = cytokines[(number * 7 + 3) % cytokines.count]
            let effect = effects[(number / 3) % effects.count]
            let cancer = cancers[(number / 2) % cancers.count]
            let sentences = [
                "\(first) \(effect) in \(cancer).",
                "\(first) induces \(second) expression in tumour cells.",
                "Serum \(second) was measured in \(number + 10) patients with \(cancer).",
            ]
            let abstract: String
            switch number % 4 {
            case 0:
                abstract = ""
            case 1:
                abstract = "<Abstract><AbstractText>\(sentences.joined(separator: " "))</AbstractText></Abstract>"
            default:
                abstract =
                    "<Abstract>"
                    + zip(["BACKGROUND", "RESULTS", "CONCLUSIONS"], sentences).map {
                        "<AbstractText Label=\"\($0)\">\($1)</AbstractText>"
                    }.joined() + "</Abstract>"
            }
            xml += """
                <PubmedArticle><MedlineCitation><PMID>\(91_000_000 + number)</PMID><Article>\
                <ArticleTitle>\(first) and \(second) in \(cancer).</ArticleTitle>\(abstract)</Article></MedlineCitation>\
                </PubmedArticle>

                """
        }
        return xml + "</PubmedArticleSet>\n"
    }

    /// The commands compared, each with its arguments before the inputs.
    static let commands = [["tag"], ["text"], ["graph", "--include-cooccurrence"], ["graph"]]

    /// Runs `command` on `inputs` with 1, 2 and 4 jobs; expects the three runs to agree on every
    /// byte and on the status, and returns the `--jobs 1` run.
    static func sameForAllJobs(_ command: [String], _ inputs: [String]) throws -> CLIResult {
        let one = try CLIRunner.run(command + ["--jobs", "1"] + inputs)
        for jobs in [2, 4] {
            let many = try CLIRunner.run(command + ["--jobs", "\(jobs)"] + inputs)
            #expect(many.stdout == one.stdout, "\(command) --jobs \(jobs)")
            #expect(many.stderr == one.stderr, "\(command) --jobs \(jobs)")
            #expect(many.status == one.status, "\(command) --jobs \(jobs)")
        }
        return one
    }

    @Test("A gzip'd file of 300 records gives the same bytes for 1, 2 and 4 jobs, in record order")
    func generatedPubMed() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.xml.gz")
        try Data(try HostileSamples.gzip(Array(Self.pubmedFile(records: 300).utf8))).write(to: file)
        for command in Self.commands {
            let result = try Self.sameForAllJobs(command, [file.path])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            #expect(!result.stdout.isEmpty)
        }
        let tagged = try CLIRunner.run(["tag", "--jobs", "4", file.path]).jsonLines()
        let sources = tagged.map { ($0["document"] as? [String: Any])?["source"] as? String }
        #expect(sources == (1...300).map { "\(file.path)#\($0)" })
        #expect(tagged.filter { ($0["mentions"] as? [Any])?.isEmpty == false }.count == 300)
    }

    @Test("A file that breaks after many records: same records, error line and status for any jobs")
    func brokenPubMed() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = Array(Self.pubmedFile(records: 200).utf8)
        let broken = folder.appendingPathComponent("a-broken.xml")
        try Data(whole.prefix(whole.count * 3 / 5)).write(to: broken)
        let good = folder.appendingPathComponent("b-good.xml")
        try Data(Array(Self.pubmedFile(records: 90).utf8)).write(to: good)
        for command in Self.commands {
            let result = try Self.sameForAllJobs(command, [folder.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("a-broken.xml"))
        }
        // The records before the problem are tagged, in order, then those of the next file.
        let tagged = try CLIRunner.run(["tag", "--jobs", "4", folder.path]).jsonLines()
        let sources = tagged.compactMap { ($0["document"] as? [String: Any])?["source"] as? String }
        let fromBroken = sources.prefix { $0.hasPrefix(broken.path) }
        #expect(fromBroken.count > 100)
        #expect(Array(fromBroken) == (1...fromBroken.count).map { "\(broken.path)#\($0)" })
        #expect(Array(sources.dropFirst(fromBroken.count)) == (1...90).map { "\(good.path)#\($0)" })
        // A broken file adds nothing to the graph: the graph is that of the good file alone.
        let graph = try CLIRunner.run(["graph", "--include-cooccurrence", "--jobs", "4", folder.path])
        let alone = try CLIRunner.run(["graph", "--include-cooccurrence", "--jobs", "4", good.path])
        #expect(graph.stdout == alone.stdout)
    }

    @Test("The PubMed folder of the shared corpus gives the same bytes for 1, 2 and 4 jobs")
    func sharedPubMed() throws {
        guard let shared = TestPaths.sharedCorpus else {
            print("skipping: no shared corpus")
            return
        }
        let folder = shared.appendingPathComponent("pubmed").path
        for command in Self.commands {
            let result = try Self.sameForAllJobs(command, [folder, TestPaths.corpus.path])
            #expect(!result.stdout.isEmpty)
        }
    }
}
