/// Counts the Unicode scalars of valid UTF-8 eight bytes at a time.
///
/// Offsets in cytolens count code points, while the scanners work on bytes: converting a byte
/// offset means counting the bytes that start a scalar, that is the bytes that are not
/// continuation bytes (`10xxxxxx`). A continuation byte is one whose top bit is set and whose
/// next bit is clear; shifting a word left by one puts each byte's second bit under its top bit,
/// so an AND-NOT marks the eight bytes of a word at once. The marks are added up per byte lane
/// (at most 255 words, so that no lane overflows) and the lanes summed at the end of each block,
/// which needs no population-count instruction.
enum UTF8ScalarCount {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let evenLanes: UInt64 = 0x00FF_00FF_00FF_00FF

    /// The number of scalars that start in `bytes[start..<end]`.
    static func scalars(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        precondition(0 <= start && start <= end && end <= bytes.count)
        var index = start
        var continuations = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                // One block: a count per byte lane, each at most 255.
                var lanes: UInt64 = 0
                var words = 0
                while words < 255, index + 8 <= end {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    lanes &+= (word & ~(word << 1) & highBits) >> 7
                    index += 8
                    words += 1
                }
                // Pairs of lanes into 16-bit lanes (at most 510 each), then all four summed.
                let pairs = (lanes & evenLanes) &+ ((lanes >> 8) & evenLanes)
                continuations += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
            }
        }
        while index < end {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - start - continuations
    }

    /// The number of bytes before the first byte that is not ASCII (all of them when every byte
    /// is), found eight bytes at a time: up to there a byte offset is also a code point offset.
    static func asciiPrefixLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & highBits
                if high != 0 { return index + high.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }
}
