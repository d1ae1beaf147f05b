import Testing

@testable import CytoLens

@Suite("Scanned text: word runs and their case keys")
struct ScannedTextTests {
    /// The runs of a text as (text, case key) pairs.
    static func runs(_ text: String) -> [String] {
        let scanned = ScannedText(text)
        return scanned.runs.indices.map { run in
            scanned.text(scanned.runs[run].start..<scanned.runs[run].end) + "="
                + String(decoding: scanned.caseKey(of: run), as: UTF8.self)
        }
    }

    @Test(
        "Texts with as many runs as their length allows (one-byte words, one-byte gaps)",
        arguments: [
            ("a", ["a=a"]), ("a b", ["a=a", "b=b"]), ("a,b,c", ["a=a", "b=b", "c=c"]), (" a b ", ["a=a", "b=b"]),
            ("", []), (" ", []), ("1-2-3-4", ["1=1", "2=2", "3=3", "4=4"]),
        ])
    func denseRuns(_ text: String, _ expected: [String]) {
        #expect(Self.runs(text) == expected)
    }

    @Test("Greek letters and words, underscores and other letters get rewritten keys")
    func specialRuns() {
        #expect(
            Self.runs("TNF-α and IFNgamma; IL_6, naïve Betacellulin tumour cells")
                == [
                    "TNF=TNF", "α=a", "and=and", "IFNgamma=IFNg", "IL_6=IL6", "naïve=nave", "Betacellulin=bcellulin",
                    "tumour=tumor", "cells=cells",
                ])
    }
}
