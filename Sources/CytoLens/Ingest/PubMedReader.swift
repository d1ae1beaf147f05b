import ArticleXML

/// Reads PubMed / MEDLINE XML (`<PubmedArticleSet>` from efetch, the annual baseline and the
/// daily update files, gzip'd or not): one article per `<PubmedArticle>` or `<PubmedBookArticle>`.
///
/// The file is streamed one record at a time, so a baseline file of 30,000 records is never held
/// whole. PubMed's web export (`pubmed_result.xml`: records one after another with no
/// `<PubmedArticleSet>` around them, which is not well-formed XML) is read too. Each article's ``Article/source`` is the input's source with `#N` appended, N counting
/// records from 1.
///
/// What an article holds:
/// - identifiers: the PMID of the citation; PMCID and DOI from the record's own
///   `PubmedData/ArticleIdList` (never from its reference list), else the DOI of
///   `<ELocationID EIdType="doi">` and the PMCID of `<OtherID Source="NLM">`;
/// - a title passage: `ArticleTitle` (or the `BookTitle` of a whole-book record) with its inline
///   markup (`<i>`, `<sup>`) reduced to its text;
/// - one `abstract` passage per `AbstractText`, with section `["Abstract"]`, or
///   `["Abstract", label]` for a labelled section. Labels written in capitals, as MEDLINE writes
///   them, are put in sentence case (`MATERIALS AND METHODS` → `Materials and methods`); mixed-case
///   labels are kept as written; `UNLABELLED` is dropped.
///
/// `<OtherAbstract>` is read only when the record has no `<Abstract>` and the other abstract is in
/// English: it is a translation or a second summary of the same text, and reading both would
/// count the same findings twice. A record without any abstract gives a title-only article.
public struct PubMedReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// The elements read as one article each. `MedlineCitation` counts only outside a
    /// `PubmedArticle` (old `<MedlineCitationSet>` files); inside one it is part of the record.
    static let recordNames: Set<String> = ["PubmedArticle", "PubmedBookArticle", "MedlineCitation"]

    /// The root elements of files that hold PubMed records (possibly none).
    static let setNames: Set<String> = ["PubmedArticleSet", "MedlineCitationSet", "PubmedBookArticleSet"]

    /// Reads every record of `input`, in file order.
    ///
    /// - Throws: ``IngestError`` with the line and column of the first XML error (records before
    ///   it are already emitted), or when the document holds no PubMed record and its root is not a
    ///   PubMed set.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        let stream = try PubMedReader.recordStream(input)
        var count = 0
        let root: String
        do {
            root = try stream.forEachRecordDocument(named: PubMedReader.recordNames) { record in
                count += 1
                try emit(article(from: record, source: "\(input.source)#\(count)"))
            }
        } catch let error as MarkupError {
            throw IngestError(source: input.source, line: error.line, column: error.column, message: error.message)
        }
        if count == 0 && !PubMedReader.setNames.contains(root) {
            throw IngestError(source: input.source, message: "no PubMed records: the root element is <\(root)>")
        }
    }

    /// The stream of the records of `input`.
    static func recordStream(_ input: ArticleInput) throws -> RecordStream {
        if let first = XMLRecordSequence.rootElementName(try input.prefix(4096)), PubMedReader.recordNames.contains(first) {
            // A web export: records one after another without a set around them. These are small
            // (PubMed saves at most 10,000 records), so they are read whole and wrapped.
            return RecordStream(.bytes(XMLRecordSequence.wrapped(try input.loadBytes(), in: "PubmedArticleSet")))
        } else if case .file(let path) = input.storage {
            return RecordStream(.file(path), decompressedLimit: input.sizeLimit)
        } else {
            return RecordStream(.bytes(try input.loadBytes()))
        }
    }

    /// The article of one `<PubmedArticle>`, `<PubmedBookArticle>` or bare `<MedlineCitation>`:
    /// the root of `record`.
    func article(from record: MarkupDocument, source: String) -> Article {
        let root = record.root
        let citation: MarkupDocument.Element?
        let pubmedData: MarkupDocument.Element?
        switch record.name(of: root) {
        case "PubmedArticle":
            citation = record.child("MedlineCitation", of: root)
            pubmedData = record.child("PubmedData", of: root)
        case "PubmedBookArticle":
            citation = record.child("BookDocument", of: root)
            pubmedData = record.child("PubmedBookData", of: root)
        default:
            citation = root
            pubmedData = nil
        }
        var builder = ArticleBuilder(source: source)
        // A record without its citation element has nothing but what PubmedData holds.
        guard let citation else {
            builder.identifiers = identifiers(record, citation: nil, body: nil, pubmedData: pubmedData)
            return builder.article
        }
        // Journal records keep title and abstract in <Article>; book records directly in <BookDocument>.
        let body = record.child("Article", of: citation) ?? citation

        builder.identifiers = identifiers(record, citation: citation, body: body, pubmedData: pubmedData)
        if let titleElement = record.child("ArticleTitle", of: body)
            ?? record.child("Book", of: body).flatMap({ record.child("BookTitle", of: $0) })
        {
            let title = record.text(of: titleElement)
            builder.title = title
            builder.add(.title, title)
        }
        let abstract =
            record.child("Abstract", of: body)
            ?? record.elements(of: citation).first {
                record.name(of: $0) == "OtherAbstract" && (record.attribute("Language", of: $0) ?? "eng") == "eng"
            }
        if let abstract {
            for paragraph in record.elements(of: abstract) where record.name(of: paragraph) == "AbstractText" {
                var section = ["Abstract"]
                if let label = record.attribute("Label", of: paragraph).flatMap(PubMedReader.sectionName(label:)) {
                    section.append(label)
                }
                builder.add(.abstract, record.text(of: paragraph), section: section)
            }
        }
        return builder.article
    }

    private func identifiers(
        _ record: MarkupDocument, citation: MarkupDocument.Element?, body: MarkupDocument.Element?,
        pubmedData: MarkupDocument.Element?
    ) -> ArticleIdentifiers {
        var ids = ArticleIdentifiers()
        if let citation {
            ids.pmid = record.child("PMID", of: citation).flatMap { IdentifierCleaning.pmid(record.text(of: $0)) }
        }
        if let list = pubmedData.flatMap({ record.child("ArticleIdList", of: $0) }) {
            for articleID in record.elements(of: list) where record.name(of: articleID) == "ArticleId" {
                let value = record.text(of: articleID)
                switch record.attribute("IdType", of: articleID) {
                case "pubmed": ids.pmid = ids.pmid ?? IdentifierCleaning.pmid(value)
                case "pmc": ids.pmcid = ids.pmcid ?? IdentifierCleaning.pmcid(value)
                case "doi": ids.doi = ids.doi ?? IdentifierCleaning.doi(value)
                default: break
                }
            }
        }
        if let body {
            for location in record.elements(of: body)
            where record.name(of: location) == "ELocationID" && record.attribute("EIdType", of: location) == "doi"
                && record.attribute("ValidYN", of: location) != "N"
            {
                ids.doi = ids.doi ?? IdentifierCleaning.doi(record.text(of: location))
            }
        }
        if let citation {
            for other in record.elements(of: citation)
            where record.name(of: other) == "OtherID" && record.attribute("Source", of: other) == "NLM" {
                ids.pmcid = ids.pmcid ?? IdentifierCleaning.pmcid(record.text(of: other))
            }
        }
        return ids
    }

    /// The section name for an `AbstractText` label: sentence case when the label has no
    /// lower-case letter, as written otherwise; `nil` for empty and `UNLABELLED` labels.
    static func sectionName(label: String) -> String? {
        let trimmed = TextCleaner.normalizeWhitespace(label)
        guard !trimmed.isEmpty, trimmed.uppercased() != "UNLABELLED", trimmed.uppercased() != "UNASSIGNED" else {
            return nil
        }
        guard !trimmed.contains(where: \.isLowercase) else { return trimmed }
        let lower = trimmed.lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
