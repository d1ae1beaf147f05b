/// Elided coordinations: "IL-4, -5 and -13", "TGF-β1, -β2 and -β3", "CCL3/4", "CXCL9/10/11",
/// "IL-12/23", "IL-1α and -β", "IFN-α and β".
///
/// After a cytokine or group name, a short item (digits, one letter, or a letter and digits)
/// that follows a slash, or a hyphen after a comma, "and" or "or", stands for the name with its
/// tail replaced: the item's trailing digits replace the name's trailing digits and its letters
/// replace as many trailing letters. "TGF-β1" + "-β2" gives `tgfb2`. The item is a mention of
/// its own when that key is a name; its text is just the item ("-5", "4").
extension NameMatcher {
    /// Appends the elided items that follow `match` and returns the last run consumed.
    func expandCoordination(after match: NameMatch, in text: ScannedText, into result: inout [NameMatch]) -> Int {
        let stem = lexicon.entities[Int(match.entity)]
        guard !match.needsContext, stem.kind != .receptor else { return match.lastRun }
        var last = match.lastRun
        while let item = nextItem(after: last, in: text, numbers: match.listsMembers) {
            guard let expanded = expand(match, item: item.run, in: text), expanded.entity != match.entity else { break }
            result.append(
                NameMatch(
                    start: item.start, end: text.runs[item.run].end, firstRun: item.run, lastRun: item.run,
                    entity: expanded.entity, needsContext: false, key: expanded.key, caseKey: expanded.caseKey,
                    elided: true))
            last = item.run
        }
        return last
    }

    /// The next elided item after a run: its run and where its text starts (at the hyphen when
    /// there is one). `nil` when the text goes on otherwise or a full name starts there.
    /// With `numbers`, a bare number is an item too ("interleukins 4 and 13").
    private func nextItem(after run: Int, in text: ScannedText, numbers: Bool) -> (run: Int, start: Int)? {
        var next = run + 1
        guard next < text.runs.count else { return nil }
        var gap = text.runs[run].end..<text.runs[next].start
        guard var roles = Separators.roles(text, gap, limit: 3) else {
            return listItem(after: run, in: text, numbers: numbers)
        }
        if roles == [.slash] || roles == [.slash, .hyphen] {
            guard isItem(next, in: text, hyphenated: roles.count == 2) else { return nil }
            return (next, roles.count == 2 ? gap.upperBound - hyphenLength(text, before: next) : gap.upperBound)
        }
        // "and -13", "or -β": a connective word between spaces, then a hyphen.
        guard roles == [.space], isConnective(next, in: text), next + 1 < text.runs.count else { return nil }
        next += 1
        gap = text.runs[next - 1].end..<text.runs[next].start
        roles = Separators.roles(text, gap, limit: 3) ?? []
        return itemAfterConnective(roles: roles, gap: gap, run: next, in: text, numbers: numbers)
    }

    /// An item after a comma: ", -5", ", and -13", ",-5".
    private func listItem(after run: Int, in text: ScannedText, numbers: Bool) -> (run: Int, start: Int)? {
        var index = text.runs[run].end
        guard index < text.bytes.count, text.bytes[index] == UInt8(ascii: ",") else { return nil }
        index += 1
        var next = run + 1
        guard next < text.runs.count else { return nil }
        var gap = index..<text.runs[next].start
        var roles = Separators.roles(text, gap, limit: 3) ?? []
        if roles == [.space], isConnective(next, in: text), next + 1 < text.runs.count {
            next += 1
            gap = text.runs[next - 1].end..<text.runs[next].start
            roles = Separators.roles(text, gap, limit: 3) ?? []
        }
        return itemAfterConnective(roles: roles, gap: gap, run: next, in: text, numbers: numbers)
    }

    private func itemAfterConnective(
        roles: Separators.Gap, gap: Range<Int>, run: Int, in text: ScannedText, numbers: Bool
    ) -> (
        run: Int, start: Int
    )? {
        if roles == [.space, .hyphen] || roles == [.hyphen] {
            guard isItem(run, in: text, hyphenated: true) else { return nil }
            return (run, gap.upperBound - hyphenLength(text, before: run))
        }
        // "IL-1α and β": without a hyphen only a Greek letter is taken as an item.
        if roles == [.space], isItem(run, in: text, hyphenated: false), startsWithGreekLetter(run, in: text) {
            return (run, text.runs[run].start)
        }
        // "interleukins 4 and 13": after a plural, a bare number is an item.
        if roles == [.space], numbers, isItem(run, in: text, hyphenated: false),
            text.key(of: run).allSatisfy(Self.isDigit)
        {
            return (run, text.runs[run].start)
        }
        return nil
    }

    /// Whether a run can be an elided item: short, at most two letter/digit segments, a lone
    /// letter only when hyphenated or Greek, not followed by "-word" or a longer name.
    private func isItem(_ run: Int, in text: ScannedText, hyphenated: Bool) -> Bool {
        let key = text.key(of: run)
        guard (1...4).contains(key.count), Self.segments(Array(key)).count <= 2 else { return false }
        let letters = key.filter { !Self.isDigit($0) }.count
        if letters == key.count {
            guard letters == 1, hyphenated || startsWithGreekLetter(run, in: text) else { return false }
        }
        // "TNF-α and β-catenin": a hyphenated word after the item means it is not an item.
        let end = text.runs[run].end
        if end < text.bytes.count, case let (scalar, _) = text.scalar(at: end), Separators.role(scalar) == .hyphen,
            letters == key.count
        {
            return false
        }
        return longestMatch(in: text, at: run) == nil
    }

    private func isConnective(_ run: Int, in text: ScannedText) -> Bool {
        let key = text.key(of: run)
        return key.elementsEqual("and".utf8) || key.elementsEqual("or".utf8) || key.elementsEqual("andor".utf8)
    }

    private func startsWithGreekLetter(_ run: Int, in text: ScannedText) -> Bool {
        let (scalar, _) = text.scalar(at: text.runs[run].start)
        return scalar.value >= 0x80 && NameKey.greekStandIn(scalar.value) != nil
    }

    /// The byte length of the hyphen just before a run.
    private func hyphenLength(_ text: ScannedText, before run: Int) -> Int {
        var index = text.runs[run].start - 1
        while index > 0, text.bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return text.runs[run].start - index
    }

    /// The stem's key with its tail replaced by the item, if that is a name the lexicon knows.
    private func expand(_ stem: NameMatch, item run: Int, in text: ScannedText) -> (
        entity: Int32, key: [UInt8], caseKey: [UInt8]
    )? {
        let item = text.key(of: run)
        let itemCase = Array(text.caseKey(of: run))
        let stemSegments = Self.segments(stem.key)
        let itemSegments = Self.segments(item)
        guard stemSegments.count >= itemSegments.count else { return nil }
        var cut = stem.key.count
        for offset in 0..<itemSegments.count {
            let stemSegment = stemSegments[stemSegments.count - 1 - offset]
            let itemSegment = itemSegments[itemSegments.count - 1 - offset]
            guard stemSegment.isDigit == itemSegment.isDigit else { return nil }
            let leftmost = offset == itemSegments.count - 1
            if leftmost && !itemSegment.isDigit && itemSegment.range.count < stemSegment.range.count {
                cut = stemSegment.range.upperBound - itemSegment.range.count
            } else {
                cut = stemSegment.range.lowerBound
            }
        }
        guard cut > 0 else { return nil }
        let key = Array(stem.key[..<cut]) + item
        let caseKey = Array(stem.caseKey[..<cut]) + itemCase
        return acceptedName(key: key, caseKey: caseKey).map { ($0, key, caseKey) }
    }

    /// The entity of the name with this key, when its case key is accepted without context.
    func acceptedName(key: [UInt8], caseKey: [UInt8]) -> Int32? {
        let node = lexicon.trie.node(for: key)
        guard node >= 0 else { return nil }
        let value = lexicon.trie.value(at: node)
        guard value >= 0 else { return nil }
        let entry = lexicon.entries[Int(value)]
        let verdict = entry.accepts(caseKey: caseKey)
        guard verdict.accepted, !verdict.needsContext else { return nil }
        return entry.entity
    }

    /// The runs of digits and of letters in a key.
    static func segments(_ key: [UInt8]) -> [(isDigit: Bool, range: Range<Int>)] {
        var segments: [(isDigit: Bool, range: Range<Int>)] = []
        var start = 0
        while start < key.count {
            let digit = isDigit(key[start])
            var end = start + 1
            while end < key.count, isDigit(key[end]) == digit { end += 1 }
            segments.append((digit, start..<end))
            start = end
        }
        return segments
    }
}
