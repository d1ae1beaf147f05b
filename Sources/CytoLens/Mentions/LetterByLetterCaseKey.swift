/// The case key of a word run written letter by letter into the scanner's buffer of special keys,
/// for the runs whose key needs no rewriting beyond each character's own case byte: "1β",
/// "IFNγ", "TNFα" (an ASCII letter or digit keys to itself, a Greek letter to its Latin
/// stand-in), with no `_` or other non-ASCII letter (silent characters) and no Greek word or
/// "tumour" spelled out in the key. For such a run ``NameKey/caseKey(ofRun:)`` gives the same
/// bytes, but builds them in arrays of its own; the other runs go to it.
enum LetterByLetterCaseKey {
    /// Appends the case key of `run` (the bytes of one word run) to `keys` and returns true, or
    /// appends nothing and returns false when the run needs ``NameKey/caseKey(ofRun:)``.
    @inline(__always)
    static func append(_ run: UnsafeBufferPointer<UInt8>, to keys: inout [UInt8], greekStarts: GreekWordStarts) -> Bool {
        let mark = keys.count
        var index = 0
        while index < run.count {
            let byte = run[index]
            if byte < 0x80 {
                // A letter or a digit keys to itself; `_` is silent.
                guard byte != UInt8(ascii: "_") else { return undo(&keys, to: mark) }
                keys.append(byte)
                index += 1
                continue
            }
            let (scalar, length) = ScannedText.decode(run, at: index)
            guard let latin = NameKey.greekStandIn(scalar.value) else { return undo(&keys, to: mark) }
            keys.append(latin)
            index += length
        }
        // "IL1βeta", "TNFαlpha": a Greek word in the key is rewritten again.
        let added = keys.count - mark
        if added >= 4, keys.withUnsafeBufferPointer({ greekStarts.occur(in: $0.baseAddress! + mark, count: added) }) {
            return undo(&keys, to: mark)
        }
        return true
    }

    /// Removes what was appended from `mark` on; false.
    private static func undo(_ keys: inout [UInt8], to mark: Int) -> Bool {
        keys.removeSubrange(mark...)
        return false
    }
}
