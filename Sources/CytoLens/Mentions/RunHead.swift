/// The first eight case-key bytes of a word run, read as one machine word: what the matcher's
/// first test of every run needs, computed without a branch on the run's length or letters.
///
/// - ``shortKey`` is the key of the first `min(count, 8)` bytes, packed and lower-cased as
///   ``ShortKeyNodes/packedKey(caseKey:count:readable:)`` packs it, so short and long runs take
///   the same path to the look-up.
/// - ``mayHavePrefix`` is ``NameMatcher/mayHavePrefix(_:_:)`` for case keys (ASCII letters and
///   digits): the first byte is `r`, `h`, `m` or `s` and a capital follows within the next three
///   bytes (but before the last two of the run). A run of English text starts with one of
///   these letters about one time in five, so testing the letter first is a branch the
///   processor often guesses wrong; here the capitals are found with bit arithmetic and tested
///   first, and the letter only for the few runs with an early capital.
struct RunHead {
    /// The bytes, the first in the lowest byte; those past the run are not the run's.
    private let word: UInt64
    /// The number of case-key bytes of the run (at least 1).
    let count: Int

    /// Reads the head of a run of `count` (at least 1) case-key bytes at `caseKey`; `readable`
    /// bytes from `caseKey` on may be read.
    @inline(__always)
    init(caseKey: UnsafePointer<UInt8>, count: Int, readable: Int) {
        self.count = count
        if readable >= 8 {
            word = UInt64(littleEndian: UnsafeRawPointer(caseKey).loadUnaligned(as: UInt64.self))
        } else {
            var word: UInt64 = 0
            for index in 0..<min(count, 8) { word |= UInt64(caseKey[index]) << UInt64(8 * index) }
            self.word = word
        }
    }

    /// The key of the first `min(count, 8)` bytes, lower-cased and packed little-endian.
    @inline(__always)
    var shortKey: UInt64 {
        let length = UInt64(truncatingIfNeeded: min(count, ShortKeyNodes.maximumLength))
        let kept = ~UInt64(0) &>> (64 &- 8 &* length)
        return (word | 0x2020_2020_2020_2020) & kept
    }

    /// Whether the run starts with `r`, `h`, `m` or `s` and has a capital letter among its bytes
    /// 1 to `min(3, count - 2)`.
    ///
    /// Case-key bytes are ASCII letters and digits: among them a capital is the byte whose bit 6
    /// is set and bit 5 clear, and a letter is one whose bit 6 is set. Bytes past the run are
    /// masked out.
    @inline(__always)
    var mayHavePrefix: Bool {
        // Bytes 1 through min(3, count - 2), that is bytes 1 up to min(count - 1, 4) exclusive.
        let before = UInt64(truncatingIfNeeded: min(count &- 1, 4))
        let window = ((1 &<< (8 &* before)) &- 1) & ~UInt64(0xFF)
        let capitals = word & ~(word &<< 1) & 0x4040_4040_4040_4040 & window
        // Tested first: a capital so early in a run is rare ("TNF", "mRNA"), so the branch is
        // mostly guessed right, while one run in five starts with r, h, m or s. (Written as one
        // expression, the compiler splits it into two branches in its own order.)
        guard capitals != 0 else { return false }
        // The first byte, a letter whose low six bits name r (0x72), h (0x68), m (0x6D) or s (0x73).
        let first = word & 0xFF
        let prefixLetters: UInt64 = 1 << 0x32 | 1 << 0x28 | 1 << 0x2D | 1 << 0x33
        return (prefixLetters &>> (first & 0x3F)) & (first &>> 6) & 1 != 0
    }
}
