/// A short form defined in the text with its long form: "leukemia inhibitory factor (LIF)" or
/// "LIF (leaky integrate-and-fire)". Offsets are UTF-8 offsets into the passage.
struct AbbreviationDefinition: Sendable, Hashable {
    /// The short form.
    var short: Range<Int>
    /// The long form.
    var long: Range<Int>
}

/// Finds abbreviation definitions with the Schwartz–Hearst algorithm (Schwartz and Hearst 2003,
/// "A simple algorithm for identifying abbreviation definitions in biomedical text"): a
/// parenthesis holds either the short form, whose letters must appear in order in the words
/// before it, the first one starting a word, or the long form after a short form.
enum AbbreviationFinder {
    /// The definitions in one passage that can matter to the names found in it, in order: a
    /// bracket is read only when a name ends just before it or starts inside it.
    static func definitions(in text: ScannedText, near matches: [NameMatch]) -> [AbbreviationDefinition] {
        guard !matches.isEmpty else { return [] }
        let ends = Set(matches.map(\.end))
        let starts = matches.map(\.start).sorted()
        var result: [AbbreviationDefinition] = []
        let bytes = text.bytes
        let openBrackets = Self.openBrackets
        var index = 0
        while case let open = bytes.withUnsafeBufferPointer({ openBrackets.firstIndex(in: $0, from: index) }),
            open < bytes.count
        {
            index = open + 1
            guard let close = closingBracket(in: bytes, after: open) else { continue }
            var before = open
            while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
            let firstInside = firstIndex(in: starts, after: open)
            guard ends.contains(before) || (firstInside < starts.count && starts[firstInside] < close) else { continue }
            // "interleukin (IL)-6", "(TNF)α": the bracket is part of a name, not a definition.
            if close + 1 < bytes.count {
                let (after, _) = text.scalar(at: close + 1)
                if NameKey.classify(after) != .separator || Separators.role(after) == .hyphen { continue }
            }
            var inner = trimmed(bytes, open + 1..<close)
            if let cut = (inner.lowerBound..<inner.upperBound).first(where: { bytes[$0] == 0x3B || bytes[$0] == 0x2C }) {
                inner = trimmed(bytes, inner.lowerBound..<cut)
            }
            guard !inner.isEmpty else { continue }
            let innerScalars = scalars(text, inner)
            let innerWords = wordCount(innerScalars.map(\.scalar))
            if innerWords <= 2, isShortForm(innerScalars.map(\.scalar)) {
                let before = precedingWords(text, before: open, count: min(innerScalars.count + 5, innerScalars.count * 2))
                if let long = longForm(short: innerScalars.map(\.scalar), candidates: before, in: text) {
                    result.append(AbbreviationDefinition(short: inner, long: long))
                }
            } else if innerWords >= 2 {
                let word = precedingWords(text, before: open, count: 1)
                let shortScalars = word.map(\.scalar)
                guard let first = word.first, let last = word.last, isShortForm(shortScalars),
                    innerWords <= min(shortScalars.count + 5, shortScalars.count * 2)
                else { continue }
                if let long = longForm(short: shortScalars, candidates: innerScalars, in: text), long == inner {
                    result.append(AbbreviationDefinition(short: first.offset..<(last.offset + last.length), long: long))
                }
            }
        }
        return result
    }

    /// The index of the first value greater than `value` in a sorted array.
    private static func firstIndex(in sorted: [Int], after value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private typealias Located = (scalar: Unicode.Scalar, offset: Int, length: Int)

    /// The search for `(`, sixteen bytes a step: most of a passage holds none.
    private static let openBrackets = ByteSetSearch([UInt8(ascii: "(")])

    /// The `)` that closes the bracket at `open`, within 100 bytes and without another `(`.
    private static func closingBracket(in bytes: [UInt8], after open: Int) -> Int? {
        var index = open + 1
        while index < min(bytes.count, open + 100) {
            switch bytes[index] {
            case UInt8(ascii: ")"): return index
            case UInt8(ascii: "("): return nil
            default: index += 1
            }
        }
        return nil
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    private static func scalars(_ text: ScannedText, _ range: Range<Int>) -> [Located] {
        var result: [Located] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = text.scalar(at: index)
            result.append((scalar, index, length))
            index += length
        }
        return result
    }

    private static func wordCount(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            let space = Separators.role(scalar) == .space
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// A short form: 2 to 10 characters, starting with a letter or digit, with at least one letter.
    private static func isShortForm(_ scalars: [Unicode.Scalar]) -> Bool {
        guard (2...10).contains(scalars.count), let first = scalars.first, comparable(first) != nil else { return false }
        return scalars.contains { CommonScalarProperties.isAlphabetic($0) }
    }

    /// The last `count` space-separated words before a byte offset, as scalars, stopping at a
    /// sentence end (". ") or a bracket.
    private static func precedingWords(_ text: ScannedText, before offset: Int, count: Int) -> [Located] {
        var start = offset
        while start > 0, text.bytes[start - 1] == 0x20 { start -= 1 }
        let end = start
        var words = 0
        var index = start
        while index > 0 {
            let byte = text.bytes[index - 1]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") { break }
            if byte == 0x20 {
                if index >= 2, text.bytes[index - 2] == UInt8(ascii: ".") { break }
                words += 1
                if words == count { break }
            }
            index -= 1
        }
        return scalars(text, index..<end).drop { $0.scalar == " " }.map { $0 }
    }

    /// The letter or digit a character compares as: lower-case ASCII, or the Greek stand-in.
    private static func comparable(_ scalar: Unicode.Scalar) -> UInt8? {
        if case .keyed(let key, _) = NameKey.classify(scalar) { return key }
        return nil
    }

    /// Schwartz–Hearst's best long form for a short form among candidate words.
    private static func longForm(short: [Unicode.Scalar], candidates long: [Located], in text: ScannedText) -> Range<Int>? {
        guard !long.isEmpty else { return nil }
        var shortIndex = short.count - 1
        var longIndex = long.count - 1
        while shortIndex >= 0 {
            guard let current = comparable(short[shortIndex]) else {
                shortIndex -= 1
                continue
            }
            while longIndex >= 0
                && (comparable(long[longIndex].scalar) != current
                    || (shortIndex == 0 && longIndex > 0 && comparable(long[longIndex - 1].scalar) != nil))
            {
                longIndex -= 1
            }
            if longIndex < 0 { return nil }
            longIndex -= 1
            shortIndex -= 1
        }
        // Back to the start of the word holding the first matched character.
        var start = max(longIndex + 1, 0)
        while start > 0, long[start - 1].scalar != " " { start -= 1 }
        guard long.count - start > short.count else { return nil }
        let last = long[long.count - 1]
        return long[start].offset..<(last.offset + last.length)
    }
}
