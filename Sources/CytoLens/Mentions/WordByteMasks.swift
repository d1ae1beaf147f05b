/// Two bits for every byte of a text, computed sixteen bytes at a time: whether the byte is an
/// ASCII separator (not a letter, digit or `_`), and whether it is unusual in a word (`_`, or not
/// ASCII). ``ScannedText`` finds its word runs from these instead of looking every byte up: most
/// runs are a stretch of bytes between two separators with no unusual byte.
///
/// The bits are exact; the vector code only counts them differently. A byte `x` is below `c`
/// (for `c` at most 128) when the top bit of `(x - c) & ~x` is set, with no borrow between lanes,
/// and the top bits of eight lanes are gathered into one byte by a multiplication.
struct WordByteMasks {
    /// Per 64 bytes, the separator bits then the unusual bits; bit `i % 64` is byte `i`. Bytes at
    /// and past the end of the text count as separators, so a search for one always ends.
    fileprivate let words: UnsafeMutableBufferPointer<UInt64>
    /// The number of bytes.
    let count: Int
    /// The number of 64-byte blocks, one more than the full ones.
    fileprivate let blocks: Int

    /// Runs `body` with the bits of a text, kept in a temporary allocation (on the stack for most
    /// passages) for the duration of the call.
    static func withMasks<Result>(of bytes: UnsafeBufferPointer<UInt8>, _ body: (WordByteMasks) -> Result) -> Result {
        let blocks = bytes.count / 64 + 1
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * blocks) { words in
            body(WordByteMasks(bytes, words: words))
        }
    }

    /// Computes the bits of a text into `words` (two for every 64 bytes and one more pair).
    private init(_ bytes: UnsafeBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<UInt64>) {
        count = bytes.count
        blocks = count / 64 + 1
        self.words = words
        var block = 0
        if let base = bytes.baseAddress {
            while (block + 1) * 64 <= count {
                store(UnsafeRawPointer(base + block * 64), block: block)
                block += 1
            }
        }
        // The last, partial block is read from a copy padded with NUL bytes (separators).
        var tail = SIMD64<UInt8>.zero
        withUnsafeMutableBytes(of: &tail) { padded in
            let rest = count - block * 64
            if rest > 0, let base = bytes.baseAddress {
                padded.copyMemory(from: UnsafeRawBufferPointer(start: base + block * 64, count: rest))
            }
            store(UnsafeRawPointer(padded.baseAddress!), block: block)
        }
    }

    /// At least the number of word runs of the text: a stretch is one run, or more when
    /// non-ASCII separators split it, each made of two or more unusual bytes.
    var runBound: Int {
        var stretches = 0
        var unusual = 0
        var previousIsSeparator: UInt64 = 1
        for block in 0..<blocks {
            let separators = words[2 &* block]
            stretches &+= (~separators & (separators &<< 1 | previousIsSeparator)).nonzeroBitCount
            previousIsSeparator = separators &>> 63
            unusual &+= words[2 &* block &+ 1].nonzeroBitCount
        }
        return stretches + unusual / 2
    }

    /// Classifies the 64 bytes at `raw` as block `block`.
    @inline(__always)
    private func store(_ raw: UnsafeRawPointer, block: Int) {
        var separators: UInt64 = 0
        var unusual: UInt64 = 0
        for chunk in 0..<4 {
            let (chunkSeparators, chunkUnusual) = Self.classify(
                raw.loadUnaligned(fromByteOffset: chunk * 16, as: SIMD16<UInt8>.self))
            separators |= chunkSeparators << UInt64(chunk * 16)
            unusual |= chunkUnusual << UInt64(chunk * 16)
        }
        words[2 * block] = separators
        words[2 * block + 1] = unusual
    }

    /// The separator and unusual bits of sixteen bytes.
    @inline(__always)
    private static func classify(_ bytes: SIMD16<UInt8>) -> (UInt64, UInt64) {
        let folded = bytes | SIMD16(repeating: 0x20)
        let letter = below(folded &- SIMD16(repeating: UInt8(ascii: "a")), 26)
        let digit = below(bytes &- SIMD16(repeating: UInt8(ascii: "0")), 10)
        let underscore = below(bytes ^ SIMD16(repeating: UInt8(ascii: "_")), 1)
        let unusual = underscore | bytes
        return (topBits(~(letter | digit | unusual)), topBits(unusual))
    }

    /// Lanes whose top bit says `x < limit` (for `limit` at most 128).
    @inline(__always)
    private static func below(_ x: SIMD16<UInt8>, _ limit: UInt8) -> SIMD16<UInt8> {
        (x &- SIMD16(repeating: limit)) & ~x
    }

    /// The top bit of each lane, lane `i` as bit `i`.
    @inline(__always)
    private static func topBits(_ lanes: SIMD16<UInt8>) -> UInt64 {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        // Top bit of byte i times 2^(7j) lands on bit 56 + i for j = 7 - i; nothing else reaches 56...63.
        let gather: UInt64 = 0x0002_0408_1020_4081
        let low = ((UInt64(littleEndian: halves[0]) & 0x8080_8080_8080_8080) &* gather) &>> 56
        let high = ((UInt64(littleEndian: halves[1]) & 0x8080_8080_8080_8080) &* gather) &>> 56
        return low | high &<< 8
    }

    /// The stretches of bytes between ASCII separators, in order.
    func stretches() -> Stretches {
        Stretches(masks: self)
    }

    /// A stretch of bytes between two ASCII separators (or the ends of the text).
    struct Stretch {
        /// The first byte.
        let start: Int
        /// The separator after the last byte.
        let end: Int
        /// Whether a byte is `_` or not ASCII.
        let hasUnusualByte: Bool
    }

    /// Iterates over the stretches block by block.
    ///
    /// A stretch starts at a non-separator after a separator and ends at the next separator, so
    /// each block's starts and ends are two bit masks, taken lowest first; a stretch open at the
    /// end of a block goes on in the next (the last block ends in padding, a separator).
    struct Stretches: IteratorProtocol {
        private let masks: WordByteMasks
        private var block = -1
        private var base = 0
        private var unusual: UInt64 = 0
        private var starts: UInt64 = 0
        private var ends: UInt64 = 0
        /// The start of the stretch in progress, or -1.
        private var open = -1
        /// Whether the stretch in progress had an unusual byte in an earlier block.
        private var openIsUnusual = false

        fileprivate init(masks: WordByteMasks) {
            self.masks = masks
        }

        /// The next stretch, or nil after the last.
        @inline(__always)
        mutating func next() -> Stretch? {
            while true {
                if open >= 0 {
                    if ends != 0 {
                        let end = ends.trailingZeroBitCount
                        ends &= ends &- 1
                        var isUnusual = openIsUnusual
                        if unusual != 0 {
                            // The stretch's bits in this block: from its start (or the block's) to its end.
                            let inBlock = (~0 &<< UInt64(max(open &- base, 0))) & ~(~0 &<< UInt64(end))
                            isUnusual = isUnusual || unusual & inBlock != 0
                        }
                        let start = open
                        open = -1
                        return Stretch(start: start, end: base &+ end, hasUnusualByte: isUnusual)
                    }
                } else if starts != 0 {
                    open = base &+ starts.trailingZeroBitCount
                    starts &= starts &- 1
                    openIsUnusual = false
                    continue
                }
                if open >= 0, unusual & (~0 &<< UInt64(max(open &- base, 0))) != 0 { openIsUnusual = true }
                block &+= 1
                guard block < masks.blocks else { return nil }
                base = block &<< 6
                let separators = masks.words[2 &* block]
                unusual = masks.words[2 &* block &+ 1]
                let previousIsSeparator = separators &<< 1 | (open < 0 ? 1 : 0)
                starts = ~separators & previousIsSeparator
                ends = separators & ~previousIsSeparator
            }
        }
    }
}
