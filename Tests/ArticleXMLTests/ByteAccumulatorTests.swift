import Testing

@testable import ArticleXML

@Suite("Byte accumulator")
struct ByteAccumulatorTests {
    @Test("Appends across many growths, strings and truncation hold the same bytes as an array")
    func matchesArray() {
        var accumulator = ByteAccumulator(capacity: 4)
        defer { accumulator.deallocate() }
        var expected: [UInt8] = []
        for step in 0..<2_000 {
            let chunk = (0..<(step % 37)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ step) }
            chunk.withUnsafeBufferPointer { accumulator.append($0) }
            expected += chunk
            if step % 5 == 0 {
                accumulator.append("IL-\u{3B2}")
                expected += Array("IL-\u{3B2}".utf8)
            }
            if step % 97 == 0 {
                accumulator.truncate(to: expected.count / 2)
                expected.removeSubrange((expected.count / 2)...)
            }
            #expect(accumulator.count == expected.count)
        }
        #expect(accumulator.bytes == expected)
    }
}
