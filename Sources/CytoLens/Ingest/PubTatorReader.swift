/// Reads PubTator text: one article per document, a document being its `ID|t|title` and
/// `ID|a|abstract` lines, then its tab-separated annotation and relation lines, with blank lines
/// between documents.
///
/// The passages are laid out in the input's own coordinates: the title at offset 0, the abstract
/// at the title's length in code points plus one (any further `ID|x|text` line one past the end of
/// the previous one), their text exactly as given (a `\r` before the line end is dropped). The
/// abstract's section is `["Abstract"]`. A document id of digits is the article's PMID; one
/// starting with `PMC` is its PMCID. Each article's ``Article/source`` is the input's source with
/// `#N` appended, N counting documents from 1.
public struct PubTatorReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// Reads every document of `input` that has text, in file order.
    ///
    /// - Throws: ``IngestError`` with the line number of the first line that is neither a text
    ///   line, a tab-separated line, nor blank.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        try forEachDocument(in: input) { document in
            if !document.builder.article.passages.isEmpty { try emit(document.builder.article) }
        }
    }

    /// The mention annotations of every document of `input`, in file order, each with the
    /// ``Article/source`` of its article.
    ///
    /// Mention lines are `ID<TAB>start<TAB>end<TAB>mention<TAB>type[<TAB>identifiers]`; relation
    /// lines (`ID<TAB>type<TAB>id1<TAB>id2…`) are not mentions and are left out.
    /// - Throws: ``IngestError`` as ``read(_:emit:)`` does.
    public func annotations(in input: ArticleInput) throws -> [GoldAnnotation] {
        var all: [GoldAnnotation] = []
        try forEachDocument(in: input) { all.append(contentsOf: $0.annotations) }
        return all
    }

    /// One document while its lines are read.
    private struct Document {
        var id: String
        var builder: ArticleBuilder
        var annotations: [GoldAnnotation] = []
        var nextOffset = 0

        init(id: String, source: String) {
            self.id = id
            builder = ArticleBuilder(source: source)
            if id.uppercased().hasPrefix("PMC") {
                builder.identifiers.pmcid = IdentifierCleaning.pmcid(id)
            } else {
                builder.identifiers.pmid = IdentifierCleaning.pmid(id)
            }
        }

        var isEmpty: Bool { nextOffset == 0 && annotations.isEmpty }

        /// Places a text line one past the end of the previous one, keeping its text as is.
        mutating func addPassage(kind: String, text: Substring) {
            let offset = nextOffset
            nextOffset = offset + text.unicodeScalars.count + 1
            guard !text.isEmpty else { return }
            switch kind {
            case "t":
                builder.title = String(text)
                builder.add(.title, exactText: String(text), offset: offset)
            case "a":
                builder.add(.abstract, exactText: String(text), offset: offset, section: ["Abstract"])
            default:
                builder.add(.paragraph, exactText: String(text), offset: offset)
            }
        }
    }

    private func forEachDocument(in input: ArticleInput, _ body: (Document) throws -> Void) throws {
        let content = ArticleInput.decodeText(try input.loadBytes())
        var current: Document?
        var count = 0
        func startDocument(_ id: String) throws {
            if let done = current { try body(done) }
            count += 1
            current = Document(id: id, source: "\(input.source)#\(count)")
        }
        var lineNumber = 0
        var rest = content[...]
        while !rest.isEmpty {
            lineNumber += 1
            let lineEnd = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            var line = rest[..<lineEnd]
            rest = lineEnd == rest.endIndex ? rest[rest.endIndex...] : rest[rest.utf8.index(after: lineEnd)...]
            if line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }

            if line.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                if let done = current { try body(done) }
                current = nil
            } else if let (id, kind, text) = PubTatorReader.textLine(line) {
                if current?.id != id || (kind == "t" && current?.isEmpty == false) { try startDocument(id) }
                current?.addPassage(kind: kind, text: text)
            } else if line.unicodeScalars.contains("\t") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if current?.id != fields[0] { try startDocument(fields[0]) }
                if let annotation = PubTatorReader.mention(fields, source: current?.builder.article.source ?? "") {
                    current?.annotations.append(annotation)
                }
            } else {
                throw IngestError(
                    source: input.source, line: lineNumber, column: 1,
                    message: "not a PubTator line (expected ID|t|text, ID|a|text or tab-separated fields)")
            }
        }
        if let done = current { try body(done) }
    }

    /// The id, kind letter and text of a `ID|t|text` line; `nil` when the first `|` comes after a
    /// tab or the id or kind is missing.
    private static func textLine(_ line: Substring) -> (id: String, kind: String, text: Substring)? {
        guard let bar = line.firstIndex(of: "|") else { return nil }
        let id = line[..<bar]
        guard !id.isEmpty, !id.contains(where: \.isWhitespace) else { return nil }
        let afterID = line[line.index(after: bar)...]
        guard let secondBar = afterID.firstIndex(of: "|") else { return nil }
        let kind = afterID[..<secondBar]
        guard !kind.isEmpty, !kind.contains(where: \.isWhitespace) else { return nil }
        return (String(id), String(kind), afterID[afterID.index(after: secondBar)...])
    }

    /// A mention from the fields of a tab-separated line; `nil` for relation lines.
    private static func mention(_ fields: [String], source: String) -> GoldAnnotation? {
        guard fields.count >= 4, let start = Int(fields[1]), let end = Int(fields[2]), start >= 0, end >= start else {
            return nil
        }
        return GoldAnnotation(
            source: source, document: fields[0], start: start, end: end, text: fields[3],
            type: fields.count > 4 ? fields[4] : "",
            identifiers: fields.count > 5 ? GoldAnnotation.splitIdentifiers(fields[5]) : [])
    }
}
