import CytoLens
import Foundation
import Testing

@Suite("BioC reader")
struct BioCReaderTests {
    static let sample = TestPaths.corpus.appendingPathComponent("bioc/sample.bioc.xml")

    @Test("The sample's documents: passages, offsets and texts exactly as the file gives them")
    func sampleGolden() throws {
        let articles = try BioCReader().articles(in: ArticleInput(path: Self.sample.path))
        try #require(articles.count == 2)

        let abstractOnly = articles[0]
        #expect(abstractOnly.source == Self.sample.path + "#1")
        #expect(abstractOnly.identifiers == ArticleIdentifiers(pmid: "90000011"))
        #expect(abstractOnly.title == "TNF-α and IL-10 shape macrophage polarisation in invented gastric tumours.")
        #expect(
            abstractOnly.passages == [
                Passage(
                    index: 0, type: .title, section: [], offset: 0,
                    text: "TNF-α and IL-10 shape macrophage polarisation in invented gastric tumours."),
                Passage(
                    index: 1, type: .abstract, section: ["Abstract"], offset: 75,
                    text:
                        "Tumour-associated macrophages secrete IL-10 & TGF-β, which suppress IFN-γ responses (P < 0.05). Blocking TNF-α reduced tumour burden in mice."
                ),
            ])

        // Full text as PubTator3 lays it out: headings name sections, references are skipped,
        // the table keeps its tabs and line breaks.
        let fullText = articles[1]
        #expect(
            fullText.identifiers == ArticleIdentifiers(pmid: "90000012", pmcid: "PMC99000012", doi: "10.5555/jiti.2031.0012"))
        #expect(
            fullText.passages == [
                Passage(
                    index: 0, type: .title, section: [], offset: 0,
                    text: "Invented study: CXCL9 recruits CD8+ T cells into IL-12–treated melanoma."),
                Passage(
                    index: 1, type: .abstract, section: ["Abstract", "Background"], offset: 84,
                    text: "IL-12 induces IFN-γ, which drives CXCL9 and CXCL10 expression in tumours."),
                Passage(
                    index: 2, type: .paragraph, section: ["Introduction"], offset: 171,
                    text: "Chemokines such as CXCL9 guide effector T cells; IL-12 is a potent inducer of this axis."),
                Passage(
                    index: 3, type: .paragraph, section: ["Results", "IL-12 raises intratumoural CXCL9"], offset: 301,
                    text: "Mice given IL-12 showed a fourfold rise in CXCL9 and more CD8+ T cells."),
                Passage(
                    index: 4, type: .caption, section: [], offset: 373, text: "Figure 1. CXCL9 levels after IL-12 treatment."),
                Passage(index: 5, type: .table, section: [], offset: 419, text: "Group\tCXCL9 (pg/mL)\nIL-12\t840\nControl\t210"),
            ])
    }

    @Test("The sample's gold annotations slice out of the passages by code points")
    func sampleAnnotations() throws {
        let input = ArticleInput(path: Self.sample.path)
        let articles = try BioCReader().articles(in: input)
        let annotations = try BioCReader().annotations(in: input)
        #expect(annotations.count == 11)
        #expect(
            annotations[3]
                == GoldAnnotation(
                    source: Self.sample.path + "#1", document: "90000011", start: 121, end: 126, text: "TGF-β",
                    type: "GeneOrGeneProduct", identifiers: ["7040", "7042"]))
        #expect(annotations[7].identifiers == ["3592", "3593"])
        for annotation in annotations {
            let article = try #require(articles.first { $0.source == annotation.source })
            let text = CodePoints.text(of: article, at: annotation.start..<annotation.end)
            // The last annotation is in the reference list, which is not read as text.
            #expect(text == (annotation.document == "PMC99000012" && annotation.start >= 461 ? nil : annotation.text))
        }
    }

    @Test("Passages given sentence by sentence keep each sentence's offset")
    func sentencePassages() throws {
        let input = ArticleInput(
            source: "s.xml",
            text: """
                <collection><document><id>7</id><passage><infon key="type">abstract</infon><offset>0</offset>
                <sentence><offset>0</offset><text>IL-7 sustains T cells.</text></sentence>
                <sentence><offset>23</offset><text>IL-15 sustains NK cells.</text></sentence>
                </passage></document></collection>
                """)
        let article = try #require(try BioCReader().articles(in: input).first)
        #expect(article.passages.map(\.offset) == [0, 23])
        #expect(article.passages.map(\.text) == ["IL-7 sustains T cells.", "IL-15 sustains NK cells."])
    }

    @Test("A passage without a numeric offset is an error with its line; another XML root too")
    func errors() throws {
        let badOffset = ArticleInput(
            source: "bad.xml",
            text:
                "<collection>\n<document><id>1</id>\n<passage><offset>x</offset><text>IL-1</text></passage></document></collection>"
        )
        #expect {
            try BioCReader().articles(in: badOffset)
        } throws: { error in
            (error as? IngestError)?.line == 3
        }
        let pubmed = ArticleInput(source: "p.xml", text: "<PubmedArticleSet></PubmedArticleSet>")
        #expect(throws: IngestError.self) { try BioCReader().articles(in: pubmed) }
    }
}
