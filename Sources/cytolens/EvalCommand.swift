import ArgumentParser
import CytoLens
import Foundation

/// `cytolens eval`: measure the tagger against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the tagger against gold annotations.",
        subcommands: [EvalMentionsCommand.self, EvalClaimsCommand.self, EvalRelationsCommand.self, EvalExplainCommand.self]
    )
}

/// `cytolens eval mentions --gold FILE...`.
struct EvalMentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "Precision, recall and F1 of cytokine mentions against PubTator, BioC or brat gold.",
        discussion: """
            Gold files: PubTator or BioC with NCBI Gene ids (BioRED), or brat .ann files next to their \
            .txt (TCRE; a folder is searched for .ann files). What counts as a gold cytokine mention \
            and how ids match is documented in lexicon/README.md ("Evaluation").
            """
    )

    @Option(
        name: .customLong("gold"), parsing: .upToNextOption,
        help: ArgumentHelp("Gold files or folders.", valueName: "file"))
    var gold: [String] = []

    @Flag(name: .customLong("show-errors"), help: "List the false positives and false negatives (span+id).")
    var showErrors = false

    @Option(
        name: .customLong("cytokine-genes"),
        help: ArgumentHelp(
            "A TSV with entrez_gene_id and hgnc_symbol columns: extra human cytokine gene ids.", valueName: "file"))
    var cytokineGenes: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if gold.isEmpty { throw ValidationError("No gold given: --gold FILE...") }
    }

    func run() throws {
        Console.setUp()
        let lexicon = try lexiconOptions.compiled()
        var documents: [GoldDocument] = []
        var failures = 0
        for path in goldFiles() {
            do {
                documents += try GoldReader.read(path: path)
            } catch {
                Console.error(error.description)
                failures += 1
            }
        }
        let selection = GoldCytokineSelection(documents, lexicon: lexicon, humanGenes: try extraGenes())
        let evaluation = MentionEvaluator(annotator: try Annotator(lexicon: lexicon)).evaluate(documents, selection: selection)
        Console.writeLine(evaluation.report(showErrors: showErrors))
        try BatchRunner.finish(failures: failures)
    }

    /// The gold files: files as given; folders walked (in byte order) for `.ann`, `.pubtator`,
    /// `.xml` and `.bioc` files.
    private func goldFiles() -> [String] {
        var files: [String] = []
        for argument in gold {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            for item in InputCollector(extensions: ["ann", "pubtator", "xml", "bioc"]).collect([argument]) {
                if case .input(let path) = item, !path.lowercased().hasSuffix(".gz") { files.append(path) }
            }
        }
        return files
    }

    private func extraGenes() throws -> [String: String] {
        guard let cytokineGenes else { return [:] }
        guard let data = FileManager.default.contents(atPath: cytokineGenes) else {
            throw ValidationError("Cannot read \(cytokineGenes).")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        guard let header = lines.first, let id = header.firstIndex(of: "entrez_gene_id"),
            let symbol = header.firstIndex(of: "hgnc_symbol")
        else {
            throw ValidationError("\(cytokineGenes) needs entrez_gene_id and hgnc_symbol columns.")
        }
        var genes: [String: String] = [:]
        for cells in lines.dropFirst() where cells.count > max(id, symbol) {
            genes[String(cells[id])] = String(cells[symbol])
        }
        return genes
    }
}
