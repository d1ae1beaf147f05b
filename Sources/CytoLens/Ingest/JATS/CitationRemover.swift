/// Removes citation labels from running text together with the brackets and separators around
/// them, so that no orphan `[,]`, `()` or `–` is left behind.
///
/// Citations next to each other with only separators between them (`,` `;` dashes, brackets,
/// white space) form one run: `[1,2]`, `[1]–[3]`, `(1, 2)`, superscript `1,2`,
/// `(Smith et al., 2010; Jones, 2011)`. A run is then removed as follows:
/// - inside its own brackets (`see [1, 2].`): the brackets go too, and the space before them
///   when punctuation follows (`see.`);
/// - first of several items in brackets (`(Smith, 2010; see Methods)`): the run and its
///   separator go (`(see Methods)`);
/// - last of several items (`(Fig. 1; Smith, 2010)`): the separator before it goes (`(Fig. 1)`);
/// - an author–year citation read as part of the sentence (`Smith et al. (2010) showed`) is kept,
///   since removing it would leave a sentence without its subject;
/// - any other numeric run (`cells 1,2.`, `cells [1].` with brackets inside the label) goes with
///   the space before it (`cells.`).
enum CitationRemover {
    /// The UTF-8 text `bytes` without the citation labels at `ranges` (offsets into `bytes`).
    static func removing(_ ranges: [Range<Int>], from bytes: [UInt8]) -> [UInt8] {
        var cuts: [Range<Int>] = []
        for run in runs(of: ranges, in: bytes) {
            if let cut = cut(for: run, in: bytes) { cuts.append(cut) }
        }
        guard !cuts.isEmpty else { return bytes }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var position = 0
        for cut in cuts {
            if cut.lowerBound > position { kept.append(contentsOf: bytes[position..<cut.lowerBound]) }
            position = max(position, cut.upperBound)
        }
        if position < bytes.count { kept.append(contentsOf: bytes[position...]) }
        return kept
    }

    /// One run of adjacent citations: where it starts and ends, and whether any label has words.
    private struct Run {
        var range: Range<Int>
        var hasWords: Bool
    }

    private static func runs(of ranges: [Range<Int>], in bytes: [UInt8]) -> [Run] {
        var result: [Run] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let words = hasWord(bytes[range])
            if let last = result.last,
                range.lowerBound <= last.range.upperBound
                    || onlySeparators(bytes, last.range.upperBound..<range.lowerBound)
            {
                result[result.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, range.upperBound)
                result[result.count - 1].hasWords = last.hasWords || words
            } else {
                result.append(Run(range: range, hasWords: words))
            }
        }
        return result
    }

    private static func cut(for run: Run, in bytes: [UInt8]) -> Range<Int>? {
        var core = run.range
        let left = skippingSpace(backwardFrom: core.lowerBound, in: bytes)
        let right = skippingSpace(forwardFrom: core.upperBound, in: bytes)
        let before = left > 0 ? bytes[left - 1] : nil
        let after = right < bytes.count ? bytes[right] : nil
        switch (before, after) {
        case (UInt8(ascii: "[")?, UInt8(ascii: "]")?), (UInt8(ascii: "(")?, UInt8(ascii: ")")?):
            // The run fills its brackets: they go with it.
            core = (left - 1)..<(right + 1)
        case (UInt8(ascii: "[")?, UInt8(ascii: ";")?), (UInt8(ascii: "[")?, UInt8(ascii: ",")?),
            (UInt8(ascii: "(")?, UInt8(ascii: ";")?), (UInt8(ascii: "(")?, UInt8(ascii: ",")?):
            // First item in brackets: the run and its separator go, the bracket stays.
            return left..<skippingSpace(forwardFrom: right + 1, in: bytes)
        default:
            let closesBracket = after == UInt8(ascii: ")") || after == UInt8(ascii: "]")
            let isListed = before == UInt8(ascii: ";") || before == UInt8(ascii: ",")
            // An author-year citation that is not a bracketed aside is part of the sentence.
            if run.hasWords && !(isListed && closesBracket) { return nil }
        }
        let outerLeft = skippingSpace(backwardFrom: core.lowerBound, in: bytes)
        let outerRight = skippingSpace(forwardFrom: core.upperBound, in: bytes)
        let previous = outerLeft > 0 ? bytes[outerLeft - 1] : nil
        let next = outerRight < bytes.count ? bytes[outerRight] : nil
        let nextCloses = next.map(isClosingPunctuation) ?? true
        if let previous, previous == UInt8(ascii: ";") || previous == UInt8(ascii: ","), nextCloses {
            // Last item of a list: its separator goes too (`(Fig. 1; [2])` → `(Fig. 1)`).
            return (outerLeft - 1)..<outerRight
        }
        // Punctuation follows: no space is left before it (`cells [1].` → `cells.`).
        return outerLeft..<(nextCloses ? outerRight : core.upperBound)
    }

    private static func skippingSpace(backwardFrom index: Int, in bytes: [UInt8]) -> Int {
        var i = index
        while let width = whiteSpaceWidth(before: i, in: bytes) { i -= width }
        return i
    }

    private static func skippingSpace(forwardFrom index: Int, in bytes: [UInt8]) -> Int {
        var i = index
        while let width = whiteSpaceWidth(at: i, in: bytes) { i += width }
        return i
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"):
            true
        default:
            false
        }
    }

    /// Whether a label has two letters in a row, as author–year citations do and numbers do not.
    private static func hasWord(_ label: ArraySlice<UInt8>) -> Bool {
        var previousIsLetter = false
        for byte in label {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if isLetter && previousIsLetter { return true }
            previousIsLetter = isLetter
        }
        return false
    }

    private static func onlySeparators(_ bytes: [UInt8], _ gap: Range<Int>) -> Bool {
        var i = gap.lowerBound
        while i < gap.upperBound {
            guard let width = separatorWidth(at: i, in: bytes) else { return false }
            i += width
        }
        return true
    }

    /// The byte length of the separator (white space, `,` `;` `[` `]`, a hyphen or dash) at `i`.
    private static func separatorWidth(at i: Int, in bytes: [UInt8]) -> Int? {
        if let width = whiteSpaceWidth(at: i, in: bytes) { return width }
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "]"):
            return 1
        case 0xE2 where i + 2 < bytes.count:
            // U+2010...U+2015 (hyphens and dashes), U+2212 (minus sign).
            if bytes[i + 1] == 0x80 && (0x90...0x95).contains(bytes[i + 2]) { return 3 }
            if bytes[i + 1] == 0x88 && bytes[i + 2] == 0x92 { return 3 }
            return nil
        default:
            return nil
        }
    }

    /// The byte length of the white space character at `i` (ASCII, no-break and Unicode spaces).
    private static func whiteSpaceWidth(at i: Int, in bytes: [UInt8]) -> Int? {
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80:
            return (0x80...0x8B).contains(bytes[i + 2]) || bytes[i + 2] == 0xAF ? 3 : nil
        default: return nil
        }
    }

    /// The byte length of the white space character that ends just before `i`.
    private static func whiteSpaceWidth(before i: Int, in bytes: [UInt8]) -> Int? {
        if i >= 1, let width = whiteSpaceWidth(at: i - 1, in: bytes), width == 1 { return 1 }
        if i >= 2, whiteSpaceWidth(at: i - 2, in: bytes) == 2 { return 2 }
        if i >= 3, whiteSpaceWidth(at: i - 3, in: bytes) == 3 { return 3 }
        return nil
    }
}
