/// A text's UTF-8 bytes, cut by code point offsets (the offsets sentences and mentions use).
///
/// ``ClaimAnnotator`` cuts each sentence out of its passage; copying the bytes between two offsets
/// gives the same string as collecting the code points between them, without appending one code
/// point at a time.
struct ScalarIndexedText {
    private let bytes: [UInt8]
    /// The byte offset of each code point, then the byte count; empty for ASCII text, where a code
    /// point offset is a byte offset.
    private let starts: [Int]
    /// The number of code points.
    let scalarCount: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts: [Int] = []
        if bytes.contains(where: { $0 >= 0x80 }) {
            starts.reserveCapacity(bytes.count + 1)
            for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(index) }
            scalarCount = starts.count
            starts.append(bytes.count)
        } else {
            scalarCount = bytes.count
        }
        self.starts = starts
    }

    /// The text between two code point offsets (`0...scalarCount`).
    func text(_ range: Range<Int>) -> String {
        let lower = starts.isEmpty ? range.lowerBound : starts[range.lowerBound]
        let upper = starts.isEmpty ? range.upperBound : starts[range.upperBound]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lower..<upper]), as: UTF8.self) }
    }
}
