import Testing

@testable import CytoLens

/// ``RunHead``, the matcher's branch-free first test of a run, held to the definitions it
/// replaces: ``NameMatcher/mayHavePrefix(_:_:)`` and ``ShortKeyNodes/packedKey(caseKey:count:readable:)``.
@Suite("Run head: the first eight bytes of a run against the prefix test and the packed key")
struct RunHeadTests {
    /// Whether the head of the case key `caseKey[start..<start + count]` agrees with the
    /// definitions, read with all of `caseKey` readable and with only the run's bytes readable.
    static func agrees(_ caseKey: [UInt8], start: Int, count: Int) -> Bool {
        let run = WordRun(start: start, end: start + count, keyStart: start, keyEnd: start + count)
        let expectedPrefix = caseKey.withUnsafeBufferPointer { NameMatcher.mayHavePrefix($0, run) }
        let shortCount = min(count, ShortKeyNodes.maximumLength)
        let expectedKey = Array(caseKey[start..<start + shortCount]).withUnsafeBufferPointer {
            ShortKeyNodes.packedKey(caseKey: $0.baseAddress!, count: shortCount, readable: shortCount)
        }
        let wide = caseKey.withUnsafeBufferPointer {
            RunHead(caseKey: $0.baseAddress! + start, count: count, readable: $0.count - start)
        }
        let exact = Array(caseKey[start..<start + count]).withUnsafeBufferPointer {
            RunHead(caseKey: $0.baseAddress!, count: count, readable: count)
        }
        return [wide, exact].allSatisfy { $0.mayHavePrefix == expectedPrefix && $0.shortKey == expectedKey }
    }

    @Test("Every run of the corpus gets the prefix test's answer and the packed key")
    func corpusRuns() {
        var prefixed = 0
        var runs = 0
        for text in WordRunScanTests.passages {
            let scanned = ScannedText(text)
            for (index, run) in scanned.runs.enumerated() where run.keyCount > 0 {
                runs += 1
                #expect(
                    Self.agrees(scanned.caseKeys, start: run.keyStart, count: run.keyCount),
                    "\(String(decoding: scanned.caseKey(of: index), as: UTF8.self))")
                if scanned.caseKeys.withUnsafeBufferPointer({ NameMatcher.mayHavePrefix($0, run) }) { prefixed += 1 }
            }
        }
        #expect(runs > 100_000)
        // "rhIL-2", "mRNA", "sCD40L", "hTERT": the corpus has runs that take the prefix path.
        #expect(prefixed > 100)
    }

    @Test("Generated case keys of prefix letters, capitals and digits, of every length up to 12, amid any bytes")
    func generatedRuns() {
        var random = SeededRandom(seed: 17)
        // Case keys hold ASCII letters and digits; the bytes around a run can be anything.
        let keyBytes = Array("rhmsRHMSaZAzbB09".utf8)
        let otherBytes = Array("rhmsRSAZ09@[`{_-".utf8) + [0x00, 0x40, 0x5B, 0xC1, 0xDA, 0xE1, 0xFA, 0x7F, 0x80, 0xFF]
        var prefixed = 0
        for _ in 0..<50_000 {
            let count = Int.random(in: 1...12, using: &random)
            let start = Int.random(in: 0...3, using: &random)
            let after = Int.random(in: 0...9, using: &random)
            let bytes =
                (0..<start).map { _ in otherBytes.randomElement(using: &random)! }
                + (0..<count).map { _ in keyBytes.randomElement(using: &random)! }
                + (0..<after).map { _ in otherBytes.randomElement(using: &random)! }
            #expect(Self.agrees(bytes, start: start, count: count), "\(bytes) \(start) \(count)")
            let run = WordRun(start: start, end: start + count, keyStart: start, keyEnd: start + count)
            if bytes.withUnsafeBufferPointer({ NameMatcher.mayHavePrefix($0, run) }) { prefixed += 1 }
        }
        #expect(prefixed > 1000)
    }
}
