import CytoLens
import Foundation
import Testing

@Suite("PubTator reader")
struct PubTatorReaderTests {
    static let sample = TestPaths.corpus.appendingPathComponent("pubtator/sample.pubtator")

    @Test("The sample's documents: title at 0, abstract one past the title, texts as given")
    func sampleGolden() throws {
        let articles = try PubTatorReader().articles(in: ArticleInput(path: Self.sample.path))
        try #require(articles.count == 2)
        #expect(articles.map(\.source) == [Self.sample.path + "#1", Self.sample.path + "#2"])
        #expect(articles.map(\.identifiers) == [ArticleIdentifiers(pmid: "90000021"), ArticleIdentifiers(pmid: "90000022")])
        #expect(
            articles[0].passages == [
                Passage(
                    index: 0, type: .title, section: [], offset: 0, text: "IL-17A promotes angiogenesis in invented lung tumours."
                ),
                Passage(
                    index: 1, type: .abstract, section: ["Abstract"], offset: 55,
                    text:
                        "IL-17A from γδ T cells induced VEGF and IL-6 in fibroblasts. Neutralising IL-17A slowed tumour growth in mice."
                ),
            ])
        #expect(articles[1].title == "Anti-tumour effects of IFN-α in invented renal carcinoma.")
        #expect(articles[1].passages.map(\.offset) == [0, 58])
    }

    @Test("The sample's mentions: relations left out, offsets slice the mention by code points")
    func sampleAnnotations() throws {
        let input = ArticleInput(path: Self.sample.path)
        let articles = try PubTatorReader().articles(in: input)
        let annotations = try PubTatorReader().annotations(in: input)
        #expect(annotations.count == 9)
        #expect(
            annotations[2]
                == GoldAnnotation(
                    source: Self.sample.path + "#1", document: "90000021", start: 67, end: 77, text: "γδ T cells",
                    type: "CellLine", identifiers: []))
        for annotation in annotations {
            let article = try #require(articles.first { $0.source == annotation.source })
            #expect(CodePoints.text(of: article, at: annotation.start..<annotation.end) == annotation.text)
        }
    }

    @Test("CRLF line ends and missing blank lines between documents read the same")
    func lineEndsAndSeparators() throws {
        let plain = try String(contentsOf: Self.sample, encoding: .utf8)
        let crlf = plain.replacingOccurrences(of: "\n", with: "\r\n")
        let packed = plain.replacingOccurrences(of: "\n\n", with: "\n")
        let expected = try PubTatorReader().articles(in: ArticleInput(source: "x", text: plain))
        let expectedAnnotations = try PubTatorReader().annotations(in: ArticleInput(source: "x", text: plain))
        for variant in [crlf, packed] {
            #expect(try PubTatorReader().articles(in: ArticleInput(source: "x", text: variant)) == expected)
            #expect(try PubTatorReader().annotations(in: ArticleInput(source: "x", text: variant)) == expectedAnnotations)
        }
    }

    @Test("A line that is not PubTator is an error with its line number")
    func malformedLine() throws {
        let input = ArticleInput(source: "bad.pubtator", text: "1|t|IL-9 in mast cells\n1|a|IL-9 acts.\nnot a pubtator line\n")
        #expect {
            try PubTatorReader().articles(in: input)
        } throws: { error in
            (error as? IngestError)?.line == 3
        }
    }
}
