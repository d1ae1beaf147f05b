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
        var offset = 0
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
