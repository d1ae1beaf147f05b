/// Whether a run of ASCII letters and digits holds the first four letters of a Greek letter's
/// name or of "tumour", in either case: the plain runs whose case key ``NameKey`` rewrites
/// ("TNFalpha", "IL1beta", "tumour"), the same answer as ``NameKey/holdsGreekWordStart(_:)``.
///
/// Every word of four letters or more is asked, so each position costs one hashed look-up: the
/// eleven packed starts (``NameKey/wordStarts``) sit in distinct slots of a 32-slot table, and
/// the four bytes at a position, lower-cased, either equal their slot's value or start no word.
struct GreekWordStarts {
    /// Spreads the eleven packed starts over distinct slots (checked when the table is built).
    private static let multiplier: UInt32 = 0x9E37_79BB

    /// The packed start in each slot, 0 (no four letters pack to it) in the others.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 32)
        for start in NameKey.wordStarts {
            let slot = Self.slot(of: start)
            precondition(table[slot] == 0, "two Greek word starts share a slot")
            table[slot] = start
        }
        return table
    }()

    /// ``table`` in place.
    private let slots: UnsafePointer<UInt32>

    /// Runs `body` with a finder over the table.
    static func withFinder<Result>(_ body: (GreekWordStarts) -> Result) -> Result {
        table.withUnsafeBufferPointer { body(GreekWordStarts(slots: $0.baseAddress!)) }
    }

    @inline(__always)
    private static func slot(of packed: UInt32) -> Int {
        Int(truncatingIfNeeded: (packed &* multiplier) &>> 27)
    }

    /// Whether the `count` bytes at `run` (ASCII letters and digits) hold a start.
    @inline(__always)
    func occur(in run: UnsafeRawPointer, count: Int) -> Bool {
        occur(in: run, count: count, from: 0)
    }

    /// Whether the `count` bytes at `run` (ASCII letters and digits) hold a start; `readable`
    /// bytes from `run` on may be read. The same answer as ``occur(in:count:)``.
    ///
    /// With eight bytes to read, the first five positions are looked up from one load with no
    /// branch between them, so that a word of up to eight letters costs one branch, almost never
    /// taken, instead of a loop whose length the processor must guess. The positions whose four
    /// bytes reach past the run (from `count - 3` on) are masked out.
    @inline(__always)
    func occur(in run: UnsafeRawPointer, count: Int, readable: Int) -> Bool {
        guard readable >= 8 else { return occur(in: run, count: count, from: 0) }
        let word = UInt64(littleEndian: run.loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
        let hits =
            hit(UInt32(truncatingIfNeeded: word)) | hit(UInt32(truncatingIfNeeded: word &>> 8)) &<< 1
            | hit(UInt32(truncatingIfNeeded: word &>> 16)) &<< 2 | hit(UInt32(truncatingIfNeeded: word &>> 24)) &<< 3
            | hit(UInt32(truncatingIfNeeded: word &>> 32)) &<< 4
        let positions = UInt32(truncatingIfNeeded: min(max(count &- 3, 0), 5))
        if hits & ((1 &<< positions) &- 1) != 0 { return true }
        return count > 8 && occur(in: run, count: count, from: 5)
    }

    /// 1 when four lower-cased bytes are a start, else 0.
    @inline(__always)
    private func hit(_ packed: UInt32) -> UInt32 {
        slots[Self.slot(of: packed)] == packed ? 1 : 0
    }

    /// Whether a start begins at a position from `first` on of the `count` bytes at `run`, one
    /// position at a time.
    @inline(__always)
    private func occur(in run: UnsafeRawPointer, count: Int, from first: Int) -> Bool {
        var offset = first
        let last = count &- 4
        while offset <= last {
            // Or-ing 0x20 lower-cases letters and keeps digits, which match no start.
            let packed = UInt32(littleEndian: run.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) | 0x2020_2020
            if slots[Self.slot(of: packed)] == packed { return true }
            offset &+= 1
        }
        return false
    }
}
