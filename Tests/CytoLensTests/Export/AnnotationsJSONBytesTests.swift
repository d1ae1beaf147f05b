import CytoLens
import Testing

/// ``AnnotationsJSON/lineUTF8(_:layers:)`` is written to standard output without being checked
/// as a `String`, so it must be valid UTF-8 and the same text as ``AnnotationsJSON/line(_:layers:)``.
struct AnnotationsJSONBytesTests {
    @Test("The bytes of a line are valid UTF-8 and spell the line, on real documents")
    func bytesAreTheLine() throws {
        let documents = RealDocuments.annotations
        try #require(!documents.isEmpty)
        var nonASCII = 0
        for document in documents {
            for layers in [false, true] {
                let bytes = AnnotationsJSON.lineUTF8(document, layers: layers)
                let validated = try #require(String(validating: bytes, as: UTF8.self), "\(document.article.source)")
                #expect(validated == AnnotationsJSON.line(document, layers: layers))
                if bytes.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
            }
        }
        // Real text has Greek letters, dashes and quotes: the check above covered multi-byte characters.
        #expect(nonASCII > 0)
    }
}
