/// Finds lexicon names in a scanned passage: longest match first, on word-run boundaries, through
/// the compiled trie.
///
/// - A name starts at the start of a word run, or after a recombinant/species/soluble prefix
///   ("rhIL-2", "hIL-6", "mIL-4", "sCD40L"), and ends at the end of a word run: "IL-6" is found
///   in "IL-6-induced", "anti-IL-6" and "IL-10+ cells", but not in "IL6ST", "Il6ra" or "TNFAIP3".
/// - Between runs it crosses up to three spaces, hyphens, dashes, slashes or brackets, but never
///   joins two digits ("IL-1 0.5 ng" is not IL-10), and it can skip a bracketed abbreviation
///   inside a long form ("interleukin (IL)-6", "tumor necrosis factor (TNF)-α").
/// - Case-sensitive names compare case keys; the first longest accepted name wins. The names of
///   other things (`other_names.tsv`: "EGF-like domain", "EG-VEGF") take part, and a match of
///   one is dropped with the names inside it.
struct NameMatcher: Sendable {
    let lexicon: CompiledLexicon
    /// The trie's short keys, for the first test of every run.
    private let shortKeys: ShortKeyNodes

    init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        shortKeys = ShortKeyNodes(trie: lexicon.trie)
    }

    /// The longest runs of text a name may span.
    private static let maximumRuns = 14

    /// Lowercase prefixes stripped before a capital letter ("rhIL-2", "rHuEPO", "sIL-6R").
    private static let prefixes: [[UInt8]] = ["rhu", "rHu", "rh", "rm", "hu", "mu", "h", "m", "r", "s"].map {
        Array($0.utf8)
    }

    /// The partial walk: the case-key bytes so far (the key is the same with the case bit set).
    private struct Path {
        /// Empty until the first walk: most passages have no run that starts one.
        var caseKey: [UInt8] = []
    }

    /// The best name found so far by a walk.
    private struct Found {
        var lastRun: Int
        var entry: Int32
        var needsContext: Bool
        var key: [UInt8]
        var caseKey: [UInt8]
    }

    /// Every name in the text, in order, not overlapping, with elided coordination items.
    func matches(in text: ScannedText) -> [NameMatch] {
        var result: [NameMatch] = []
        var path = Path()
        var run = 0
        let runCount = text.runs.count
        let trie = lexicon.trie
        text.runs.withUnsafeBufferPointer { runs in
            text.caseKeys.withUnsafeBufferPointer { caseKeys in
                while run < runCount {
                    let current = runs[run]
                    // Most words stop at the first test: the trie does not take them whole (a
                    // look-up of the first eight bytes, a walk of the rest of a longer word) or
                    // they are a DeadEndRun ("the cells"), and they have no recombinant or species
                    // prefix before a capital (RunHead). The others go on from the node reached.
                    var found: NameMatch?
                    if current.keyCount > 0 {
                        let caseKey = caseKeys.baseAddress! + current.keyStart
                        let head = RunHead(
                            caseKey: caseKey, count: current.keyCount, readable: caseKeys.count - current.keyStart)
                        if head.mayHavePrefix {
                            found = longestMatch(in: text, at: run, path: &path)
                        } else {
                            let node = firstRunNode(text, run: run, head, caseKey: caseKey, trie: trie)
                            if node >= 0 {
                                found = longestMatch(in: text, at: run, skipping: 0, firstRunNode: node, path: &path)
                            }
                        }
                    }
                    guard let match = found else {
                        run += 1
                        continue
                    }
                    // The name of another thing ("EGF-like domain") hides the names inside it.
                    if match.entity == NameIndex.otherThing {
                        run = match.lastRun + 1
                        continue
                    }
                    result.append(match)
                    run = expandCoordination(after: match, in: text, into: &result) + 1
                }
            }
        }
        return result
    }

    /// The node the trie reaches with the whole key of `run`, or -1 when it does not take the
    /// key or ``DeadEndRun/stops(_:run:node:trie:)`` says no name starts there. The first eight
    /// bytes are looked up in ``ShortKeyNodes`` whatever the run's length; only a longer run that
    /// the look-up takes walks the rest.
    @inline(__always)
    private func firstRunNode(
        _ text: ScannedText, run: Int, _ head: RunHead, caseKey: UnsafePointer<UInt8>, trie: NameTrie
    ) -> Int32 {
        let entry = shortKeys.entry(packedKey: head.shortKey)
        var node = entry.node
        guard node >= 0 else { return -1 }
        guard head.count > ShortKeyNodes.maximumLength else {
            // A short word: its entry tells the dead-end rule what it needs.
            return DeadEndRun.stops(text, run: run, entry: entry, trie: trie) ? -1 : node
        }
        node = ShortKeyNodes.walkRest(from: node, caseKey: caseKey, count: head.count, trie: trie)
        return node < 0 || DeadEndRun.stops(text, run: run, node: node, trie: trie) ? -1 : node
    }

    /// Whether a run starts with one to three lowercase letters, the first r, h, m or s, before a
    /// capital: the only runs where a recombinant or species prefix is tried.
    @inline(__always)
    static func mayHavePrefix(_ caseKeys: UnsafeBufferPointer<UInt8>, _ current: WordRun) -> Bool {
        guard current.keyCount > 2 else { return false }
        switch caseKeys[current.keyStart] {
        case UInt8(ascii: "r"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s"): break
        default: return false
        }
        for offset in 1...min(3, current.keyCount - 2) where isCapital(caseKeys[current.keyStart + offset]) {
            return true
        }
        return false
    }

    /// The longest name starting at a run (or after a prefix of it), if any.
    func longestMatch(in text: ScannedText, at run: Int) -> NameMatch? {
        var path = Path()
        return longestMatch(in: text, at: run, path: &path)
    }

    private func longestMatch(in text: ScannedText, at run: Int, path: inout Path) -> NameMatch? {
        if let match = longestMatch(in: text, at: run, skipping: 0, path: &path) { return match }
        // A prefix is one to three letters starting with r, h, m or s before a capital: most runs
        // stop at this test.
        let current = text.runs[run]
        guard text.caseKeys.withUnsafeBufferPointer({ Self.mayHavePrefix($0, current) }) else { return nil }
        for prefix in Self.prefixes where current.keyCount > prefix.count + 1 {
            guard (0..<prefix.count).allSatisfy({ text.caseKeys[current.keyStart + $0] == prefix[$0] }),
                Self.isCapital(text.caseKeys[current.keyStart + prefix.count])
            else { continue }
            if let match = longestMatch(in: text, at: run, skipping: prefix.count, path: &path) { return match }
        }
        return nil
    }

    private static func isCapital(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// The longest name starting at a run after `skipping` key bytes; `firstRunNode` is the node
    /// of the whole first run when the caller has it (and knows DeadEndRun does not stop there).
    private func longestMatch(
        in text: ScannedText, at run: Int, skipping: Int, firstRunNode: Int32? = nil, path: inout Path
    ) -> NameMatch? {
        let first = text.runs[run]
        guard first.keyCount > skipping, first.keyCount > 1 || !isArticle(text, run) else { return nil }
        var node = NameTrie.root
        let trie = lexicon.trie
        if let firstRunNode {
            node = firstRunNode
        } else {
            // Walk the first run inline: most runs leave the trie within a few bytes.
            for index in (first.keyStart + skipping)..<first.keyEnd {
                node = trie.child(node, ScannedText.key(text.caseKeys[index]))
                if node < 0 { return nil }
            }
            if DeadEndRun.stops(text, run: run, node: node, trie: trie) { return nil }
        }
        path.caseKey.removeAll(keepingCapacity: true)
        if path.caseKey.capacity == 0 { path.caseKey.reserveCapacity(128) }
        for index in (first.keyStart + skipping)..<first.keyEnd { path.caseKey.append(text.caseKeys[index]) }
        var found: [Found] = []
        atRunEnd(text, node: node, run: run, firstRun: run, depth: 0, path: &path, found: &found)
        guard var best = found.max(by: { $0.lastRun < $1.lastRun }) else { return nil }
        // "CXCL8 chemokine", "TGF-beta isoforms": a trailing head noun stays out of the mention
        // when the name without it is the same entity.
        let bestEntity = lexicon.entries[Int(best.entry)].entity
        while best.lastRun > run, isHeadNoun(text, best.lastRun),
            let shorter = found.filter({ $0.lastRun < best.lastRun && lexicon.entries[Int($0.entry)].entity == bestEntity })
                .max(by: { $0.lastRun < $1.lastRun })
        {
            best = shorter
        }
        let entry = lexicon.entries[Int(best.entry)]
        // "FGF-18", "fibroblast growth factor 19", "interferon-inducible protein 9": the name only
        // starts a longer name the lexicon does not have, which hides the names inside it.
        if let end = longerNameEnd(text, firstRun: run, lastRun: best.lastRun, key: best.key, entity: entry.entity) {
            if end == best.lastRun + 1,
                let member = pluralMember(text, key: best.key, caseKey: best.caseKey, entity: entry.entity, number: end)
            {
                return NameMatch(
                    start: first.start, end: text.runs[end].end, firstRun: run, lastRun: end, entity: member.entity,
                    needsContext: false, key: member.key, caseKey: member.caseKey, listsMembers: true)
            }
            return NameMatch(
                start: first.start, end: text.runs[end].end, firstRun: run, lastRun: end, entity: NameIndex.otherThing,
                needsContext: false, key: best.key, caseKey: best.caseKey)
        }
        // "Chemokine CCL2": so does a leading one.
        if skipping == 0, best.lastRun > run, isHeadNoun(text, run) {
            var inner = Path()
            if let rest = longestMatch(in: text, at: run + 1, skipping: 0, path: &inner), rest.entity == entry.entity,
                rest.lastRun == best.lastRun
            {
                return rest
            }
        }
        return NameMatch(
            start: first.start, end: text.runs[best.lastRun].end, firstRun: run, lastRun: best.lastRun,
            entity: entry.entity, needsContext: best.needsContext, key: best.key, caseKey: best.caseKey)
    }

    /// Records a name ending at this run's end, then tries to continue into the next runs.
    /// `depth` counts the brackets opened and not yet closed; a name ends only outside brackets.
    private func atRunEnd(
        _ text: ScannedText, node: Int32, run: Int, firstRun: Int, depth: Int, path: inout Path, found: inout [Found]
    ) {
        let value = lexicon.trie.value(at: node)
        if value >= 0, depth == 0 {
            let verdict = lexicon.entries[Int(value)].accepts(caseKey: path.caseKey)
            if verdict.accepted {
                found.append(
                    Found(
                        lastRun: run, entry: value, needsContext: verdict.needsContext,
                        key: path.caseKey.map(ScannedText.key), caseKey: path.caseKey))
            }
        }
        let next = run + 1
        guard next < text.runs.count, next - firstRun < Self.maximumRuns else { return }
        let gap = text.runs[run].end..<text.runs[next].start
        guard let roles = Separators.roles(text, gap), !joinsDigits(text, run, next) else { return }
        var newDepth = depth
        for role in roles {
            if role == .open { newDepth += 1 } else if role == .close { newDepth -= 1 }
            if newDepth < 0 { break }
        }
        if newDepth >= 0, !(roles.count == 1 && roles[0] == .open) {
            continueWalk(text, node: node, run: next, firstRun: firstRun, depth: newDepth, path: &path, found: &found)
        }
        if roles.last == .open || (roles.count >= 2 && roles[roles.count - 2] == .open) {
            skipBracket(text, node: node, openRun: run, firstRun: firstRun, depth: depth, path: &path, found: &found)
        }
    }

    /// Walks a whole run from `node` and goes on at its end.
    private func continueWalk(
        _ text: ScannedText, node start: Int32, run: Int, firstRun: Int, depth: Int, path: inout Path, found: inout [Found]
    ) {
        let current = text.runs[run]
        guard current.keyCount > 0 else { return }
        var node = start
        let trie = lexicon.trie
        for index in current.keyStart..<current.keyEnd {
            node = trie.child(node, ScannedText.key(text.caseKeys[index]))
            if node < 0 { return }
        }
        let keyLength = path.caseKey.count
        for index in current.keyStart..<current.keyEnd { path.caseKey.append(text.caseKeys[index]) }
        atRunEnd(text, node: node, run: run, firstRun: firstRun, depth: depth, path: &path, found: &found)
        path.caseKey.removeSubrange(keyLength...)
    }

    /// Whether a run is a generic head noun ("chemokine", "cytokines", "protein", "isoforms").
    private func isHeadNoun(_ text: ScannedText, _ run: Int) -> Bool {
        lexicon.headNouns.contains(text.key(of: run))
    }

    /// The last run of a longer name that a name (`firstRun...lastRun`) only starts, or `nil`. A
    /// specific member the lexicon lacks must not become its family, nor another protein whose
    /// name holds a cytokine name the cytokine:
    ///
    /// - a name without digits, a hyphen and a one- or two-digit number: "FGF-3", "FGF-18"
    ///   ("IL1B-31" is a promoter SNP);
    /// - a group or spelled-out name without digits, a space and such a number that no unit
    ///   follows: "FGF 19", "fibroblast growth factor 23", "lambda interferon 3" (but "PDGF
    ///   50 ng/ml"), also after a bracketed short form: "fibroblast growth factor (FGF) 23",
    ///   "human epidermal growth factor receptor (HER)2";
    /// - such a name before a bracket that opens with another gene's symbol, a capital and a
    ///   digit that start no name: "human epidermal growth factor (ERBB2; HER2)", "(HER-2)";
    /// - any name, one to three `numbered_name_word`s and a short number: "interferon-inducible
    ///   protein 9", "IFN-γ-inducible protein 10", "TNF-α-induced protein 3" (a name of the
    ///   lexicon, such as "interferon-inducible protein 10", is longer and wins before this).
    private func longerNameEnd(_ text: ScannedText, firstRun: Int, lastRun: Int, key: [UInt8], entity: Int32) -> Int? {
        let next = lastRun + 1
        guard next < text.runs.count, entity >= 0 else { return nil }
        var wordEnd = lastRun
        while wordEnd - lastRun < 3, isJoin(text, wordEnd),
            lexicon.numberedNameWords.contains(text.key(of: wordEnd + 1))
        {
            wordEnd += 1
        }
        if wordEnd > lastRun, isJoin(text, wordEnd), isShortNumber(text, wordEnd + 1),
            !isDoseOrTime(text, number: wordEnd + 1)
        {
            return wordEnd + 1
        }
        guard !key.contains(where: Self.isDigit) else { return nil }
        let entityValue = lexicon.entities[Int(entity)]
        // "IFN-α/β receptor 1" is IFNAR1: after a spelled-out name, a number that ends the gene's
        // own symbol names the gene (but "FSP-1", fibroblast-specific protein 1, is not CXCL1).
        let isOwnNumber = { (run: Int) in
            entityValue.kind != .group && key.count >= 10
                && entityValue.target.utf8.reversed().prefix(while: Self.isDigit).reversed().elementsEqual(text.key(of: run))
        }
        let gap = Separators.roles(text, text.runs[lastRun].end..<text.runs[next].start)
        if gap == [.hyphen], isShortNumber(text, next) { return isOwnNumber(next) ? nil : next }
        // A symbol such as "TNF" or "EGF" before a number is most often a dose or an isoform
        // ("VEGF 165", "EGF 1–53"); a family name or a long form is not.
        guard entityValue.kind == .group || key.count >= 10 else { return nil }
        if isJoin(text, lastRun, hyphen: false), isShortNumber(text, next), !isDoseOrTime(text, number: next) {
            return isOwnNumber(next) ? nil : next
        }
        // Spaces may stand inside the brackets of tokenized text ("factor ( ERBB2 ; HER2 )").
        guard let gap, gap.filter({ $0 != .space }) == [.open] else { return nil }
        // "fibroblast growth factor (FGF) 23", "human epidermal growth factor receptor (HER)2".
        if next + 1 < text.runs.count,
            let close = Separators.roles(text, text.runs[next].end..<text.runs[next + 1].start),
            [[.close], [.close, .hyphen]].contains(close.filter { $0 != .space }),
            isShortNumber(text, next + 1), !isDoseOrTime(text, number: next + 1)
        {
            return isOwnNumber(next + 1) ? nil : next + 1
        }
        // "human epidermal growth factor (ERBB2; HER2)": the first item of the bracket, its runs
        // joined by hyphens ("HER-2"), names another gene.
        var itemEnd = next
        while itemEnd + 1 < text.runs.count,
            Separators.roles(text, text.runs[itemEnd].end..<text.runs[itemEnd + 1].start, limit: 1) == [.hyphen]
        {
            itemEnd += 1
        }
        let itemHasDigit = (next...itemEnd).contains { text.key(of: $0).contains(where: Self.isDigit) }
        guard itemHasDigit, text.runs[next].keyCount > 0, Self.isCapital(text.caseKeys[text.runs[next].keyStart]) else {
            return nil
        }
        // "insulin-like growth factor-I (GH-IGF1)": a name inside the item keeps the long form.
        for itemRun in next...itemEnd {
            var inner = Path()
            if let inside = longestMatch(in: text, at: itemRun, path: &inner), inside.entity != NameIndex.otherThing {
                return nil
            }
        }
        return lastRun
    }

    /// "BMPs 6", "interleukins 4", "fibroblast growth factors 1": a family's plural before a
    /// number names the member whose name is the singular with that number, when the lexicon has
    /// it ("BMP6", "interleukin 4", "fibroblast growth factor 1").
    private func pluralMember(_ text: ScannedText, key: [UInt8], caseKey: [UInt8], entity: Int32, number: Int) -> (
        entity: Int32, key: [UInt8], caseKey: [UInt8]
    )? {
        guard lexicon.entities[Int(entity)].kind == .group, key.count > 2, key.last == UInt8(ascii: "s"),
            caseKey.count == key.count
        else { return nil }
        let memberKey = Array(key.dropLast()) + text.key(of: number)
        let memberCaseKey = Array(caseKey.dropLast()) + text.caseKey(of: number)
        guard let member = acceptedName(key: memberKey, caseKey: memberCaseKey), member != entity else { return nil }
        return (member, memberKey, memberCaseKey)
    }

    /// Whether one space (not a tab: table cells are not one name) or, with `hyphen`, one hyphen
    /// joins a run to the next.
    private func isJoin(_ text: ScannedText, _ run: Int, hyphen: Bool = true) -> Bool {
        guard run + 1 < text.runs.count else { return false }
        let gap = text.runs[run].end..<text.runs[run + 1].start
        guard let roles = Separators.roles(text, gap, limit: 1), roles.count == 1 else { return false }
        if roles[0] == .hyphen { return hyphen }
        return roles[0] == .space && text.bytes[gap.lowerBound] != 0x09
    }

    /// Whether a run is a one- or two-digit number and nothing else.
    private func isShortNumber(_ text: ScannedText, _ run: Int) -> Bool {
        guard run < text.runs.count else { return false }
        let key = text.key(of: run)
        return (1...2).contains(key.count) && key.allSatisfy(Self.isDigit)
            && text.runs[run].end - text.runs[run].start == key.count
    }

    /// Whether a number is a dose, a time or a share rather than the number of a name: a unit
    /// word (`unit` in `mention_cues.tsv`: "10 ng/ml", "24 h") or "%" follows it, or it goes on
    /// as a decimal ("2.5").
    private func isDoseOrTime(_ text: ScannedText, number: Int) -> Bool {
        let end = text.runs[number].end
        guard end < text.bytes.count else { return false }
        let byte = text.bytes[end]
        if byte == UInt8(ascii: "%") { return true }
        let next = number + 1
        guard next < text.runs.count else { return false }
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), text.runs[next].start == end + 1,
            let digit = text.key(of: next).first, Self.isDigit(digit)
        {
            return true
        }
        return isJoin(text, number, hyphen: false) && lexicon.unitWords.contains(text.key(of: next))
    }

    /// Whether a run is the English article "a" before a space ("a chemokine" is not "α-chemokine").
    private func isArticle(_ text: ScannedText, _ run: Int) -> Bool {
        let current = text.runs[run]
        guard current.end - current.start == 1, text.bytes[current.start] == UInt8(ascii: "a") else { return false }
        return current.end < text.bytes.count && text.bytes[current.end] == 0x20
    }

    /// Skips a short bracketed abbreviation inside a long form: "interleukin (IL)-6".
    private func skipBracket(
        _ text: ScannedText, node: Int32, openRun: Int, firstRun: Int, depth: Int, path: inout Path, found: inout [Found]
    ) {
        var inside = openRun + 1
        let limit = min(text.runs.count, openRun + 4)
        // The bracket holds one to three runs joined by hyphens or spaces, then closes.
        while inside < limit {
            let next = inside + 1
            guard next < text.runs.count else { return }
            guard let roles = Separators.roles(text, text.runs[inside].end..<text.runs[next].start) else { return }
            if let close = roles.firstIndex(of: .close) {
                guard roles[..<close].allSatisfy({ $0 == .space || $0 == .hyphen }),
                    roles[(close + 1)...].allSatisfy({ $0 == .space || $0 == .hyphen }), roles.count - close <= 2
                else { return }
                continueWalk(text, node: node, run: next, firstRun: firstRun, depth: depth, path: &path, found: &found)
                return
            }
            guard roles.allSatisfy({ $0 == .space || $0 == .hyphen }) else { return }
            inside = next
        }
    }

    /// Whether joining two runs would put two digits side by side ("IL-1 0.5" is not IL-10).
    private func joinsDigits(_ text: ScannedText, _ left: Int, _ right: Int) -> Bool {
        let leftRun = text.runs[left]
        let rightRun = text.runs[right]
        guard leftRun.keyCount > 0, rightRun.keyCount > 0 else { return false }
        return Self.isDigit(text.caseKeys[leftRun.keyEnd - 1]) && Self.isDigit(text.caseKeys[rightRun.keyStart])
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
