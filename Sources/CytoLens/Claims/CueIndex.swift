#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The cue tables of ``ClaimCues`` compiled, as text: every phrase with its word keys and its
/// meaning, the suffix and word tables, in a fixed order.
///
/// Compiling the cue tables keys every cue (``CueKey``), sorts the phrases of each first word and
/// reads the meanings from the rows, most of the cost of starting the claim rules. The index of
/// the built-in cue tables is therefore stored in the binary (`EmbeddedCueIndex.swift`, written by
/// `scripts/embed_lexicon.py` from `cytolens lexicon cue-index`) and read back at start-up; a
/// user's lexicon folder is compiled at run time. The text carries a fingerprint of the tables it
/// was compiled from (``sourceTables``), and an index whose fingerprint differs is refused (and
/// the tables compiled instead). The fingerprint covers data, not code: a change to ``CueKey`` or
/// to the compile also needs the script re-run, and `CueIndexTests` fails until it is.
///
/// The text has a header line, `# cytolens cue index <fingerprint>`, then one line per item, its
/// fields separated by tabs: the table's name first, then for a phrase its word keys (separated
/// by spaces), the cue as listed (empty when it is spelled as its word keys) and the fields of
/// its meaning; for a suffix its key and the
/// fields of its meaning; for a genetic-variant word its key; for a methods heading its word keys; for a rule word
/// (`rule_words.tsv`) its set and the word.
/// Phrases come table by table in the order they are registered, by first word in byte order,
/// and in match order within a first word; suffixes and words by key; rule words set by set
/// (in the order of ``RuleWords/names``), each by word.
enum CueIndex {
    /// The cue tables the index is compiled from (not the claim model, which is read apart).
    static let sourceTables = [
        "cancers.tsv", "cell_types.tsv", "claim_cues.tsv", "context_cues.tsv", "evidence_cues.tsv", "hedge_cues.tsv",
        "inverters.tsv", "negation_cues.tsv", "relation_cues.tsv", "rule_words.tsv",
    ]

    /// A fingerprint of the cue tables (64-bit FNV-1a over each table's file name and text, in
    /// the order of ``sourceTables``); tables missing from `files` count as empty.
    static func fingerprint(of files: [(name: String, text: String)]) -> UInt64 {
        TableFingerprint.of(sourceTables, in: files)
    }

    /// The header line of an index compiled from tables with this fingerprint.
    static func header(_ fingerprint: UInt64) -> String {
        TableFingerprint.header("cue", fingerprint)
    }

    /// The tables as index text (see the type's documentation), headed by `fingerprint`.
    static func archive(_ tables: ClaimCueTables, fingerprint: UInt64) -> String {
        var lines = [header(fingerprint)]
        func phrases<Payload>(_ name: String, _ table: PhraseTable<Payload>, _ fields: (Payload) -> [String]) {
            for (_, entries) in table.phrasesByFirstWord {
                for entry in entries {
                    let words = entry.words.joined(separator: " ")
                    let cue = entry.cue == words ? "" : entry.cue
                    lines.append(([name, words, cue] + fields(entry.payload)).joined(separator: "\t"))
                }
            }
        }
        func suffixes<Payload>(_ name: String, _ table: [String: Payload], _ fields: (Payload) -> [String]) {
            for key in table.keys.sorted(by: CueIndex.precedes) {
                lines.append(([name, key] + fields(table[key]!)).joined(separator: "\t"))
            }
        }
        phrases("outcome", tables.outcomes, outcomeFields)
        phrases("link", tables.links, linkFields)
        phrases("negation", tables.negations) { [$0.kind.rawValue] }
        phrases("hedge", tables.hedges) { [$0.type] }
        phrases("perturbation", tables.perturbations, perturbationFields)
        phrases("setting", tables.settings) { [$0.kind.rawValue] }
        phrases("evidence", tables.evidence) { [$0] }
        phrases("cancer", tables.cancers) { [$0] }
        phrases("cell_type", tables.cellTypes) { [$0.rawValue] }
        phrases("relation", tables.relations, relationFields)
        phrases("tumor_element", tables.tumorElements) { [$0 ? "1" : "0"] }
        suffixes("modifier", tables.modifierSuffixes, linkFields)
        suffixes("compound", tables.compounds, outcomeFields)
        suffixes("perturbation_suffix", tables.perturbationSuffixes, perturbationFields)
        suffixes("relation_suffix", tables.relationSuffixes, relationFields)
        for word in tables.geneticVariantWords.sorted(by: CueIndex.precedes) { lines.append("genetic_variant\t" + word) }
        for words in tables.methodsSectionWords { lines.append("methods_section\t" + words.joined(separator: " ")) }
        for name in RuleWords.names {
            for word in (tables.ruleWords.sets[name] ?? []).sorted(by: CueIndex.precedes) {
                lines.append("rule_word\t" + name + "\t" + word)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The tables of an index written by ``archive(_:fingerprint:)``, with `model`; `nil` when
    /// its fingerprint is not `fingerprint` or a line is not well formed.
    static func read(_ text: String, fingerprint: UInt64, model: ClaimModel?) -> ClaimCueTables? {
        var text = text
        let header = Array(header(fingerprint).utf8)
        return text.withUTF8 { bytes -> ClaimCueTables? in
            guard bytes.count > header.count, bytes.prefix(header.count).elementsEqual(header),
                bytes[header.count] == 0x0A
            else { return nil }
            var reader = CueIndexReader(bytes: bytes, position: header.count + 1)
            return reader.read(model: model)
        }
    }

    /// Whether `a` comes before `b` in the byte order of their UTF-8 (the order of the index).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static func outcomeFields(_ cue: OutcomeCue) -> [String] {
        [String(cue.valence), cue.byCellType ? "1" : "0", cue.effect, cue.isVerb ? "1" : "0"]
    }

    private static func linkFields(_ cue: LinkCue) -> [String] {
        [String(cue.sign), cue.kind.rawValue, cue.lemma]
    }

    private static func perturbationFields(_ cue: PerturbationCue) -> [String] {
        [String(cue.sign), cue.kind]
    }

    private static func relationFields(_ cue: RelationCue) -> [String] {
        [cue.type.rawValue, cue.voice.rawValue]
    }
}

/// Reads the lines of a ``CueIndex`` text from its UTF-8 bytes into the tables, refusing
/// anything malformed. Lines of one table are adjacent, in the order ``CueIndex/archive(_:fingerprint:)``
/// writes them.
private struct CueIndexReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    /// The fields of the current line, as ranges of ``bytes``.
    private var fields: [Range<Int>] = []
    /// Whether the current line has been taken by a table.
    private var lineTaken = true
    /// The `String` of each word of the ``CueWordTable`` being filled, by id: a word that comes
    /// again (most do) is not decoded again.
    private var wordStrings: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>, position: Int) {
        self.bytes = bytes
        self.position = position
    }

    mutating func read(model: ClaimModel?) -> ClaimCueTables? {
        var words = CueWordTable()
        var cueStarts: [UInt16] = []
        var nextBit: UInt16 = 1
        func phrases<Payload>(
            _ name: String, fieldCount: Int, _ payload: (CueIndexReader) -> Payload?
        ) -> PhraseTable<Payload>? {
            var groups: [(first: String, entries: [PhraseTable<Payload>.Entry])] = []
            while nextLine(named: name) {
                guard fields.count == 3 + fieldCount, let value = payload(self) else { return nil }
                let (phrase, ids) = registeredWords(fields[1], in: &words)
                guard let first = phrase.first else { return nil }
                let cue =
                    !fields[2].isEmpty ? string(fields[2]) : phrase.count == 1 ? first : phrase.joined(separator: " ")
                let entry = PhraseTable<Payload>.Entry(words: phrase, cue: cue, payload: value, wordIDs: ids)
                if groups.last?.first == first {
                    groups[groups.count - 1].entries.append(entry)
                } else {
                    groups.append((first, [entry]))
                }
            }
            let table = PhraseTable(registeredGroups: groups, bit: nextBit, wordCount: words.count)
            cueStarts += repeatElement(0, count: words.count - cueStarts.count)
            for group in groups { cueStarts[Int(group.entries[0].wordIDs[0])] |= nextBit }
            nextBit <<= 1
            return table
        }
        func suffixes<Payload>(
            _ name: String, fieldCount: Int, _ payload: (CueIndexReader) -> Payload?
        ) -> [String: Payload]? {
            var table: [String: Payload] = [:]
            while nextLine(named: name) {
                guard fields.count == 2 + fieldCount, let value = payload(self) else { return nil }
                table[string(fields[1])] = value
            }
            return table
        }
        guard let outcomes = phrases("outcome", fieldCount: 4, { $0.outcome(from: 3) }),
            let links = phrases("link", fieldCount: 3, { $0.link(from: 3) }),
            let negations = phrases(
                "negation", fieldCount: 1, { NegationCue.Kind(rawValue: $0.string(at: 3)).map(NegationCue.init) }),
            let hedges = phrases("hedge", fieldCount: 1, { HedgeCue(type: $0.string(at: 3)) }),
            let perturbations = phrases("perturbation", fieldCount: 2, { $0.perturbation(from: 3) }),
            let settings = phrases(
                "setting", fieldCount: 1, { SettingCue.Kind(rawValue: $0.string(at: 3)).map(SettingCue.init) }),
            let evidence = phrases("evidence", fieldCount: 1, { $0.string(at: 3) }),
            let cancers = phrases("cancer", fieldCount: 1, { $0.string(at: 3) }),
            let cellTypes = phrases("cell_type", fieldCount: 1, { CellRole(rawValue: $0.string(at: 3)) }),
            let relations = phrases("relation", fieldCount: 2, { $0.relation(from: 3) }),
            let tumorElements = phrases("tumor_element", fieldCount: 1, { $0.flag(at: 3) }),
            let modifierSuffixes = suffixes("modifier", fieldCount: 3, { $0.link(from: 2) }),
            let compounds = suffixes("compound", fieldCount: 4, { $0.outcome(from: 2) }),
            let perturbationSuffixes = suffixes("perturbation_suffix", fieldCount: 2, { $0.perturbation(from: 2) }),
            let relationSuffixes = suffixes("relation_suffix", fieldCount: 2, { $0.relation(from: 2) })
        else { return nil }
        var geneticVariantWords: Set<String> = []
        while nextLine(named: "genetic_variant") {
            guard fields.count == 2 else { return nil }
            geneticVariantWords.insert(string(fields[1]))
        }
        var methodsSectionWords: [[String]] = []
        while nextLine(named: "methods_section") {
            guard fields.count == 2 else { return nil }
            methodsSectionWords.append(phraseWords(fields[1]))
        }
        var ruleWordSets: [String: Set<String>] = [:]
        while nextLine(named: "rule_word") {
            guard fields.count == 3 else { return nil }
            ruleWordSets[string(fields[1]), default: []].insert(string(fields[2]))
        }
        guard let ruleWords = try? RuleWords(sets: ruleWordSets, file: "rule_words.tsv") else { return nil }
        // Every line must have been read by a table, in the order written.
        guard lineTaken, position >= bytes.count else { return nil }
        return ClaimCueTables(
            outcomes: outcomes, links: links, modifierSuffixes: modifierSuffixes, compounds: compounds, negations: negations,
            hedges: hedges, perturbations: perturbations, perturbationSuffixes: perturbationSuffixes, settings: settings,
            evidence: evidence, cancers: cancers, cellTypes: cellTypes, relations: relations, relationSuffixes: relationSuffixes,
            geneticVariantWords: geneticVariantWords, methodsSectionWords: methodsSectionWords, ruleWords: ruleWords,
            model: model, tumorElements: tumorElements, cueWords: words, cueStarts: cueStarts)
    }

    /// Cuts the next line into ``fields`` if it has not been read yet, and takes it when its
    /// first field is `name`.
    private mutating func nextLine(named name: String) -> Bool {
        if lineTaken {
            guard position < bytes.count else { return false }
            let end = index(of: 0x0A, from: position, to: bytes.count)
            guard end < bytes.count else { return false }  // every line ends with a newline
            fields.removeAll(keepingCapacity: true)
            var start = position
            while true {
                let fieldEnd = index(of: 0x09, from: start, to: end)
                fields.append(start..<fieldEnd)
                if fieldEnd == end { break }
                start = fieldEnd + 1
            }
            position = end + 1
            lineTaken = false
        }
        var name = name
        let matches = name.withUTF8 { name in
            fields[0].count == name.count && bytes[fields[0]].elementsEqual(name)
        }
        if matches { lineTaken = true }
        return matches
    }

    private func index(of byte: UInt8, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start)
        else { return end }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func string(at field: Int) -> String {
        string(fields[field])
    }

    /// The word keys of a phrase field, split at spaces, and their ids in `table` (new words are
    /// added to it).
    private mutating func registeredWords(_ range: Range<Int>, in table: inout CueWordTable) -> ([String], [Int32]) {
        // Both arrays sized for the phrase's words up front: one allocation each.
        var count = 1
        for index in range where bytes[index] == 0x20 { count += 1 }
        var words: [String] = []
        var ids: [Int32] = []
        words.reserveCapacity(count)
        ids.reserveCapacity(count)
        var start = range.lowerBound
        for end in range.lowerBound...range.upperBound where end == range.upperBound || bytes[end] == 0x20 {
            if end > start {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let id = table.id(ofBytes: word) {
                    words.append(wordStrings[Int(id)])
                    ids.append(id)
                } else {
                    let text = String(decoding: word, as: UTF8.self)
                    let id = table.insert(text)
                    wordStrings.append(text)
                    words.append(text)
                    ids.append(id)
                }
            }
            start = end + 1
        }
        return (words, ids)
    }

    /// The word keys of a field, split at spaces.
    private func phraseWords(_ range: Range<Int>) -> [String] {
        var words: [String] = []
        var start = range.lowerBound
        for end in range.lowerBound...range.upperBound where end == range.upperBound || bytes[end] == 0x20 {
            if end > start { words.append(string(start..<end)) }
            start = end + 1
        }
        return words
    }

    func flag(at field: Int) -> Bool? {
        guard fields[field].count == 1 else { return nil }
        switch bytes[fields[field].lowerBound] {
        case UInt8(ascii: "1"): return true
        case UInt8(ascii: "0"): return false
        default: return nil
        }
    }

    /// The small signed number of a field (`-1`, `0`, `1`…).
    func number(at field: Int) -> Int? {
        var digits = fields[field]
        let negative = !digits.isEmpty && bytes[digits.lowerBound] == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count < 10 else { return nil }
        var value = 0
        for index in digits {
            guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    func outcome(from field: Int) -> OutcomeCue? {
        guard let valence = number(at: field), let byCellType = flag(at: field + 1), let isVerb = flag(at: field + 3)
        else { return nil }
        return OutcomeCue(valence: valence, byCellType: byCellType, effect: string(at: field + 2), isVerb: isVerb)
    }

    func link(from field: Int) -> LinkCue? {
        guard let sign = number(at: field), let kind = LinkCue.Kind(rawValue: string(at: field + 1)) else { return nil }
        return LinkCue(sign: sign, kind: kind, lemma: string(at: field + 2))
    }

    func perturbation(from field: Int) -> PerturbationCue? {
        guard let sign = number(at: field) else { return nil }
        return PerturbationCue(sign: sign, kind: string(at: field + 1))
    }

    func relation(from field: Int) -> RelationCue? {
        guard let type = RelationType(rawValue: string(at: field)),
            let voice = RelationCue.Voice(rawValue: string(at: field + 1))
        else { return nil }
        return RelationCue(type: type, voice: voice)
    }
}
