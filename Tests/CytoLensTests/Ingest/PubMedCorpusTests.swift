import CytoLens
import Foundation
import Testing

@Suite("PubMed reader on the shared corpus")
struct PubMedCorpusTests {
    static let files: [URL] = TestPaths.sharedCorpus.map { TestPaths.files(under: $0.appendingPathComponent("pubmed")) } ?? []

    /// The number of record start tags in a file, counted on its bytes without an XML parser.
    static func countRecords(in file: URL) throws -> Int {
        let bytes = try [UInt8](Data(contentsOf: file))
        var count = 0
        for name in ["PubmedArticle", "PubmedBookArticle"] {
            for terminator in [">", " "] {
                count += occurrences(of: Array("<\(name)\(terminator)".utf8), in: bytes)
            }
        }
        return count
    }

    private static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                count += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return count
    }

    @Test("The corpus is there and holds the expected files", .enabled(if: TestPaths.sharedCorpus != nil))
    func corpusPresent() {
        #expect(Self.files.count == 178)
    }

    @Test(
        "One article per <PubmedArticle> or <PubmedBookArticle>, every file read without error",
        .enabled(if: TestPaths.sharedCorpus != nil), arguments: files)
    func oneArticlePerRecord(file: URL) throws {
        let articles = try PubMedReader().articles(in: ArticleInput(path: file.path))
        #expect(articles.count == (try Self.countRecords(in: file)))
        for (i, article) in articles.enumerated() {
            #expect(article.source == "\(file.path)#\(i + 1)")
            #expect(article.identifiers.pmid != nil)
            #expect(article.passages.first?.type == .title)
            // Passages are laid out one apart in reading order.
            for (previous, next) in zip(article.passages, article.passages.dropFirst()) {
                #expect(next.offset == previous.end + 1)
            }
        }
    }
}
