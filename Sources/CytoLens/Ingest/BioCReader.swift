import ArticleXML

/// Reads BioC XML (`<collection>` of `<document>`s, as PubTator3 and BioRED export it): one
/// article per `<document>`, streamed one document at a time.
///
/// Passages keep the input's text and offsets exactly, so that annotations made on the input
/// (``annotations(in:)``) and cytolens' own mentions share one coordinate system; BioC offsets
/// count characters (code points), as the BioRED files show. Each article's ``Article/source``
/// is the input's source with `#N` appended, N counting documents from 1.
///
/// How passages are read, from their `type` and `section_type` infons (see ``BioCPassageRole``):
/// titles, abstracts, paragraphs, captions and tables become passages of that type; section
/// headings (`title_1`, `abstract_title_1`, …) are not passages but name the section of the
/// passages that follow; reference-list passages (`ref`) are skipped. Identifiers come from the
/// document `<id>` (a PMID when all digits, a PMCID when it starts with `PMC`) and from the
/// `article-id_pmid`, `article-id_pmc` and `article-id_doi` infons of the document or a passage.
public struct BioCReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// Reads every document of `input`, in file order.
    ///
    /// - Throws: ``IngestError`` for malformed XML (with its line and column), a passage without a
    ///   numeric `<offset>`, or a file that is not a BioC collection.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        try forEachDocument(in: input) { document, source in
            try emit(try article(from: document, source: source, input: input))
        }
    }

    /// The gold annotations of every document of `input`, in file order, each with the
    /// ``Article/source`` of its article.
    ///
    /// Every `<annotation>` with at least one `<location>` is returned, whatever passage holds it
    /// (headings and references included), with the identifiers of its `identifier` infon.
    /// - Throws: ``IngestError`` as ``read(_:emit:)`` does, or for a location whose offset or
    ///   length is not a number.
    public func annotations(in input: ArticleInput) throws -> [GoldAnnotation] {
        var all: [GoldAnnotation] = []
        try forEachDocument(in: input) { document, source in
            all.append(contentsOf: try goldAnnotations(in: document, source: source, input: input))
        }
        return all
    }

    private func forEachDocument(in input: ArticleInput, _ body: (MarkupElement, String) throws -> Void) throws {
        let stream: RecordStream
        switch input.storage {
        case .file(let path): stream = RecordStream(.file(path), decompressedLimit: input.sizeLimit)
        case .memory: stream = RecordStream(.bytes(try input.loadBytes()))
        }
        var count = 0
        let root: String
        do {
            root = try stream.forEachRecord(named: ["document"]) { document in
                count += 1
                try body(document, "\(input.source)#\(count)")
            }
        } catch let error as MarkupError {
            throw IngestError(source: input.source, line: error.line, column: error.column, message: error.message)
        }
        if count == 0 && root != "collection" {
            throw IngestError(source: input.source, message: "not a BioC collection: the root element is <\(root)>")
        }
    }

    private func article(from document: MarkupElement, source: String, input: ArticleInput) throws -> Article {
        var builder = ArticleBuilder(source: source)
        var ids = ArticleIdentifiers()
        BioCReader.collectIdentifiers(from: BioCReader.infons(of: document), into: &ids)
        var headings: [String] = []
        var currentSectionType: String?
        for passage in document.children(named: "passage") {
            let infons = BioCReader.infons(of: passage)
            BioCReader.collectIdentifiers(from: infons, into: &ids)
            let sectionType = infons["section_type"].map { IdentifierCleaning.trim($0).uppercased() }
            if sectionType != currentSectionType {
                headings = []
                currentSectionType = sectionType
            }
            let pieces = try texts(of: passage, input: input)
            switch BioCPassageRole(type: infons["type"], sectionType: sectionType) {
            case .skipped:
                continue
            case .heading(let level):
                let heading = TextCleaner.normalizeWhitespace(pieces.map(\.text).joined(separator: " "))
                if !heading.isEmpty { headings = Array(headings.prefix(level - 1)) + [heading] }
            case .passage(let type):
                let section = BioCPassageRole.sectionPath(of: type, sectionType: sectionType, headings: headings)
                for piece in pieces where !piece.text.isEmpty {
                    builder.add(type, exactText: piece.text, offset: piece.offset, section: section)
                    if type == .title && builder.title.isEmpty { builder.title = piece.text }
                }
            }
        }
        let documentID = IdentifierCleaning.trim(document.child("id")?.text() ?? "")
        if documentID.uppercased().hasPrefix("PMC") {
            ids.pmcid = ids.pmcid ?? IdentifierCleaning.pmcid(documentID)
        } else if let digits = IdentifierCleaning.pmid(documentID), ids.pmcid != "PMC" + digits {
            ids.pmid = ids.pmid ?? digits
        }
        builder.identifiers = ids
        return builder.article
    }

    /// The text of a passage with its offset, or of each of its sentences when the passage
    /// carries its text sentence by sentence.
    private func texts(of passage: MarkupElement, input: ArticleInput) throws -> [(offset: Int, text: String)] {
        if let text = passage.child("text")?.text(), !text.isEmpty {
            return [(try offset(of: passage, input: input), text)]
        }
        return try passage.children(named: "sentence").map { sentence in
            (try offset(of: sentence, input: input), sentence.child("text")?.text() ?? "")
        }
    }

    /// The largest offset or length accepted: far beyond any real document, and small enough that
    /// adding a text length to it cannot overflow.
    static let maximumOffset = Int(Int32.max)

    private func offset(of element: MarkupElement, input: ArticleInput) throws -> Int {
        guard let text = element.child("offset")?.text(), let value = Int(IdentifierCleaning.trim(text)), value >= 0
        else {
            throw IngestError(
                source: input.source, line: element.line, message: "<\(element.name)> without a numeric <offset>")
        }
        guard value <= BioCReader.maximumOffset else {
            throw IngestError(
                source: input.source, line: element.line,
                message: "<\(element.name)> offset \(value) is larger than \(BioCReader.maximumOffset)")
        }
        return value
    }

    private func goldAnnotations(in document: MarkupElement, source: String, input: ArticleInput) throws
        -> [GoldAnnotation]
    {
        let documentID = IdentifierCleaning.trim(document.child("id")?.text() ?? "")
        var found: [GoldAnnotation] = []
        for passage in document.children(named: "passage") {
            let annotations =
                passage.children(named: "annotation")
                + passage.children(named: "sentence").flatMap { $0.children(named: "annotation") }
            for annotation in annotations {
                var fragments: [Range<Int>] = []
                for location in annotation.children(named: "location") {
                    guard let offset = location.attributes["offset"].flatMap({ Int(IdentifierCleaning.trim($0)) }),
                        let length = location.attributes["length"].flatMap({ Int(IdentifierCleaning.trim($0)) }),
                        (0...BioCReader.maximumOffset).contains(offset), (0...BioCReader.maximumOffset).contains(length)
                    else {
                        throw IngestError(
                            source: input.source, line: location.line, message: "<location> without numeric offset and length")
                    }
                    fragments.append(offset..<(offset + length))
                }
                guard let first = fragments.first else { continue }
                let infons = BioCReader.infons(of: annotation)
                found.append(
                    GoldAnnotation(
                        source: source, document: documentID,
                        start: fragments.map(\.lowerBound).min() ?? first.lowerBound,
                        end: fragments.map(\.upperBound).max() ?? first.upperBound,
                        fragments: fragments, text: annotation.child("text")?.text() ?? "",
                        type: infons["type"] ?? "",
                        identifiers: GoldAnnotation.splitIdentifiers(infons["identifier"] ?? infons["Identifier"] ?? "")))
            }
        }
        return found
    }

    /// The `<infon key="…">` children of an element by key; the first of a repeated key wins.
    private static func infons(of element: MarkupElement) -> [String: String] {
        var infons: [String: String] = [:]
        for infon in element.children(named: "infon") {
            guard let key = infon.attributes["key"], infons[key] == nil else { continue }
            infons[key] = infon.text()
        }
        return infons
    }

    private static func collectIdentifiers(from infons: [String: String], into ids: inout ArticleIdentifiers) {
        if let pmid = infons["article-id_pmid"] { ids.pmid = ids.pmid ?? IdentifierCleaning.pmid(pmid) }
        if let pmcid = infons["article-id_pmc"] { ids.pmcid = ids.pmcid ?? IdentifierCleaning.pmcid(pmcid) }
        if let doi = infons["article-id_doi"] { ids.doi = ids.doi ?? IdentifierCleaning.doi(doi) }
    }
}
