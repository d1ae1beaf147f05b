/// The names table compiled for matching: its distinct match keys in byte order, each with the
/// ``CompiledLexicon/KeyEntry`` of its rows. ``CompiledLexicon`` builds its trie from the keys.
///
/// Compiling keys every name and sorts the rows, most of the cost of starting the tagger. The
/// index of the built-in lexicon is therefore also stored in the binary as text
/// (`EmbeddedNameIndex.swift`, written by `scripts/embed_lexicon.py`) and read back at start-up;
/// a user's lexicon folder is compiled at run time. The text carries a fingerprint of the tables
/// it was compiled from, and an index whose fingerprint differs is refused (and then compiled).
/// The fingerprint covers data, not code: a change to the rules of ``NameKey`` or of this
/// compile also needs the script re-run, and `NameIndexTests` fails until it is.
///
/// The text has a header line, `# cytolens name index <fingerprint>`, then one line per key:
/// `key TAB entity TAB any-case TAB case-keys TAB rows`, where entity is a number or `other`
/// (``otherThing``), any-case is `-` (no
/// case-insensitive row), `0` or `1` (whether it needs context), case-keys is a comma-separated
/// list of `caseKey:0` or `caseKey:1` and rows is a comma-separated list of row numbers.
struct NameIndex {
    /// The bytes of the distinct keys in byte order, one after the other (no array per key).
    var keyBytes: [UInt8] = []
    /// Where each key ends in ``keyBytes`` (key `i` starts where key `i - 1` ends); the value of
    /// key `i` in the trie is `i`.
    var keyEnds: [Int32] = []
    /// The case rules of each key, and where its rows are in ``rowNumbers``, in key order.
    var entries: [CompiledLexicon.KeyEntry] = []
    /// The row numbers of every key, key after key (a ``CompiledLexicon/KeyEntry/rows`` range).
    var rowNumbers: [Int32] = []

    /// The keys, one array each.
    var keys: [[UInt8]] {
        keyEnds.indices.map { Array(keyBytes[keyStart($0)..<Int(keyEnds[$0])]) }
    }

    /// An empty index.
    init() {}

    /// Where key `index` starts in ``keyBytes``.
    func keyStart(_ index: Int) -> Int {
        index == 0 ? 0 : Int(keyEnds[index - 1])
    }

    /// Adds the next key (after every key added so far in byte order) and its entry.
    mutating func append(key: some Collection<UInt8>, entry: CompiledLexicon.KeyEntry) {
        keyBytes.append(contentsOf: key)
        keyEnds.append(Int32(keyBytes.count))
        entries.append(entry)
    }

    /// The lexicon tables the index depends on: names, the names of other things, and the entity
    /// tables that number the entities (cue tables do not change it).
    static let sourceTables = ["cytokines.tsv", "groups.tsv", "names.tsv", "other_names.tsv", "receptors.tsv"]

    /// The entity of a key that names another thing (`other_names.tsv`): the matcher finds it
    /// like any name, so that it wins over a shorter name inside it, and drops it.
    static let otherThing: Int32 = -2

    /// The entity of a row that names nothing the lexicon has (left out).
    private static let noEntity: Int32 = -1

    /// Compiles the names and the names of other things, given the number of the entity each
    /// kind and target names. The rows of `otherNames` are numbered after those of `names` and
    /// name ``otherThing``.
    ///
    /// Rows with no entity or an empty key are left out; the rows of one key are kept in file
    /// order, and the last row of a key names the entity, so the rows of the last origin that
    /// names a key win (the validator reports an other thing's name that is also a name).
    init(compiling names: [NameRecord], otherNames: [OtherNameRecord] = [], entity: (MentionKind, String) -> Int32?) {
        // The keys of every row, and the entity each valid row names. Rows of one target are
        // mostly adjacent, so the entity of the row before is reused when the target repeats.
        var keys: [[UInt8]] = []
        var caseKeys: [[UInt8]] = []
        let rowCount = names.count + otherNames.count
        keys.reserveCapacity(rowCount)
        caseKeys.reserveCapacity(rowCount)
        var rowEntities = [Int32](repeating: Self.noEntity, count: rowCount)
        var previous: (kind: MentionKind, target: String, entity: Int32)?
        // Rows are read field by field (`names[row].name`), which copies no whole record.
        for row in names.indices {
            let rowKeys = NameKey.keys(of: names[row].name)
            keys.append(rowKeys.key)
            caseKeys.append(rowKeys.caseKey)
            guard let kind = names[row].kind, !rowKeys.key.isEmpty else { continue }
            let target = names[row].target
            if let previous, previous.kind == kind, previous.target == target {
                rowEntities[row] = previous.entity
            } else if let number = entity(kind, target) {
                rowEntities[row] = number
                previous = (kind, target, number)
            }
        }
        for (offset, other) in otherNames.enumerated() {
            let rowKeys = NameKey.keys(of: other.name)
            keys.append(rowKeys.key)
            caseKeys.append(rowKeys.caseKey)
            if !rowKeys.key.isEmpty { rowEntities[names.count + offset] = Self.otherThing }
        }
        func isCaseSensitive(_ row: Int) -> Bool {
            row < names.count ? names[row].caseSensitive : otherNames[row - names.count].caseSensitive
        }
        func needsContext(_ row: Int) -> Bool {
            row < names.count && names[row].flags.contains("needs_context")
        }
        // The valid rows sorted by key, then by row. Keys hold no zero byte, so the first eight
        // bytes packed big-endian (zero-padded) order two keys as their bytes do wherever they
        // differ there; only ties compare whole keys.
        let prefixes = keys.map { key in
            key.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } << (8 * UInt64(8 - min(key.count, 8)))
        }
        let ordered = (0..<rowCount).filter { rowEntities[$0] != Self.noEntity }.sorted { first, second in
            if prefixes[first] != prefixes[second] { return prefixes[first] < prefixes[second] }
            return keys[first] == keys[second] ? first < second : NameTrie.precedes(keys[first], keys[second])
        }
        var runStart = ordered.startIndex
        while runStart < ordered.endIndex {
            let key = keys[ordered[runStart]]
            var runEnd = runStart + 1
            while runEnd < ordered.endIndex, keys[ordered[runEnd]] == key { runEnd += 1 }
            let rows = ordered[runStart..<runEnd]
            let entity = rowEntities[rows.last!]
            let kept = rows.filter { rowEntities[$0] == entity }
            let firstRow = Int32(rowNumbers.count)
            rowNumbers += kept.map { Int32($0) }
            var entry = CompiledLexicon.KeyEntry(
                entity: entity, anyCaseNeedsContext: nil, caseKeys: [], rows: firstRow..<Int32(rowNumbers.count))
            for row in kept {
                if isCaseSensitive(row) {
                    entry.caseKeys.append((caseKeys[row], needsContext(row)))
                } else {
                    entry.anyCaseNeedsContext = (entry.anyCaseNeedsContext ?? true) && needsContext(row)
                }
            }
            append(key: key, entry: entry)
            runStart = runEnd
        }
    }

    /// A fingerprint of the tables the index depends on (64-bit FNV-1a over each table's file
    /// name and text, in the order of ``sourceTables``); tables missing from `files` count as empty.
    static func fingerprint(of files: [(name: String, text: String)]) -> UInt64 {
        TableFingerprint.of(sourceTables, in: files)
    }

    /// The header line of an index compiled from tables with this fingerprint.
    private static func header(_ fingerprint: UInt64) -> String {
        TableFingerprint.header("name", fingerprint)
    }

    /// The index as text (see the type's documentation), headed by `fingerprint`.
    func archive(fingerprint: UInt64) -> String {
        var text = Self.header(fingerprint) + "\n"
        for (index, entry) in entries.enumerated() {
            text += String(decoding: keyBytes[keyStart(index)..<Int(keyEnds[index])], as: UTF8.self)
            text += "\t" + (entry.entity == Self.otherThing ? "other" : String(entry.entity)) + "\t"
            text += entry.anyCaseNeedsContext.map { $0 ? "1" : "0" } ?? "-"
            text += "\t"
            text += entry.caseKeys.map { String(decoding: $0.caseKey, as: UTF8.self) + ($0.needsContext ? ":1" : ":0") }
                .joined(separator: ",")
            text +=
                "\t" + rowNumbers[Int(entry.rows.lowerBound)..<Int(entry.rows.upperBound)].map(String.init).joined(separator: ",")
                + "\n"
        }
        return text
    }

    /// Reads an index written by ``archive(fingerprint:)``; `nil` when its fingerprint is not
    /// `fingerprint` or a line is not well formed.
    init?(archive: String, fingerprint: UInt64) {
        var text = archive
        let header = Array(Self.header(fingerprint).utf8)
        let parsed = text.withUTF8 { bytes in
            var reader = NameIndexReader(bytes: bytes)
            return reader.read(header: header)
        }
        guard let parsed else { return nil }
        self = parsed
    }
}

/// Reads the lines of a ``NameIndex`` text from its UTF-8 bytes, refusing anything malformed.
private struct NameIndexReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func read(header: [UInt8]) -> NameIndex? {
        guard bytes.count > header.count, bytes.prefix(header.count).elementsEqual(header), bytes[header.count] == 0x0A
        else { return nil }
        position = header.count + 1
        var index = NameIndex()
        // About one key a line of 30 bytes, and one or two rows a key.
        index.keyBytes.reserveCapacity(bytes.count / 2)
        index.keyEnds.reserveCapacity(bytes.count / 24)
        index.entries.reserveCapacity(bytes.count / 24)
        index.rowNumbers.reserveCapacity(bytes.count / 12)
        var previous = 0..<0
        while position < bytes.count {
            let key = wordRange()
            guard !key.isEmpty, skip(0x09), let entity = entity(), skip(0x09) else { return nil }
            var entry = CompiledLexicon.KeyEntry(entity: entity, anyCaseNeedsContext: nil, caseKeys: [], rows: 0..<0)
            if skip(UInt8(ascii: "-")) {
                entry.anyCaseNeedsContext = nil
            } else {
                guard let flag = flag() else { return nil }
                entry.anyCaseNeedsContext = flag
            }
            guard skip(0x09) else { return nil }
            while case let caseKey = wordRange(), !caseKey.isEmpty {
                guard skip(UInt8(ascii: ":")), let needsContext = flag() else { return nil }
                entry.caseKeys.append((Array(UnsafeBufferPointer(rebasing: bytes[caseKey])), needsContext))
                if !skip(UInt8(ascii: ",")) { break }
            }
            let firstRow = Int32(index.rowNumbers.count)
            guard skip(0x09), let first = number() else { return nil }
            index.rowNumbers.append(Int32(first))
            while skip(UInt8(ascii: ",")) {
                guard let row = number() else { return nil }
                index.rowNumbers.append(Int32(row))
            }
            entry.rows = firstRow..<Int32(index.rowNumbers.count)
            guard skip(0x0A) else { return nil }
            if !previous.isEmpty, !precedes(previous, key) { return nil }
            index.append(key: UnsafeBufferPointer(rebasing: bytes[key]), entry: entry)
            previous = key
        }
        return index
    }

    /// Whether the key at `a` comes before the key at `b` in byte order (``NameTrie/precedes(_:_:)``).
    private func precedes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        for offset in 0..<min(a.count, b.count) where bytes[a.lowerBound + offset] != bytes[b.lowerBound + offset] {
            return bytes[a.lowerBound + offset] < bytes[b.lowerBound + offset]
        }
        return a.count < b.count
    }

    /// Skips `byte` if it comes next.
    private mutating func skip(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Where the ASCII letters and digits that come next lie (possibly nowhere).
    private mutating func wordRange() -> Range<Int> {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: position += 1
            default: return start..<position
            }
        }
        return start..<position
    }

    /// An entity number, or `other` for ``NameIndex/otherThing``.
    private mutating func entity() -> Int32? {
        // One byte decides: no entity number starts with a letter.
        guard position < bytes.count, bytes[position] == UInt8(ascii: "o") else { return number().map { Int32($0) } }
        for byte in "other".utf8 {
            guard skip(byte) else { return nil }
        }
        return NameIndex.otherThing
    }

    /// A decimal number of at most nine digits.
    private mutating func number() -> Int? {
        var value = 0
        let start = position
        while position < bytes.count, position - start < 9, (0x30...0x39).contains(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return position > start ? value : nil
    }

    /// `0` or `1`.
    private mutating func flag() -> Bool? {
        if skip(UInt8(ascii: "0")) { return false }
        if skip(UInt8(ascii: "1")) { return true }
        return nil
    }
}
