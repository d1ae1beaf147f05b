import ArticleXML
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Bytes that cannot be decoded in the encoding the document declares. libxml2 reports these
/// without a parser context, through a thread-wide handler that prints to standard error by
/// default; the parser must turn them into an error instead of a quietly shortened document.
@Suite("Undecodable XML input")
struct UndecodableInputTests {
    /// A PubMed set whose declared EUC-JP encoding cannot decode the bytes of its first record.
    static let document: [UInt8] =
        Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<PubmedArticleSet><PubmedArticle>".utf8)
        + [0xFF, 0xFF, 0xFE] + Array("</PubmedArticle></PubmedArticleSet>".utf8)

    @Test("A whole-document parse fails with the conversion error")
    func treeParse() {
        #expect {
            try MarkupParser.parseXML(Self.document)
        } throws: { error in
            (error as? MarkupError)?.message.hasPrefix("input conversion failed") == true
        }
    }

    @Test("A record stream fails with the conversion error instead of ending early")
    func streamedParse() {
        var records = 0
        #expect {
            try RecordStream(.bytes(Self.document)).forEachRecord(named: ["PubmedArticle"]) { _ in records += 1 }
        } throws: { error in
            (error as? MarkupError)?.message.hasPrefix("input conversion failed") == true
        }
        #expect(records == 0)
    }

    @Test("Nothing is printed to standard error")
    func silent() throws {
        let printed = try capturingStandardError {
            _ = try? MarkupParser.parseXML(Self.document)
            _ = try? RecordStream(.bytes(Self.document)).forEachRecord(named: ["PubmedArticle"]) { _ in }
            _ = MarkupParser.parseHTML(Self.document, encoding: "EUC-JP")
        }
        // Other tests may print while this one runs; libxml2's own messages must not appear.
        #expect(!printed.contains("encoding error"))
        #expect(!printed.contains("I/O error"))
        #expect(!printed.contains("xmlParseChunk"))
    }

    /// What `body` (and anything else in the process meanwhile) writes to file descriptor 2.
    private func capturingStandardError(_ body: () throws -> Void) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let capture = open(file.path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        #expect(capture >= 0)
        let saved = dup(2)
        dup2(capture, 2)
        close(capture)
        defer {
            dup2(saved, 2)
            close(saved)
        }
        try body()
        return String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }
}
