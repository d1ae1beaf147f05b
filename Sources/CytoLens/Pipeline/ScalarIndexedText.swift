/// A text's UTF-8 bytes, cut by code point offsets (the offsets sentences and mentions use).
///
/// ``ClaimAnnotator`` cuts each sentence out of its passage; copying the bytes between two offsets
/// gives the same string as collecting the code points between them, without appending one code
/// point at a time. In ASCII text a code point offset is a byte offset; in other text the byte
/// offset of every 64th code point is kept, and an offset is found from the one before it.
struct ScalarIndexedText {
    /// The text, whose native UTF-8 storage is read in place (no copy of its bytes).
    private let string: String
    /// The byte offset of code point `64 * i` at `i`; empty for ASCII text.
    private let checkpoints: [Int]
    /// The number of code points.
    let scalarCount: Int

    private static let stride = 64

    init(_ text: String) {
        var string = text
        (checkpoints, scalarCount) = string.withUTF8 { bytes -> ([Int], Int) in
            guard bytes.contains(where: { $0 >= 0x80 }) else { return ([], bytes.count) }
            var checkpoints: [Int] = []
            checkpoints.reserveCapacity(bytes.count / ScalarIndexedText.stride + 1)
            var scalar = 0
            for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
                if scalar % ScalarIndexedText.stride == 0 { checkpoints.append(index) }
                scalar += 1
            }
            return (checkpoints, scalar)
        }
        self.string = string
    }

    /// The byte offset of code point `scalar` (`0...scalarCount`) in `bytes`, the text's UTF-8.
    private func byteOffset(of scalar: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
        var string = string
        return string.withUTF8 { bytes in
            let lower = byteOffset(of: range.lowerBound, in: bytes)
            let upper = byteOffset(of: range.upperBound, in: bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }
    }
}
