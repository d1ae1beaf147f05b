/// A text's UTF-8 bytes, cut by code point offsets (the offsets sentences and mentions use).
///
/// ``ClaimAnnotator`` cuts each sentence out of its passage; copying the bytes between two offsets
/// gives the same string as collecting the code points between them, without appending one code
/// point at a time. In ASCII text a code point offset is a byte offset; in other text the byte
/// offset of every 64th code point is kept, and an offset is found from the one before it.
struct ScalarIndexedText {
    private let bytes: [UInt8]
    /// The byte offset of code point `64 * i` at `i`; empty for ASCII text.
    private let checkpoints: [Int]
    /// The number of code points.
    let scalarCount: Int

    private static let stride = 64

    init(_ text: String) {
        bytes = Array(text.utf8)
        var checkpoints: [Int] = []
        if bytes.contains(where: { $0 >= 0x80 }) {
            checkpoints.reserveCapacity(bytes.count / ScalarIndexedText.stride + 1)
            var scalar = 0
            for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if scalar % ScalarIndexedText.stride == 0 { checkpoints.append(index) }
                scalar += 1
            }
            scalarCount = scalar
        } else {
            scalarCount = bytes.count
        }
        self.checkpoints = checkpoints
    }

    /// The byte offset of code point `scalar` (`0...scalarCount`).
    private func byteOffset(of scalar: Int) -> Int {
        if checkpoints.isEmpty { return scalar }  // ASCII: one byte per code point
        if scalar == scalarCount { return bytes.count }
        var offset = checkpoints[scalar / ScalarIndexedText.stride]
        for _ in 0..<(scalar % ScalarIndexedText.stride) {
            offset += 1
            while bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        return offset
    }

    /// The text between two code point offsets (`0...scalarCount`).
    func text(_ range: Range<Int>) -> String {
        let lower = byteOffset(of: range.lowerBound)
        let upper = byteOffset(of: range.upperBound)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lower..<upper]), as: UTF8.self) }
    }
}
