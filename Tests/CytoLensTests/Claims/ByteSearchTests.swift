import Testing

@testable import CytoLens

/// The byte searches the claim rules use (``StringProtocol/containsBytes(of:)`` and
/// ``Swift/UnsafeBufferPointer/contains(bytes:)``) find a part exactly where a plain search over
/// byte arrays does.
struct ByteSearchTests {
    static let texts = [
        "", "a", "aaab", "tumour", "antitumor", "chemoresistance", "carcinoma-associated", "TNF-α-induced", "ab", "xenograft",
        "metastasis metastases", "aab aab aabx",
    ]
    static let parts = ["", "a", "ab", "aab", "aabx", "tumor", "tumour", "α-i", "metasta", "ses", "x", "carcino", "b"]

    /// Whether `part`'s bytes occur in `text`'s, by comparing arrays at every offset.
    static func plainContains(_ text: String, _ part: String) -> Bool {
        let text = Array(text.utf8)
        let part = Array(part.utf8)
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { Array(text[$0..<($0 + part.count)]) == part }
    }

    @Test("A part is found in a text exactly where a plain search finds it", arguments: texts)
    func search(_ text: String) {
        for part in ByteSearchTests.parts {
            let expected = ByteSearchTests.plainContains(text, part)
            #expect(text.containsBytes(of: part) == expected, "\(text) \(part)")
            var bytes = text
            // An empty part is found by the string search and not by the byte-array search.
            let found = bytes.withUTF8 { $0.contains(bytes: Array(part.utf8)) }
            #expect(found == (expected && !part.isEmpty), "\(text) \(part)")
        }
    }
}
