/// A table of multi-word cue phrases, matched longest first over a sentence's tokens.
///
/// `Payload` asks for no `Hashable`: a generic requirement is checked at run time whenever the
/// metadata of a type built on the table is first made, and each payload's conformance lookup
/// costs start-up time that no rule needs (a ``Hit`` is `Hashable` when its payload is).
struct PhraseTable<Payload: Sendable>: Sendable {
    /// One matched phrase: where it is and what it means.
    struct Hit: Sendable {
        /// The token range the phrase covers.
        var tokens: Range<Int>
        /// The phrase as listed in the lexicon.
        var cue: String
        /// What the lexicon says about it.
        var payload: Payload
    }

    /// One phrase of the table: its word keys, as listed, and its meaning.
    struct Entry: Sendable {
        var words: [String]
        var cue: String
        var payload: Payload
        /// The ids of `words` in the ``CueWordTable`` the table is registered with; empty until then.
        var wordIDs: [Int32] = []
    }

    private var byFirstWord: [String: [Entry]] = [:]
    /// `byFirstWord` by the id of the first word, once registered with a ``CueWordTable``
    /// (``register(bit:words:)``); empty until then.
    private var byFirstWordID: [[Entry]] = []

    /// This table's bit in ``SentenceToken/startsCues``, once ``ClaimCues`` has registered it;
    /// 0 until then (every token is then looked up).
    var bit: UInt16 = 0

    /// The phrases that start with the word key `first`, in match order (one dictionary lookup).
    func entries(startingWith first: String) -> [Entry] { byFirstWord[first] ?? [] }

    /// The keys of the first words of the table's phrases.
    var firstWords: Dictionary<String, [Entry]>.Keys { byFirstWord.keys }

    /// The phrases by first word, first words in the byte order of their UTF-8, each group in
    /// match order (``CueIndex`` writes them so).
    var phrasesByFirstWord: [(first: String, entries: [Entry])] {
        byFirstWord.sorted { CueIndex.precedes($0.key, $1.key) }.map { ($0.key, $0.value) }
    }

    /// A table registered with a ``CueWordTable`` (``register(bit:words:)``) from its phrases
    /// grouped by first word, each group in match order and with the word ids, as ``CueIndex``
    /// reads them; `wordCount` is the number of words of the word table once they are in.
    init(registeredGroups groups: [(first: String, entries: [Entry])], bit: UInt16, wordCount: Int) {
        byFirstWord.reserveCapacity(groups.count)
        byFirstWordID = Array(repeating: [], count: wordCount)
        for (first, entries) in groups {
            byFirstWord[first] = entries
            byFirstWordID[Int(entries[0].wordIDs[0])] = entries
        }
        self.bit = bit
    }

    /// Adds to `table` each phrase, as listed, that passes `test`, with its word keys as this
    /// table has them (no phrase is keyed twice).
    func addPhrases<Other>(where test: (String) -> Bool, to table: inout PhraseTable<Other>, _ payload: Other) {
        for entries in byFirstWord.values {
            for entry in entries where test(entry.cue) { table.add(words: entry.words, cue: entry.cue, payload) }
        }
    }

    /// An empty table.
    init() {}

    /// Makes room for phrases with this many distinct first words.
    mutating func reserveCapacity(_ firstWords: Int) {
        byFirstWord.reserveCapacity(firstWords)
    }

    /// Adds a phrase; a phrase already present keeps its first meaning.
    mutating func add(_ cue: String, _ payload: Payload) {
        add(words: CueKey.words(of: cue), cue: cue, payload)
    }

    /// Adds a phrase whose word keys are known: `words` are those of `CueKey.words(of: cue)`.
    private mutating func add(words: [String], cue: String, _ payload: Payload) {
        guard let first = words.first else { return }
        byFirstWordID = []  // a new phrase has no id: match by key until registered again
        PhraseTable.insert(Entry(words: words, cue: cue, payload: payload), into: &byFirstWord[first, default: []])
    }

    /// Inserts a phrase among those with its first word (in place in the dictionary), unless
    /// they have it: longest first, and among phrases of one length in the order they were added.
    private static func insert(_ entry: Entry, into entries: inout [Entry]) {
        if entries.contains(where: { $0.words == entry.words }) { return }
        let position = entries.firstIndex { $0.words.count < entry.words.count } ?? entries.count
        entries.insert(entry, at: position)
    }

    /// Whether the table holds a phrase.
    func contains(_ cue: String) -> Bool {
        let words = CueKey.words(of: cue)
        return byFirstWord[words.first ?? ""]?.contains { $0.words == words } ?? false
    }

    /// The meaning of a phrase as listed, if the table holds it.
    func payload(of cue: String) -> Payload? {
        let words = CueKey.words(of: cue)
        return byFirstWord[words.first ?? ""]?.first { $0.words == words }?.payload
    }

    /// Takes `bit` as the table's bit in ``SentenceToken/startsCues`` and gives every word of its
    /// phrases an id in `words`, so that ``match(_:at:)`` compares the ids ``CueMarker``
    /// gives tokens instead of their keys.
    mutating func register(bit: UInt16, words: inout CueWordTable) {
        self.bit = bit
        // The ids go into the entries where they are, and the id table shares their arrays. The
        // walk holds indices alone: a collection of indices would hold the dictionary, and each
        // write would then copy it.
        var index = byFirstWord.values.startIndex
        while index != byFirstWord.values.endIndex {
            for entry in 0..<byFirstWord.values[index].count {
                byFirstWord.values[index][entry].wordIDs = byFirstWord.values[index][entry].words.map { words.insert($0) }
            }
            byFirstWord.values.formIndex(after: &index)
        }
        byFirstWordID = Array(repeating: [], count: words.count)
        for entries in byFirstWord.values { byFirstWordID[Int(entries[0].wordIDs[0])] = entries }
    }

    /// The longest phrase that starts at token `start`, if any. Phrases never run across a mention.
    ///
    /// Tokens marked by ``CueMarker`` are compared by word id, others by key
    /// (``matchByKey(_:at:)``); both give the same hit (`PhraseTableTests` holds them to each other).
    @inline(__always)
    func match(_ tokens: [SentenceToken], at start: Int) -> Hit? {
        // Asked of nearly every token by several tables, and nearly always answered here: the test
        // of the token's bits is made where it is asked, and only the rest is a call.
        guard tokens[start].mention == nil, bit == 0 || tokens[start].startsCues & bit != 0 else { return nil }
        return matchStarting(tokens, at: start)
    }

    /// ``match(_:at:)`` for a word token that may start one of the table's phrases.
    private func matchStarting(_ tokens: [SentenceToken], at start: Int) -> Hit? {
        let first = tokens[start].cueWord
        guard first != SentenceToken.unmarked, !byFirstWordID.isEmpty else { return matchByKey(tokens, at: start) }
        // A marked token has the id of its key, or -1 when no table lists the key; a mention keeps
        // the unmarked id, which no phrase word has.
        guard first >= 0, Int(first) < byFirstWordID.count else { return nil }
        // The entries are read in place: a copy of one is a retain of each of its arrays and strings.
        let entries = byFirstWordID[Int(first)]
        for e in entries.indices {
            let count = entries[e].wordIDs.count
            guard start + count <= tokens.count else { continue }
            var offset = 0
            while offset < count, tokens[start + offset].cueWord == entries[e].wordIDs[offset] { offset += 1 }
            if offset == count {
                return Hit(tokens: start..<(start + entries[e].words.count), cue: entries[e].cue, payload: entries[e].payload)
            }
        }
        return nil
    }

    /// ``match(_:at:)`` by comparing the tokens' keys with the phrases' words.
    func matchByKey(_ tokens: [SentenceToken], at start: Int) -> Hit? {
        guard tokens[start].mention == nil, bit == 0 || tokens[start].startsCues & bit != 0,
            let entries = byFirstWord[tokens[start].key]
        else { return nil }
        for entry in entries where start + entry.words.count <= tokens.count {
            var ok = true
            for (offset, word) in entry.words.enumerated()
            where tokens[start + offset].mention != nil || tokens[start + offset].key != word {
                ok = false
                break
            }
            if ok { return Hit(tokens: start..<(start + entry.words.count), cue: entry.cue, payload: entry.payload) }
        }
        return nil
    }

    /// All non-overlapping hits, left to right, longest first at each position.
    func hits(in tokens: [SentenceToken]) -> [Hit] {
        var found: [Hit] = []
        var i = 0
        while i < tokens.count {
            if let hit = match(tokens, at: i) {
                found.append(hit)
                i = hit.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The meaning of a single key, if the table lists it as a one-word phrase.
    func single(_ key: String) -> Payload? {
        byFirstWord[key]?.first { $0.words.count == 1 }?.payload
    }
}

extension PhraseTable.Hit: Equatable where Payload: Equatable {}
extension PhraseTable.Hit: Hashable where Payload: Hashable {}
