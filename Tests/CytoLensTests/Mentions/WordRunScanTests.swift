import Foundation
import Testing

@testable import CytoLens

/// The scan's fast paths (``WordByteMasks``, ``GreekWordStarts``) held to the definition of word
/// runs they replace: maximal runs of scalars that ``NameKey/classify(_:)`` does not call
/// separators, each keyed by ``NameKey/caseKey(ofRun:)``.
@Suite("Word-run scan: the vector scan against the definition of runs and case keys")
struct WordRunScanTests {
    /// A run as the definition gives it: byte offsets and case key.
    struct DefinedRun: Equatable, CustomStringConvertible {
        var start: Int
        var end: Int
        var caseKey: [UInt8]

        var description: String { "\(start)..<\(end)=\(String(decoding: caseKey, as: UTF8.self))" }
    }

    /// The runs of a text by definition, one scalar at a time.
    static func definedRuns(_ text: String) -> [DefinedRun] {
        let bytes = Array(text.utf8)
        var runs: [DefinedRun] = []
        var start: Int?
        var offset = 0
        func close() {
            guard let first = start else { return }
            let key = bytes[first..<offset].withUnsafeBufferPointer { NameKey.caseKey(ofRun: $0) }
            runs.append(DefinedRun(start: first, end: offset, caseKey: key))
            start = nil
        }
        for scalar in text.unicodeScalars {
            if NameKey.classify(scalar) == .separator {
                close()
            } else if start == nil {
                start = offset
            }
            offset += UTF8.width(scalar)
        }
        close()
        return runs
    }

    /// The runs of a text as ``ScannedText`` cuts them.
    static func scannedRuns(_ text: String) -> [DefinedRun] {
        let scanned = ScannedText(text)
        return scanned.runs.indices.map {
            DefinedRun(start: scanned.runs[$0].start, end: scanned.runs[$0].end, caseKey: Array(scanned.caseKey(of: $0)))
        }
    }

    /// Pieces that generated texts are made of: plain words, Greek letters and letter names in
    /// every case, "tumour", recombinant prefixes, `_`, other letters (é, ß, µ, 中), non-ASCII
    /// separators (no-break space, dashes, an emoji), digits and ASCII punctuation.
    static let pieces: [String] = [
        "IL", "-", "6", " ", "TNF", "alpha", "Alpha", "ALPHA", "alp", "beta", "BETA", "bet", "gamma", "gam", "delta",
        "kappa", "kapp", "lambda", "lamda", "lamb", "omega", "omeg", "theta", "thet", "the", "epsilon", "epsi", "tumour",
        "Tumour", "tumor", "tumo", "α", "β", "γ", "Γ", "κ", "µ", "ß", "é", "中", "_", "rh", "sCD40L", "\u{A0}", "–", "—",
        "😀", "0", "19", ",", ".", "(", ")", "/", ";", "x", "cells", "IFN", "\n", "\t", "'", "+",
    ]

    /// A text of random pieces, long enough to cross several 64-byte blocks.
    static func generatedText(_ random: inout SeededRandom) -> String {
        let count = Int.random(in: 0...90, using: &random)
        return (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test("Generated texts with Greek words, other letters, prefixes and underscores scan as defined")
    func generatedTexts() {
        var random = SeededRandom(seed: 6)
        for _ in 0..<4000 {
            let text = Self.generatedText(&random)
            #expect(Self.scannedRuns(text) == Self.definedRuns(text), "\(text.debugDescription)")
        }
    }

    @Test("The masks' run bound holds every run, and is exact for text without `_` or non-ASCII bytes")
    func runBound() {
        var random = SeededRandom(seed: 11)
        var texts = (0..<2000).map { _ in Self.generatedText(&random) }
        // Runs split by non-ASCII separators as densely as they can be.
        texts += ["a–b–c–d", "–a–", "x\u{A0}y\u{A0}z", "α–β", "\u{A0}\u{A0}a"]
        for text in texts + Self.passages {
            let bytes = Array(text.utf8)
            let bound = bytes.withUnsafeBufferPointer { input in WordByteMasks.withMasks(of: input) { $0.runBound } }
            let runs = Self.definedRuns(text).count
            #expect(bound >= runs, "\(text.debugDescription)")
            if !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "_") }) {
                #expect(bound == runs, "\(text.debugDescription)")
            }
        }
    }

    @Test("Runs that start, end or cross at a 64-byte block edge scan as defined")
    func blockEdges() {
        for length in [62, 63, 64, 65, 127, 128, 129, 191, 192] {
            for shift in 0..<5 {
                let word = String(repeating: "a", count: length - shift)
                for text in [
                    word, " " + word, word + " ", String(repeating: " ", count: shift) + word + "_b é",
                    String(repeating: "x ", count: shift) + "alpha" + word + "–β",
                ] {
                    #expect(Self.scannedRuns(text) == Self.definedRuns(text), "\(text.debugDescription)")
                }
            }
        }
    }

    /// Every passage of the bundled corpus, and of every eighth shared JATS file when present.
    static let passages: [String] = {
        var paths = TestPaths.files(under: TestPaths.corpus).map(\.path)
        if let shared = TestPaths.sharedCorpus {
            let jats = TestPaths.files(under: shared.appendingPathComponent("jats"), extensions: ["xml"]).map(\.path).sorted()
            paths += jats.enumerated().filter { $0.offset % 8 == 0 }.map(\.element)
        }
        let loader = ArticleLoader()
        var texts: [String] = []
        for path in paths {
            try? loader.read(ArticleInput(path: path)) { article in texts += article.passages.map(\.text) }
        }
        return texts
    }()

    @Test("Every passage of the corpus scans as defined")
    func corpusPassages() {
        #expect(Self.passages.count > 100)
        for text in Self.passages {
            let scanned = Self.scannedRuns(text)
            let defined = Self.definedRuns(text)
            #expect(scanned == defined, "\(text.prefix(200).debugDescription)")
        }
    }

    @Test("The Greek-start look-up answers as NameKey does on every four letters built from the starts")
    func greekStarts() {
        let letters = Array("aAbBdDeEgGhHiIkKlLmMoOpPsStTuU0".utf8)
        var disagreements: [String] = []
        var found = 0
        GreekWordStarts.withFinder { finder in
            for a in letters {
                for b in letters {
                    for c in letters {
                        for d in letters {
                            let word = [a, b, c, d, UInt8(ascii: "x")]
                            for count in [4, 5] {
                                let expected = word.withUnsafeBufferPointer {
                                    NameKey.holdsGreekWordStart(UnsafeBufferPointer(rebasing: $0[0..<count]))
                                }
                                let answer = word.withUnsafeBytes { finder.occur(in: $0.baseAddress!, count: count) }
                                if expected { found += 1 }
                                if answer != expected { disagreements.append(String(decoding: word[0..<count], as: UTF8.self)) }
                            }
                        }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
        // Each of the eleven starts in its 16 spellings of case, as 4 and 5 bytes: no fewer.
        #expect(found == 11 * 16 * 2)
    }

    @Test("The one-load Greek-start look-up answers as NameKey does, whatever follows the run")
    func greekStartsFromOneLoad() {
        var random = SeededRandom(seed: 21)
        // Letters of the starts in both cases, digits, and bytes after the run that may begin a
        // start of their own ("of alpha": the run "of" holds none).
        let runBytes = Array("aAbBdDeEgGhHiIkKlLmMoOpPsStTuU0".utf8)
        let afterBytes = runBytes + Array(" -_.\u{0}".utf8) + [0xCE, 0xB1, 0xFF]
        var found = 0
        GreekWordStarts.withFinder { finder in
            for _ in 0..<100_000 {
                let count = Int.random(in: 0...14, using: &random)
                var run = (0..<count).map { _ in runBytes.randomElement(using: &random)! }
                if Int.random(in: 0..<4, using: &random) == 0, count >= 4 {
                    // Plant a start ("alph", "TUMO") somewhere in the run.
                    let start = ["alph", "BETA", "gamm", "Delt", "kapp", "lamb", "lamd", "omeg", "thet", "epsi", "tumo"]
                        .randomElement(using: &random)!
                    let at = Int.random(in: 0...(count - 4), using: &random)
                    run.replaceSubrange(at..<at + 4, with: Array(start.utf8))
                }
                let after = (0..<Int.random(in: 0...12, using: &random)).map { _ in afterBytes.randomElement(using: &random)! }
                let bytes = run + after
                let expected = run.withUnsafeBufferPointer { NameKey.holdsGreekWordStart($0) }
                let answer = bytes.withUnsafeBytes {
                    finder.occur(in: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: count, readable: $0.count)
                }
                if expected { found += 1 }
                #expect(answer == expected, "\(String(decoding: run, as: UTF8.self)) + \(after)")
            }
        }
        #expect(found > 10_000)
    }

    @Test("Stretches are the bytes between ASCII separators, whatever the bytes")
    func stretchesOfAnyBytes() {
        var random = SeededRandom(seed: 64)
        let alphabet: [UInt8] = Array(0...255)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...200, using: &random)
            // Mostly letters, so that stretches are long enough to cross blocks.
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random) ? UInt8(ascii: "e") : alphabet.randomElement(using: &random)!
            }
            let isSeparator = { (byte: UInt8) -> Bool in
                byte < 0x80
                    && !(byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                        || (0x61...0x7A).contains(byte))
            }
            var expected: [String] = []
            var index = 0
            while index < count {
                if isSeparator(bytes[index]) {
                    index += 1
                    continue
                }
                let start = index
                while index < count, !isSeparator(bytes[index]) { index += 1 }
                let unusual = bytes[start..<index].contains { $0 == UInt8(ascii: "_") || $0 >= 0x80 }
                expected.append("\(start)..<\(index)\(unusual ? "!" : "")")
            }
            var found: [String] = []
            bytes.withUnsafeBufferPointer { buffer in
                WordByteMasks.withMasks(of: buffer) { masks in
                    var stretches = masks.stretches()
                    while let stretch = stretches.next() {
                        found.append("\(stretch.start)..<\(stretch.end)\(stretch.hasUnusualByte ? "!" : "")")
                    }
                }
            }
            #expect(found == expected, "\(bytes)")
        }
    }
}
