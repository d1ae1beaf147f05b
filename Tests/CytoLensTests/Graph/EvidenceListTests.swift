import CytoLens
import Testing

@Suite("Capped evidence lists")
struct EvidenceListTests {
    static func record(score: Int, document: String, start: Int) -> EvidenceRecord {
        EvidenceRecord(
            score: score, document: document, source: "s", section: [], sentence: start, start: start, end: start + 5,
            text: "t\(start)")
    }

    @Test("The order is score, then document, then offset")
    func order() {
        let records = [
            Self.record(score: 1, document: "PMID:2", start: 0), Self.record(score: 4, document: "PMID:9", start: 50),
            Self.record(score: 4, document: "PMID:10", start: 7), Self.record(score: 4, document: "PMID:10", start: 3),
        ]
        let list = EvidenceList(records, limit: 10)
        #expect(
            list.records.map { "\($0.score) \($0.document) \($0.start)" } == [
                "4 PMID:10 3", "4 PMID:10 7", "4 PMID:9 50", "1 PMID:2 0",
            ])
    }

    @Test("Top N of a union equals top N of the merged top Ns, in any grouping", arguments: [1, 2, 3, 4, 5])
    func topNOfUnion(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let all = (0..<60).map { i in
            Self.record(
                score: Int.random(in: 0...6, using: &random), document: "PMID:\(Int.random(in: 1...9, using: &random))", start: i)
        }
        for limit in [0, 1, 3, 7] {
            let expected = EvidenceList(all, limit: limit)
            var merged = EvidenceList()
            var insertedOneByOne = EvidenceList()
            for chunk in all.shuffled(using: &random).chunked(by: Int.random(in: 1...9, using: &random)) {
                merged.merge(EvidenceList(chunk, limit: limit), limit: limit)
            }
            for record in all.shuffled(using: &random) { insertedOneByOne.insert(record, limit: limit) }
            #expect(merged == expected)
            #expect(insertedOneByOne == expected)
        }
    }
}

extension Array {
    /// The array cut into runs of `size` elements (the last may be shorter).
    func chunked(by size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: Swift.max(size, 1)).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
