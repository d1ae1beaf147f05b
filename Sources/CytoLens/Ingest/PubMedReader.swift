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
        let stream: RecordStream
        if let first = XMLRecordSequence.rootElementName(try input.prefix(4096)), PubMedReader.recordNames.contains(first) {
            // A web export: records one after another without a set around them. These are small
            // (PubMed saves at most 10,000 records), so they are read whole and wrapped.
            stream = RecordStream(.bytes(XMLRecordSequence.wrapped(try input.loadBytes(), in: "PubmedArticleSet")))
        } else if case .file(let path) = input.storage {
            stream = RecordStream(.file(path), decompressedLimit: input.sizeLimit)
        } else {
            stream = RecordStream(.bytes(try input.loadBytes()))
        }
        var count = 0
        let root: String
        do {
            root = try stream.forEachRecord(named: PubMedReader.recordNames) { record in
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

    /// The article of one `<PubmedArticle>`, `<PubmedBookArticle>` or bare `<MedlineCitation>`.
    func article(from record: MarkupElement, source: String) -> Article {
        let citation: MarkupElement
        let pubmedData: MarkupElement?
        switch record.name {
        case "PubmedArticle":
            citation = record.child("MedlineCitation") ?? MarkupElement(name: "MedlineCitation")
            pubmedData = record.child("PubmedData")
        case "PubmedBookArticle":
            citation = record.child("BookDocument") ?? MarkupElement(name: "BookDocument")
            pubmedData = record.child("PubmedBookData")
        default:
            citation = record
            pubmedData = nil
        }
        // Journal records keep title and abstract in <Article>; book records directly in <BookDocument>.
        let body = citation.child("Article") ?? citation

        var builder = ArticleBuilder(source: source)
        builder.identifiers = identifiers(citation: citation, body: body, pubmedData: pubmedData)
        if let titleElement = body.child("ArticleTitle") ?? body.child("Book")?.child("BookTitle") {
            builder.title = titleElement.text()
            builder.add(.title, titleElement.text())
        }
        let abstract =
            body.child("Abstract")
            ?? citation.children(named: "OtherAbstract").first { ($0.attributes["Language"] ?? "eng") == "eng" }
        for paragraph in abstract?.children(named: "AbstractText") ?? [] {
            var section = ["Abstract"]
            if let label = paragraph.attributes["Label"].flatMap(PubMedReader.sectionName(label:)) { section.append(label) }
            builder.add(.abstract, paragraph.text(), section: section)
        }
        return builder.article
    }

    private func identifiers(citation: MarkupElement, body: MarkupElement, pubmedData: MarkupElement?)
        -> ArticleIdentifiers
    {
        var ids = ArticleIdentifiers()
        ids.pmid = citation.child("PMID").flatMap { IdentifierCleaning.pmid($0.text()) }
        for articleID in pubmedData?.child("ArticleIdList")?.children(named: "ArticleId") ?? [] {
            let value = articleID.text()
            switch articleID.attributes["IdType"] {
            case "pubmed": ids.pmid = ids.pmid ?? IdentifierCleaning.pmid(value)
            case "pmc": ids.pmcid = ids.pmcid ?? IdentifierCleaning.pmcid(value)
            case "doi": ids.doi = ids.doi ?? IdentifierCleaning.doi(value)
            default: break
            }
        }
        for location in body.children(named: "ELocationID")
        where location.attributes["EIdType"] == "doi" && location.attributes["ValidYN"] != "N" {
            ids.doi = ids.doi ?? IdentifierCleaning.doi(location.text())
        }
        for other in citation.children(named: "OtherID") where other.attributes["Source"] == "NLM" {
            ids.pmcid = ids.pmcid ?? IdentifierCleaning.pmcid(other.text())
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
