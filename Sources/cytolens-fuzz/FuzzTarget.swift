import CytoLens

/// What one fuzz run feeds its input to: one reader, or format detection and the whole `tag`
/// pipeline.
///
/// Every target also checks the invariants a downstream tool relies on, and traps when one breaks
/// (libFuzzer then saves the input): sentences lie inside their passage, offsets are not negative,
/// and the JSON line has no raw line break or control character.
enum FuzzTarget: String, CaseIterable {
    /// ``JATSReader``.
    case jats
    /// ``PubMedReader``.
    case pubmed
    /// ``BioCReader``.
    case bioc
    /// ``PubTatorReader``.
    case pubtator
    /// ``HTMLReader``.
    case html
    /// ``PlainTextReader``.
    case text
    /// Format detection, gunzip, the detected reader, ``Annotator`` and the `tag` JSON line.
    case tag
    /// As `tag`, but the input is a file, as the CLI reads one: sniffed from disk, and streamed
    /// (and gunzipped as it is read) by the PubMed and BioC readers, with a 1 MiB size limit.
    case file

    /// The environment variable that selects the target.
    static let environmentVariable = "CYTOLENS_FUZZ_TARGET"

    /// Runs the target on one input; read errors are expected and ignored, broken invariants trap.
    ///
    /// - Returns: the number of articles read.
    @discardableResult
    func run(_ bytes: [UInt8]) -> Int {
        let input = ArticleInput(source: "fuzz", bytes: bytes)
        var count = 0
        let check: (Article) -> Void = { article in
            count += 1
            FuzzTarget.checkInvariants(FuzzTarget.annotator.annotate(article))
        }
        switch self {
        case .tag:
            try? ArticleLoader().read(input, emit: check)
        case .file:
            guard FuzzTarget.scratchFile.write(bytes) else { return 0 }
            try? ArticleLoader().read(ArticleInput(path: FuzzTarget.scratchFile.path, sizeLimit: 1 << 20), emit: check)
        case .jats, .pubmed, .bioc, .pubtator, .html, .text:
            let format = InputFormat(rawValue: rawValue)!
            try? format.reader.read(input, emit: check)
        }
        return count
    }

    /// One annotator for every input, as the CLI has one for every document.
    static let annotator = Annotator()

    /// The file the `file` target rewrites for every input.
    static let scratchFile = ScratchFile()

    private static func checkInvariants(_ annotations: DocumentAnnotations) {
        let passages = annotations.article.passages
        for passage in passages {
            precondition(passage.offset >= 0, "negative passage offset")
        }
        for sentence in annotations.sentences {
            precondition(passages.indices.contains(sentence.passage), "sentence in a passage that does not exist")
            let passage = passages[sentence.passage]
            precondition(
                passage.offset <= sentence.start && sentence.start <= sentence.end && sentence.end <= passage.end,
                "sentence \(sentence.start)..<\(sentence.end) outside its passage \(passage.offset)..<\(passage.end)")
        }
        let line = AnnotationsJSON.line(annotations, layers: true)
        precondition(!line.utf8.contains(where: { $0 < 0x20 }), "raw control character in a JSON line")
    }
}
