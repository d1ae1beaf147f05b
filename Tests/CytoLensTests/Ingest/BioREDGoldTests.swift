import CytoLens
import Foundation
import Testing

/// BioRED ships the same 100 dev abstracts as BioC and as PubTator: both readers must agree on
/// the text and offsets, and every gold mention must slice out of our passages by code points.
@Suite("BioRED gold in BioC and PubTator", .enabled(if: TestPaths.sharedCorpus != nil))
struct BioREDGoldTests {
    static var folder: URL? { TestPaths.sharedCorpus?.appendingPathComponent("gold/biored") }

    static func withoutSources(_ articles: [Article]) -> [Article] {
        articles.map { article in
            var copy = article
            copy.source = ""
            return copy
        }
    }

    @Test("Dev.BioC.XML: 100 documents, all 3533 mentions slice out of the passages")
    func biocDev() throws {
        let input = ArticleInput(path: try #require(Self.folder).appendingPathComponent("Dev.BioC.XML").path)
        let articles = try BioCReader().articles(in: input)
        let annotations = try BioCReader().annotations(in: input)
        #expect(articles.count == 100)
        #expect(annotations.count == 3533)
        let bySource = Dictionary(uniqueKeysWithValues: articles.map { ($0.source, $0) })
        for annotation in annotations {
            let article = try #require(bySource[annotation.source])
            #expect(article.identifiers.pmid == annotation.document)
            #expect(
                CodePoints.text(of: article, at: annotation.start..<annotation.end) == annotation.text,
                "\(annotation.document) \(annotation.start)")
        }
    }

    @Test("Dev.PubTator: 100 documents, all 3533 mentions slice out of the passages")
    func pubtatorDev() throws {
        let input = ArticleInput(path: try #require(Self.folder).appendingPathComponent("Dev.PubTator").path)
        let articles = try PubTatorReader().articles(in: input)
        let annotations = try PubTatorReader().annotations(in: input)
        #expect(articles.count == 100)
        #expect(annotations.count == 3533)
        let bySource = Dictionary(uniqueKeysWithValues: articles.map { ($0.source, $0) })
        for annotation in annotations {
            let article = try #require(bySource[annotation.source])
            #expect(
                CodePoints.text(of: article, at: annotation.start..<annotation.end) == annotation.text,
                "\(annotation.document) \(annotation.start)")
        }
    }

    @Test("Both formats give the same articles and the same mentions", arguments: ["Dev", "Train"])
    func formatsAgree(split: String) throws {
        let folder = try #require(Self.folder)
        let bioc = ArticleInput(path: folder.appendingPathComponent("\(split).BioC.XML").path)
        let pubtator = ArticleInput(path: folder.appendingPathComponent("\(split).PubTator").path)
        let biocArticles = try BioCReader().articles(in: bioc)
        #expect(!biocArticles.isEmpty)
        #expect(Self.withoutSources(biocArticles) == Self.withoutSources(try PubTatorReader().articles(in: pubtator)))
        func key(_ a: GoldAnnotation) -> String { "\(a.document) \(a.start) \(a.end) \(a.text) \(a.type) \(a.identifiers)" }
        #expect(
            try BioCReader().annotations(in: bioc).map(key).sorted()
                == (try PubTatorReader().annotations(in: pubtator).map(key).sorted()))
    }
}
