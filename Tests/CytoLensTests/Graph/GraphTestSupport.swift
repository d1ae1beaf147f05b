import CytoLens
import Foundation

/// A small seeded random number generator (SplitMix64), so random splits are reproducible.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs external clients (Graphviz, Python) the tests check the exports with.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable on PATH, or nil.
    static func find(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs a program with standard input and captures its output.
    static func run(_ executable: URL, _ arguments: [String], stdin: Data = Data(), environment: [String: String]? = nil) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        try? input.fileHandleForWriting.write(contentsOf: stdin)
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Graphviz's `dot`, when installed.
    static let dot: URL? = find("dot")

    /// `python3` when it can import networkx and jsonschema.
    static let python: URL? = {
        guard let python = find("python3"),
            let result = try? run(python, ["-c", "import networkx, jsonschema"]), result.status == 0
        else { return nil }
        return python
    }()

    /// Runs a Python script with the given file paths as arguments.
    static func python(_ script: String, _ arguments: [String]) throws -> Result {
        try run(python!, ["-c", script] + arguments)
    }
}

/// Real articles from the bundled corpus and a slice of the shared corpus, tagged by ``ToyTagger``.
enum RealDocuments {
    /// Files of `../shared/corpus` rich in cytokine names, in several formats.
    static let sharedSlice = [
        "jats/biorxiv/biorxiv-2023.02.13.528273.xml", "jats/biorxiv/biorxiv-2023.06.06.543964.xml",
        "jats/biorxiv/biorxiv-2023.04.03.535495.xml", "jats/biorxiv/biorxiv-2023.06.21.546014.xml",
        "jats/plos/journal.ppat.1002247.xml", "jats/elife/elife-12444-v2.xml", "jats/plos/pone.0020568.xml",
        "jats/plos/journal.pone.0153170.xml", "jats/plos/pone.0047851.xml", "jats/plos/journal.pone.0046041.xml",
        "jats/craft/Respir_Res-6-1-1180855.nxml", "jats/reach/PMC7040422.nxml",
        "html/pmc/PMC5223028.html", "html/pmc/PMC2276142.html", "html/pmc/PMC3784527.html",
        "text/frontiers-2025-cytokines-double-edged-sword.txt",
    ]

    /// Abstracts and full texts of the shared gold corpora (plain text) that name the toy tagger's
    /// cytokines: the first 60 Hallmarks-of-Cancer abstracts and the TCRE texts, in path order.
    static func goldTexts(_ shared: URL) -> [String] {
        let cues = ["IL-6", "TNF-alpha", "IFN-gamma", "TGF-beta", "IL-10", "IL-8", "VEGF"]
        func matching(_ folder: String, limit: Int) -> [String] {
            let files = TestPaths.files(under: shared.appendingPathComponent(folder), extensions: ["txt"])
            let hits = files.lazy.filter { file in
                let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                return cues.contains { text.contains($0) }
            }
            return Array(hits.prefix(limit)).map(\.path)
        }
        return matching("gold/hoc/text", limit: 60) + matching("gold/tcre/collection_02", limit: 20)
    }

    /// The paths of the slice that exist, plus every file of the bundled corpus; empty when neither is there.
    static let paths: [String] = {
        var paths: [String] = []
        if let shared = TestPaths.sharedCorpus {
            paths += sharedSlice.map { shared.appendingPathComponent($0).path }.filter {
                FileManager.default.fileExists(atPath: $0)
            }
            paths += goldTexts(shared)
        }
        paths += TestPaths.files(under: TestPaths.corpus).map(\.path)
        return paths
    }()

    /// Every article of the paths, tagged by the toy tagger.
    static let annotations: [DocumentAnnotations] = {
        let loader = ArticleLoader()
        var documents: [DocumentAnnotations] = []
        for path in paths {
            try? loader.read(ArticleInput(path: path)) { documents.append(ToyTagger().annotate($0)) }
        }
        return documents
    }()
}
