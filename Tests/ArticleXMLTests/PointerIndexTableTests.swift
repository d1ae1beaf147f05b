import Testing

@testable import ArticleXML

@Suite("Pointer index table")
struct PointerIndexTableTests {
    @Test("Each pointer keeps the index first made for it, through many growths")
    func keepsIndices() {
        let block = UnsafeMutableRawPointer.allocate(byteCount: 40_000, alignment: 16)
        defer { block.deallocate() }
        var table = PointerIndexTable()
        var made = 0
        // Pointers 8 and 16 bytes apart, as dictionary strings are, looked up twice each.
        for round in 0..<2 {
            for offset in stride(from: 0, to: 40_000, by: 8) {
                let index = table.index(of: UnsafeRawPointer(block + offset)) {
                    made += 1
                    return Int32(offset / 8)
                }
                #expect(index == Int32(offset / 8))
            }
            #expect(made == 5_000, "round \(round)")
        }
    }
}
