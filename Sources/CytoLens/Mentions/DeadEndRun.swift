/// A fast path of ``NameMatcher``: the common first word runs that the trie walks whole ("the",
/// "of", "in", "a", "type") but that end no name start no name when up to three ASCII spaces,
/// hyphens or slashes and a word the trie cannot take from there follow them ("the cells",
/// "in vitro", "type-specific"), or when the gap after them holds a character that ends every
/// name or a closing bracket ("of this type, as", "found in. The", "(type) ").
///
/// Most runs that pass the matcher's first test is such a word; deciding here, from the
/// gap's bytes and a walk of the next word, spares them the set-up of the full walk (the path,
/// the found names, the separator roles of the gap). The answer is the one the full walk would
/// give: it stops only where ``NameMatcher`` would find nothing.
enum DeadEndRun {
    /// Whether the walk that reached `node` at the end of `run` (outside brackets, as the first
    /// run of a name is) can find no name.
    @inline(__always)
    static func stops(_ text: ScannedText, run: Int, node: Int32, trie: NameTrie) -> Bool {
        stops(text, run: run, node: node, endsName: trie.value(at: node) >= 0, trie: trie) { trie.child(node, $0) >= 0 }
    }

    /// ``stops(_:run:node:trie:)`` told by a ``ShortKeyNodes/Entry`` of the node, which answers
    /// without reading the trie (but for a label that is not a letter or digit).
    @inline(__always)
    static func stops(_ text: ScannedText, run: Int, entry: ShortKeyNodes.Entry, trie: NameTrie) -> Bool {
        stops(text, run: run, node: entry.node, endsName: entry.endsName, trie: trie) { key in
            entry.leadsOn(with: key) ?? (trie.child(entry.node, key) >= 0)
        }
    }

    /// The rule, for a node where no name ends: the walk refuses an ASCII gap that
    /// ``Separators/roles(_:_:limit:)`` refuses (a character that ends every name, or more than
    /// three characters) and stops at a closing bracket outside brackets; over one to three
    /// spaces, hyphens or slashes it carries the node on into the next word, and finds nothing
    /// there when the trie does not take that word's whole key (`leadsOn` answers for its first
    /// key byte, most often without reading the trie).
    @inline(__always)
    private static func stops(
        _ text: ScannedText, run: Int, node: Int32, endsName: Bool, trie: NameTrie, leadsOn: (UInt8) -> Bool
    ) -> Bool {
        guard !endsName else { return false }
        let next = run + 1
        guard next < text.runs.count else { return true }
        let gapStart = text.runs[run].end
        let nextRun = text.runs[next]
        var index = gapStart
        var closes = false
        while index < nextRun.start {
            let byte = text.bytes[index]
            guard byte < 0x80 else { return false }
            switch Separators.role(Unicode.Scalar(byte)) {
            case nil:
                // A period, comma, colon or quote ends every name, whatever is around it (", ").
                return true
            case .open:
                // Brackets may be skipped ("interleukin (IL)-6"): the full walk decides.
                return false
            case .close:
                closes = true
                index += 1
            case .space, .hyphen, .slash:
                index += 1
            }
        }
        let characters = index - gapStart
        guard characters > 0 else { return false }
        // More than three characters, or a closing bracket before any opening one ("IL-6) ").
        guard characters <= 3, !closes else { return true }
        guard nextRun.keyCount > 0 else { return true }
        let first = ScannedText.key(text.caseKeys[nextRun.keyStart])
        guard leadsOn(first) else { return true }
        var child = trie.child(node, first)
        var keyIndex = nextRun.keyStart + 1
        while child >= 0, keyIndex < nextRun.keyEnd {
            child = trie.child(child, ScannedText.key(text.caseKeys[keyIndex]))
            keyIndex += 1
        }
        return child < 0
    }
}
