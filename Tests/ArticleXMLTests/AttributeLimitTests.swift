import ArticleXML
import Foundation
import Testing

/// An element with a huge number of attributes costs libxml2 2.9 quadratic time, so markup with
/// more than 512 attributes on one element is refused before parsing, quickly and with the place.
@Suite("Attribute limit")
struct AttributeLimitTests {
    private func element(attributes count: Int, value: String = "x") -> String {
        "<PubmedArticleSet>\n<PubmedArticle " + (0..<count).map { "a\($0)=\"\(value)\"" }.joined(separator: " ")
            + "><MedlineCitation/></PubmedArticle></PubmedArticleSet>\n"
    }

    @Test("512 attributes parse; the 513th is an error at its place")
    func limit() throws {
        #expect(try MarkupParser.parseXML(Array(element(attributes: 512).utf8)).elements.first?.attributes.count == 512)
        let over = element(attributes: 513)
        #expect {
            try MarkupParser.parseXML(Array(over.utf8))
        } throws: { error in
            let error = error as? MarkupError
            let secondLine = over.split(separator: "\n")[1]
            let column = secondLine.distance(from: secondLine.startIndex, to: secondLine.range(of: "a512=")!.upperBound)
            return error?.message == "an element has more than 512 attributes" && error?.line == 2 && error?.column == column
        }
    }

    @Test("Equals signs in values, comments, processing instructions and text are not attributes")
    func notAttributes() throws {
        let noise = String(repeating: "a=b ", count: 600)
        let xml =
            "<?xml version=\"1.0\"?><?pi \(noise)?><!-- \(noise) --><r v=\"\(noise)\" w='\(noise)'>\(noise)<b/>\(noise)</r>"
        #expect(try MarkupParser.parseXML(Array(xml.utf8)).name == "r")
    }

    @Test("The limit holds in every way a document is read: whole, streamed from memory, streamed from a file")
    func everyPath() throws {
        let bytes = Array(element(attributes: 100_000).utf8)
        let start = Date()
        #expect(throws: MarkupError.self) { try MarkupParser.parseXML(bytes) }
        #expect(throws: MarkupError.self) {
            try RecordStream(.bytes(bytes)).forEachRecord(named: ["PubmedArticle"]) { _ in }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("attributes-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        #expect {
            try RecordStream(.file(file.path)).forEachRecord(named: ["PubmedArticle"]) { _ in }
        } throws: { error in
            (error as? MarkupError)?.message == "an element has more than 512 attributes"
        }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test("UTF-16 markup is counted too")
    func utf16() {
        let text = element(attributes: 600)
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect {
            try MarkupParser.parseXML(bytes)
        } throws: { error in
            (error as? MarkupError)?.message == "an element has more than 512 attributes"
        }
    }
}
