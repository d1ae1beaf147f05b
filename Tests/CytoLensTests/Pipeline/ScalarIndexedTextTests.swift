import Testing

@testable import CytoLens

/// ``ScalarIndexedText`` cuts text by code point offsets; each cut must be the string of the code
/// points between the offsets.
struct ScalarIndexedTextTests {
    @Test(
        "Every cut between two code point offsets is the string of the code points between them",
        arguments: [
            "", "IL-6 promotes growth.", "TGF-\u{3b2}1 and TNF-\u{3b1} (\u{2264}5 ng/ml) \u{2014} in tumours.",
            "e\u{301}\u{1F600}x\u{10FFFF}\u{7F}\u{80}", "\u{FEFF}Na\u{EF}ve T cells",
            // Longer than the stride of the byte offsets kept (64 code points).
            String(repeating: "TGF-\u{3b2}1 \u{2264} 5 ng \u{1F600} tumours; ", count: 12) + "\u{E9}",
        ])
    func cuts(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let indexed = ScalarIndexedText(text)
        #expect(indexed.scalarCount == scalars.count)
        var wrong: [Range<Int>] = []
        for lower in 0...scalars.count {
            for upper in lower...scalars.count
            where indexed.text(lower..<upper) != String(String.UnicodeScalarView(scalars[lower..<upper])) {
                wrong.append(lower..<upper)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
