import Testing

@testable import CytoLens

/// ``LetterByLetterCaseKey`` held to ``NameKey/caseKey(ofRun:)``: whenever it writes a key, the
/// key is the definition's, and it leaves the buffer as it was when it declines.
@Suite("Letter-by-letter case keys against the full rewrite of a run")
struct LetterByLetterCaseKeyTests {
    /// The fast path's answer for a run, appended after `prefix`: the key it wrote, or nil when it
    /// declined (and then the buffer must still be `prefix`).
    static func written(_ run: String, after prefix: [UInt8] = Array("abc".utf8)) -> [UInt8]?? {
        var keys = prefix
        let bytes = Array(run.utf8)
        let wrote = GreekWordStarts.withFinder { finder in
            bytes.withUnsafeBufferPointer { LetterByLetterCaseKey.append($0, to: &keys, greekStarts: finder) }
        }
        if wrote { return .some(Array(keys[prefix.count...])) }
        return keys == prefix ? .some(nil) : nil
    }

    static func defined(_ run: String) -> [UInt8] {
        Array(run.utf8).withUnsafeBufferPointer { NameKey.caseKey(ofRun: $0) }
    }

    @Test(
        "Runs of ASCII letters, digits and Greek letters are keyed letter by letter",
        arguments: ["1β", "IFNγ", "TNFα", "α", "Β2", "κB", "µg", "ßx", "IL1β", "TGFβ1", "γδ"])
    func keyedLetterByLetter(_ run: String) {
        #expect(Self.written(run) == .some(Self.defined(run)))
    }

    @Test(
        "Runs with a silent character or a Greek word in the key are left to the full rewrite",
        arguments: ["IL_6", "é", "Aé", "中文", "αlpha", "tumour", "TNFalpha", "βeta", "IL1beta", "αlpha2"])
    func declined(_ run: String) {
        #expect(Self.written(run) == .some(nil))
    }

    @Test("Every special run of the corpus and generated runs get the definition's key")
    func corpusAndGeneratedRuns() {
        var runs: [String] = []
        for text in WordRunScanTests.passages {
            for piece in text.split(whereSeparator: { NameKey.classify($0.unicodeScalars.first!) == .separator }) {
                if piece.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "_") }) { runs.append(String(piece)) }
            }
        }
        var random = SeededRandom(seed: 5)
        let pieces = ["a", "B", "1", "α", "β", "Γ", "κ", "µ", "ß", "é", "_", "lpha", "eta", "amma", "tum", "our", "x"]
        for _ in 0..<5000 {
            runs.append((0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        var keyed = 0
        for run in runs {
            let answer = Self.written(run)
            #expect(answer != nil, "\(run): the buffer changed")
            if case .some(.some(let key)) = answer {
                keyed += 1
                #expect(key == Self.defined(run), "\(run)")
            }
        }
        #expect(keyed > 1000)
    }
}
