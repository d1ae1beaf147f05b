import CytoLens
import Foundation
import Testing

/// The JATS reader over the whole shared development corpus (`../shared/corpus/jats`, 347 files),
/// when it is present.
@Suite("JATS reader: shared corpus", .serialized)
struct JATSCorpusTests {
    private static var files: [URL]? {
        guard let corpus = TestPaths.sharedCorpus else { return nil }
        let files = TestPaths.files(under: corpus.appendingPathComponent("jats"))
        return files.isEmpty ? nil : files
    }

    @Test("Every file is read without error, and every article has text")
    func everyFileReads() throws {
        guard let files = JATSCorpusTests.files else {
            print("skipping: ../shared/corpus/jats is not present")
            return
        }
        var failures: [String] = []
        var articles = 0
        for file in files {
            do {
                let read = try JATSReader().articles(in: ArticleInput(path: file.path))
                articles += read.count
                for article in read where article.passages.count < 2 {
                    failures.append("\(file.lastPathComponent): only \(article.passages.count) passage(s)")
                }
                for article in read {
                    for (previous, next) in zip(article.passages, article.passages.dropFirst())
                    where next.offset != previous.end + 1 {
                        failures.append(
                            "\(file.lastPathComponent): passage \(next.index) is not laid out after \(previous.index)")
                    }
                }
            } catch {
                failures.append("\(error)")
            }
        }
        print("JATS corpus: \(files.count - failures.count) of \(files.count) files read, \(articles) articles")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(articles >= files.count)
    }

    @Test("Paragraph, caption and table-row counts agree with an independent xmllint XPath count on every file")
    func countsAgreeWithXPath() throws {
        guard let files = JATSCorpusTests.files else {
            print("skipping: ../shared/corpus/jats is not present")
            return
        }
        guard let xmllint = JATSXPathCounts.xmllint else {
            print("skipping: xmllint is not installed (apt-get install libxml2-utils)")
            return
        }
        var disagreements: [String] = []
        for file in files {
            let articles = try JATSReader().articles(in: ArticleInput(path: file.path))
            let passages = articles.flatMap(\.passages)
            let ours = JATSXPathCounts.Counts(
                paragraphs: passages.count { $0.type == .paragraph }, captions: passages.count { $0.type == .caption },
                tableRows: passages.count { $0.type == .table })
            let independent = try JATSXPathCounts.counts(of: file, using: xmllint)
            if ours != independent {
                disagreements.append("\(file.lastPathComponent): reader \(ours), xmllint \(independent)")
            }
        }
        print("JATS corpus: reader and xmllint agree on \(files.count - disagreements.count) of \(files.count) files")
        // No file is exempt: every difference so far was a reader bug and has been fixed.
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
