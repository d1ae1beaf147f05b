import Testing

@testable import CytoLens

@Suite("Word-at-a-time byte scanning used by the sentence splitter")
struct ByteScanningTests {
    /// Texts with the searched bytes at every position modulo eight, at the ends, next to
    /// multi-byte characters and in tails shorter than a word.
    static let texts: [String] = [
        "", ".", "a", "Growth rose. It fell!", "IL-6 (p < 0.05) rose… Then?", "αβγ. δ! ε? …",
        "No terminator in this fairly long line of plain text at all", "x.......y", "𝛼-helix 😀 e\u{301}té.",
        String(repeating: "abcdefg.", count: 9) + "tail?",
        String(repeating: "é", count: 300) + "." + String(repeating: "ü", count: 2100),
    ]

    /// The byte-by-byte answers the word-at-a-time code must give.
    static func naiveFirstIndex(_ bytes: [UInt8], from start: Int, of values: [UInt8]) -> Int {
        bytes[start...].firstIndex(where: values.contains) ?? bytes.count
    }

    @Test("ByteSetSearch finds the same bytes as a byte-by-byte search, from every start", arguments: texts)
    func searchAgreesWithNaive(_ text: String) {
        let bytes = Array(text.utf8)
        let values: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2]
        let search = ByteSetSearch(values)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                #expect(search.firstIndex(in: buffer, from: start) == Self.naiveFirstIndex(bytes, from: start, of: values))
            }
        }
    }

    @Test("ByteSetSearch finds every value at every position of two vector blocks")
    func everyPositionOfABlock() {
        let values: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2]
        let search = ByteSetSearch(values)
        for value in values + [UInt8(ascii: "a")] {
            for position in 0..<40 {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 40)
                bytes[position] = value
                let found = bytes.withUnsafeBufferPointer { search.firstIndex(in: $0, from: 0) }
                #expect(found == Self.naiveFirstIndex(bytes, from: 0, of: values), "\(value) at \(position)")
            }
        }
    }

    @Test("ByteSetSearch agrees with a byte-by-byte search on real passage texts")
    func searchAgreesOnRealTexts() throws {
        let texts = RealDocuments.annotations.flatMap { $0.article.passages.map(\.text) }
        try #require(texts.count > 100)
        let values: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2]
        let search = ByteSetSearch(values)
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                // From the start and from just after every match, and from a few places between.
                var start = 0
                while start <= bytes.count {
                    let found = search.firstIndex(in: buffer, from: start)
                    #expect(found == Self.naiveFirstIndex(bytes, from: start, of: values))
                    let between = start + (found - start) / 2
                    #expect(search.firstIndex(in: buffer, from: between) == found)
                    start = found + 1
                }
            }
        }
    }

    @Test("ByteSetSearch with one value finds the bytes right above a match too")
    func adjacentMatches() {
        let bytes = Array("ab..cd.ef".utf8)
        let search = ByteSetSearch([UInt8(ascii: ".")])
        let found = bytes.withUnsafeBufferPointer { buffer in
            var positions: [Int] = []
            var index = search.firstIndex(in: buffer, from: 0)
            while index < buffer.count {
                positions.append(index)
                index = search.firstIndex(in: buffer, from: index + 1)
            }
            return positions
        }
        #expect(found == [2, 3, 6])
    }

    @Test("UTF8ScalarCount counts the code points of every slice", arguments: texts)
    func scalarCountAgreesWithSwift(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            for start in boundaries.prefix(40) {
                for end in boundaries where end >= start {
                    let expected = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.count
                    #expect(UTF8ScalarCount.scalars(in: buffer, from: start, to: end) == expected)
                }
            }
        }
    }

    @Test("UTF8ScalarCount's ASCII prefix ends at the first byte that is not ASCII", arguments: texts)
    func asciiPrefix(_ text: String) {
        // The text as it is, and with a non-ASCII letter at every place of its first 70 bytes.
        var variants = [Array(text.utf8)]
        for offset in 0..<min(70, text.utf8.count + 1) {
            variants.append(Array(text.utf8.prefix(offset)) + Array("é".utf8) + Array(text.utf8.dropFirst(offset)))
        }
        for bytes in variants {
            let expected = bytes.firstIndex { $0 >= 0x80 } ?? bytes.count
            #expect(bytes.withUnsafeBufferPointer { UTF8ScalarCount.asciiPrefixLength(of: $0) } == expected)
        }
    }

    @Test("WordKeyTable gives the lists of each abbreviation and nothing for other words")
    func abbreviationLists() throws {
        func lists(_ word: String) throws -> SentenceAbbreviations.Lists {
            SentenceAbbreviations.lists(holding: try #require(WordKey(Array(word.utf8))))
        }
        #expect(try lists("Fig") == .neverFinal)
        #expect(try lists("suppl") == [.neverFinal, .beforeNumber])
        #expect(try lists("No") == .beforeNumber)
        #expect(try lists("al") == .finalBeforeStarter)
        #expect(try lists("Ph.D") == .finalBeforeStarter)
        #expect(try lists("cells").isEmpty)
        #expect(try lists("growth").isEmpty)
        for key in SentenceAbbreviations.neverFinal {
            #expect(SentenceAbbreviations.lists(holding: key).contains(.neverFinal))
        }
        for key in SentenceAbbreviations.beforeNumber {
            #expect(SentenceAbbreviations.lists(holding: key).contains(.beforeNumber))
        }
        for key in SentenceAbbreviations.finalBeforeStarter {
            #expect(SentenceAbbreviations.lists(holding: key).contains(.finalBeforeStarter))
        }
        for key in SentenceAbbreviations.starters
        where !SentenceAbbreviations.neverFinal.contains(key) && !SentenceAbbreviations.beforeNumber.contains(key)
            && !SentenceAbbreviations.finalBeforeStarter.contains(key)
        {
            #expect(SentenceAbbreviations.lists(holding: key).isEmpty)
        }
    }
}
