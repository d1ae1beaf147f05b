import CytoLens
import Foundation
import Testing

@Suite("PubMed reader")
struct PubMedReaderTests {
    static let sample = TestPaths.corpus.appendingPathComponent("pubmed/sample-pubmed.xml")

    /// Articles with their `source` replaced, to compare readings of the same records from different inputs.
    static func withoutSources(_ articles: [Article]) -> [Article] {
        articles.enumerated().map { i, article in
            var copy = article
            copy.source = "#\(i + 1)"
            return copy
        }
    }

    /// One PubMed record set around the given `<PubmedArticle>` bodies.
    static func recordSet(_ records: String...) -> ArticleInput {
        ArticleInput(source: "inline.xml", text: "<PubmedArticleSet>\(records.joined())</PubmedArticleSet>")
    }

    @Test("The sample's records: identifiers, titles, labelled sections and offsets, exactly")
    func sampleGolden() throws {
        let articles = try PubMedReader().articles(in: ArticleInput(path: Self.sample.path))
        try #require(articles.count == 3)
        let source = Self.sample.path

        let first = articles[0]
        #expect(first.source == source + "#1")
        // The PMC id and DOI of the cited reference must not leak into the citing record.
        #expect(first.identifiers == ArticleIdentifiers(pmid: "90000001", pmcid: "PMC99000001", doi: "10.5555/jiti.2031.0001"))
        let title = "IL-6 trans-signalling and Stat3 activation drive CD8+ T cell exhaustion in murine colorectal cancer."
        #expect(first.title == title)
        #expect(
            first.passages == [
                Passage(index: 0, type: .title, section: [], offset: 0, text: title),
                Passage(
                    index: 1, type: .abstract, section: ["Abstract", "Background"], offset: 101,
                    text:
                        "Interleukin-6 (IL-6) is abundant in the colorectal tumour microenvironment, but its effect on cytotoxic lymphocytes is unclear."
                ),
                Passage(
                    index: 2, type: .abstract, section: ["Abstract", "Materials and methods"], offset: 229,
                    text:
                        "We blocked IL-6 receptor signalling with an antibody in mice bearing MC38 tumours and measured IFN-γ and TNF-α production by CD8+ T cells."
                ),
                Passage(
                    index: 3, type: .abstract, section: ["Abstract", "Results"], offset: 368,
                    text: "IL-6 blockade restored IFN-γ secretion, lowered TGF-β1 in tumour lysates and slowed tumour growth."),
                Passage(
                    index: 4, type: .abstract, section: ["Abstract", "Conclusions"], offset: 467,
                    text: "IL-6 promotes tumour growth by suppressing antitumour immunity."),
            ])

        let second = articles[1]
        #expect(second.source == source + "#2")
        #expect(second.identifiers == ArticleIdentifiers(pmid: "90000002", pmcid: nil, doi: "10.5555/jiti.2031.0002"))
        // Two unlabelled paragraphs; the French OtherAbstract is not read; white space runs fold.
        #expect(
            second.passages == [
                Passage(
                    index: 0, type: .title, section: [], offset: 0,
                    text: "Interferon-γ as a double-edged sword in tumour immunity."),
                Passage(
                    index: 1, type: .abstract, section: ["Abstract"], offset: 57,
                    text: "IFN-γ produced by T cells and NK cells inhibits tumour cell proliferation and upregulates MHC class I."
                ),
                Passage(
                    index: 2, type: .abstract, section: ["Abstract"], offset: 160,
                    text: "Chronic IFN-γ signalling, however, induces PD-L1 and IDO1 and so favours immune escape."),
            ])

        let third = articles[2]
        #expect(third.identifiers == ArticleIdentifiers(pmid: "90000003", pmcid: "PMC99000003", doi: nil))
        #expect(
            third.passages == [
                Passage(
                    index: 0, type: .title, section: [], offset: 0,
                    text: "CXCL12 and TGF-β in the stroma of pancreatic cancer: a letter.")
            ])
    }

    @Test(
        "Abstract labels become readable section names",
        arguments: [
            ("BACKGROUND", ["Abstract", "Background"]),
            ("MATERIALS AND METHODS", ["Abstract", "Materials and methods"]),
            ("BACKGROUND/AIM", ["Abstract", "Background/aim"]),
            ("Study design", ["Abstract", "Study design"]),
            ("UNLABELLED", ["Abstract"]),
            ("", ["Abstract"]),
        ])
    func labelCasing(label: String, section: [String]) throws {
        let input = Self.recordSet(
            """
            <PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>T</ArticleTitle>
            <Abstract><AbstractText Label="\(label)">IL-2 expands T cells.</AbstractText></Abstract>
            </Article></MedlineCitation></PubmedArticle>
            """)
        let article = try #require(try PubMedReader().articles(in: input).first)
        #expect(article.passages.last?.section == section)
    }

    @Test("An English OtherAbstract stands in when there is no Abstract")
    func englishOtherAbstract() throws {
        let input = Self.recordSet(
            """
            <PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>T</ArticleTitle></Article>
            <OtherAbstract Type="Publisher" Language="chi"><AbstractText>白细胞介素</AbstractText></OtherAbstract>
            <OtherAbstract Type="plain-language-summary" Language="eng"><AbstractText>IL-15 helps NK cells.</AbstractText></OtherAbstract>
            </MedlineCitation></PubmedArticle>
            """)
        let article = try #require(try PubMedReader().articles(in: input).first)
        #expect(article.passages.map(\.text) == ["T", "IL-15 helps NK cells."])
    }

    @Test("Book records: ArticleTitle, or BookTitle for a whole book, and the book abstract")
    func bookArticles() throws {
        let input = Self.recordSet(
            """
            <PubmedBookArticle><BookDocument><PMID Version="1">3</PMID>
            <Book><BookTitle book="b">Cytokines in Oncology</BookTitle></Book>
            <ArticleTitle book="b" part="c1">Chapter 1: IL-12</ArticleTitle>
            <Abstract><AbstractText>IL-12 links innate and adaptive immunity.</AbstractText></Abstract>
            </BookDocument><PubmedBookData><ArticleIdList><ArticleId IdType="pubmed">3</ArticleId>
            </ArticleIdList></PubmedBookData></PubmedBookArticle>
            """,
            """
            <PubmedBookArticle><BookDocument><PMID Version="1">4</PMID>
            <Book><BookTitle book="b">Cytokines in Oncology</BookTitle></Book></BookDocument></PubmedBookArticle>
            """)
        let articles = try PubMedReader().articles(in: input)
        #expect(articles.map(\.identifiers.pmid) == ["3", "4"])
        #expect(articles.map(\.title) == ["Chapter 1: IL-12", "Cytokines in Oncology"])
        #expect(articles[0].passages.map(\.type) == [.title, .abstract])
    }

    @Test("Standard input (bytes in memory) reads like the file, with '-#N' sources")
    func fromMemory() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.sample))
        let fromFile = try PubMedReader().articles(in: ArticleInput(path: Self.sample.path))
        let fromStdin = try PubMedReader().articles(in: ArticleInput(source: "-", bytes: bytes))
        #expect(fromStdin.map(\.source) == ["-#1", "-#2", "-#3"])
        #expect(Self.withoutSources(fromStdin) == Self.withoutSources(fromFile))
    }

    @Test("A gzip'd copy, by path or in memory, reads exactly like the plain file")
    func gzipMatchesPlain() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = [Self.sample]
        if let shared = TestPaths.sharedCorpus {
            files.append(shared.appendingPathComponent("pubmed/mainfinding_pubmed_result.xml"))
        }
        for plain in files where FileManager.default.fileExists(atPath: plain.path) {
            let gz = folder.appendingPathComponent(plain.lastPathComponent + ".gz")
            try GzipTool.compress(plain, to: gz)
            let expected = try PubMedReader().articles(in: ArticleInput(path: plain.path))
            let byPath = try PubMedReader().articles(in: ArticleInput(path: gz.path))
            let inMemory = try PubMedReader().articles(in: ArticleInput(source: "-", bytes: [UInt8](Data(contentsOf: gz))))
            #expect(!expected.isEmpty)
            #expect(byPath.first?.source == gz.path + "#1")
            #expect(Self.withoutSources(byPath) == Self.withoutSources(expected), "\(plain.lastPathComponent)")
            #expect(Self.withoutSources(inMemory) == Self.withoutSources(expected), "\(plain.lastPathComponent)")
        }
    }

    @Test("PubMed's web export, records with no PubmedArticleSet around them, is read whole")
    func webExportWithoutRoot() throws {
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
            .replacingOccurrences(of: "<PubmedArticleSet>", with: "")
            .replacingOccurrences(of: "</PubmedArticleSet>", with: "")
        let articles = try PubMedReader().articles(in: ArticleInput(source: "pubmed_result.xml", text: text))
        let expected = try PubMedReader().articles(in: ArticleInput(path: Self.sample.path))
        #expect(Self.withoutSources(articles) == Self.withoutSources(expected))
    }

    @Test("Malformed XML: every whole record before the error is emitted, the error says where")
    func malformedKeepsEarlierRecords() throws {
        // Enough records that the parser reaches the error only after streaming some of them.
        let good = (1...50).map {
            "<PubmedArticle><MedlineCitation><PMID>\($0)</PMID><Article><ArticleTitle>IL-\($0)</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n"
        }
        let text =
            "<PubmedArticleSet>\n" + good.joined()
            + "<PubmedArticle><MedlineCitation><PMID>51</PMID><Article><ArticleTitle>IL-51</Title>\n"
        var emitted: [Article] = []
        #expect {
            try PubMedReader().read(ArticleInput(source: "broken.xml", text: text)) { emitted.append($0) }
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.source == "broken.xml" && error.line == 52
        }
        #expect(emitted.map(\.identifiers.pmid) == (1...50).map { String($0) })
    }

    @Test("An empty set gives no article; another XML root is an error")
    func emptyAndForeignRoots() throws {
        let empty = ArticleInput(source: "empty.xml", text: "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n</PubmedArticleSet>\n")
        #expect(try PubMedReader().articles(in: empty).isEmpty)
        let jats = ArticleInput(source: "a.nxml", text: "<article><front/></article>")
        #expect(throws: IngestError.self) { try PubMedReader().articles(in: jats) }
    }
}
