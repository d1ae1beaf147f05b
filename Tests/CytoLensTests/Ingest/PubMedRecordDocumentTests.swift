import ArticleXML
import Foundation
import Testing

@testable import CytoLens

/// The PubMed reader walks each record as a flat ``MarkupDocument`` built from libxml2's parse
/// events (`RecordStream.forEachRecordDocument`). These tests hold it to the libxml2 tree of the
/// same records (`RecordStream.forEachRecord`) on the real files of the shared corpus, on a
/// generated baseline-like file and on broken copies of them: the same records with the same
/// content, the same articles, the same errors after the same records.
@Suite("PubMed records as flat documents")
struct PubMedRecordDocumentTests {
    static let files: [URL] = PubMedCorpusTests.files

    /// What a stream reports: the records, then the root name or the error.
    struct Outcome<Record> {
        var records: [Record] = []
        var root: String?
        var error: MarkupError?
    }

    static func trees(_ stream: RecordStream) -> Outcome<MarkupElement> {
        var outcome = Outcome<MarkupElement>()
        do {
            outcome.root = try stream.forEachRecord(named: PubMedReader.recordNames) { outcome.records.append($0) }
        } catch {
            outcome.error = error as? MarkupError
        }
        return outcome
    }

    static func documents(_ stream: RecordStream) -> Outcome<MarkupDocument> {
        var outcome = Outcome<MarkupDocument>()
        do {
            outcome.root = try stream.forEachRecordDocument(named: PubMedReader.recordNames) {
                outcome.records.append($0)
            }
        } catch {
            outcome.error = error as? MarkupError
        }
        return outcome
    }

    /// Checks that both streams report the same records and end the same way.
    static func expectSame(_ stream: RecordStream, _ label: String) {
        let old = trees(stream)
        let new = documents(stream)
        #expect(new.records.count == old.records.count, "\(label)")
        #expect(new.root == old.root, "\(label)")
        #expect(new.error == old.error, "\(label)")
        for (index, (document, tree)) in zip(new.records, old.records).enumerated() {
            #expect(document.tree(document.root) == tree, "\(label) record \(index + 1)")
            let source = "\(label)#\(index + 1)"
            #expect(
                PubMedReader().article(from: document, source: source)
                    == ReferencePubMedArticle.article(from: tree, source: source), "\(label) record \(index + 1)")
        }
    }

    @Test("Every file of the shared corpus: the same records, content and articles", .enabled(if: !files.isEmpty))
    func sharedCorpus() throws {
        var records = 0
        for file in Self.files {
            let stream = try PubMedReader.recordStream(ArticleInput(path: file.path))
            Self.expectSame(stream, file.lastPathComponent)
            records += Self.documents(stream).records.count
        }
        #expect(records > 500)
    }

    @Test("Files cut short or broken at many places: the same records before the same error", .enabled(if: !files.isEmpty))
    func brokenCopies() throws {
        for file in Self.files.prefix(40) {
            let bytes = try [UInt8](Data(contentsOf: file))
            guard bytes.count > 64 else { continue }
            for fraction in [1, 3, 5, 7, 9] {
                let cut = bytes.count * fraction / 10
                let label = "\(file.lastPathComponent) at \(cut)"
                Self.expectSame(RecordStream(.bytes(Array(bytes[..<cut]))), "\(label), cut")
                var broken = bytes
                broken.insert(contentsOf: Array("<</>".utf8), at: cut)
                Self.expectSame(RecordStream(.bytes(broken)), "\(label), broken")
            }
            // An error right after a record's end tag, with nothing, white space or a comment between.
            let endTag = Array("</PubmedArticle>".utf8)
            if let end = (0...(bytes.count - endTag.count)).first(where: { bytes[$0..<($0 + endTag.count)].elementsEqual(endTag) }
            ) {
                for between in ["", "\n", "<!-- c -->"] {
                    var broken = bytes
                    broken.insert(contentsOf: Array("\(between)<</>".utf8), at: end + endTag.count)
                    Self.expectSame(RecordStream(.bytes(broken)), "\(file.lastPathComponent), error after a record, \(between)")
                }
            }
        }
    }

    @Test("Nesting deeper than libxml2's limit, inside a record or outside: the same error", arguments: [255, 256, 300])
    func deepNesting(depth: Int) {
        for record in ["", "<PubmedArticle>"] {
            let close = record.isEmpty ? "" : "</PubmedArticle>"
            let xml =
                "<PubmedArticleSet><PubmedArticle/>\n\(record)" + String(repeating: "<a>", count: depth)
                + String(repeating: "</a>", count: depth) + "\(close)</PubmedArticleSet>"
            Self.expectSame(RecordStream(.bytes(Array(xml.utf8))), "depth \(depth) \(record)")
        }
    }

    @Test("A generated baseline-like file, gzip'd and streamed from disk, in chunks of 64 KiB")
    func generatedFile() throws {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>\n"
        for pmid in 1...2_000 {
            xml += """
                <PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">\(pmid)</PMID><Article>\
                <ArticleTitle>IL-\(pmid % 40) and TNF-&#945; in record \(pmid)</ArticleTitle><Abstract>\
                <AbstractText Label="BACKGROUND">Cytokines &amp; tumours, part \(pmid).</AbstractText>\
                <AbstractText Label="RESULTS"><i>IFN</i>-γ rose<sup>2</sup>.</AbstractText></Abstract>\
                <ELocationID EIdType="doi" ValidYN="Y">10.1000/x.\(pmid)</ELocationID></Article>\
                </MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">\(pmid)</ArticleId>\
                <ArticleId IdType="pmc">PMC\(pmid + 100)</ArticleId></ArticleIdList></PubmedData></PubmedArticle>

                """
        }
        xml += "</PubmedArticleSet>\n"
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("sample.xml")
        try Data(xml.utf8).write(to: plain)
        let file = folder.appendingPathComponent("sample.xml.gz")
        try GzipTool.compress(plain, to: file)
        let stream = RecordStream(.file(file.path))
        let new = Self.documents(stream)
        #expect(new.records.count == 2_000)
        #expect(new.error == nil)
        #expect(new.root == "PubmedArticleSet")
        Self.expectSame(stream, "generated")
        let last = try #require(new.records.last)
        let article = PubMedReader().article(from: last, source: "s")
        #expect(article.identifiers.pmid == "2000")
        #expect(article.identifiers.pmcid == "PMC2100")
        #expect(article.title == "IL-0 and TNF-α in record 2000")
    }
}

/// The PubMed reader as it was on `MarkupElement` trees, kept here as the reference the flat
/// reader is held to.
enum ReferencePubMedArticle {
    static func article(from record: MarkupElement, source: String) -> Article {
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

    private static func identifiers(citation: MarkupElement, body: MarkupElement, pubmedData: MarkupElement?)
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
}
