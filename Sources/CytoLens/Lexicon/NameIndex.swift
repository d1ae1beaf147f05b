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
/// `key TAB entity TAB any-case TAB case-keys TAB rows`, where any-case is `-` (no
/// case-insensitive row), `0` or `1` (whether it needs context), case-keys is a comma-separated
/// list of `caseKey:0` or `caseKey:1` and rows is a comma-separated list of row numbers.
struct NameIndex {
    /// The distinct keys in byte order; the value of key `i` in the trie is `i`.
    var keys: [[UInt8]]
    /// The rows and case rules of each key, in the order of ``keys``.
    var entries: [CompiledLexicon.KeyEntry]

    /// The lexicon tables the index depends on: names, and the entity tables that number the
    /// entities (cue tables do not change it).
    static let sourceTables = ["cytokines.tsv", "groups.tsv", "names.tsv", "receptors.tsv"]

    /// Compiles the names, given the number of the entity each kind and target names.
    ///
    /// Rows with no entity or an empty key are left out; the rows of one key are kept in file
    /// order, and the last row of a key names the entity, so the rows of the last origin that
    /// names a key win.
    init(compiling names: [NameRecord], entity: (MentionKind, String) -> Int32?) {
        // The keys of every row, and the entity each valid row names. Rows of one target are
        // mostly adjacent, so the entity of the row before is reused when the target repeats.
        var keys: [[UInt8]] = []
        var caseKeys: [[UInt8]] = []
        keys.reserveCapacity(names.count)
        caseKeys.reserveCapacity(names.count)
        var rowEntities = [Int32](repeating: -1, count: names.count)
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
        // The valid rows sorted by key, then by row. Keys hold no zero byte, so the first eight
        // bytes packed big-endian (zero-padded) order two keys as their bytes do wherever they
        // differ there; only ties compare whole keys.
        let prefixes = keys.map { key in
            key.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } << (8 * UInt64(8 - min(key.count, 8)))
        }
        let ordered = names.indices.filter { rowEntities[$0] >= 0 }.sorted { first, second in
            if prefixes[first] != prefixes[second] { return prefixes[first] < prefixes[second] }
            return keys[first] == keys[second] ? first < second : NameTrie.precedes(keys[first], keys[second])
        }
        var indexKeys: [[UInt8]] = []
        var entries: [CompiledLexicon.KeyEntry] = []
        var runStart = ordered.startIndex
        while runStart < ordered.endIndex {
            let key = keys[ordered[runStart]]
            var runEnd = runStart + 1
            while runEnd < ordered.endIndex, keys[ordered[runEnd]] == key { runEnd += 1 }
            let rows = ordered[runStart..<runEnd]
            let entity = rowEntities[rows.last!]
            let kept = rows.filter { rowEntities[$0] == entity }
            var entry = CompiledLexicon.KeyEntry(entity: entity, anyCaseNeedsContext: nil, caseKeys: [], rows: kept)
            for row in kept {
                let needsContext = names[row].flags.contains("needs_context")
                if names[row].caseSensitive {
                    entry.caseKeys.append((caseKeys[row], needsContext))
                } else {
                    entry.anyCaseNeedsContext = (entry.anyCaseNeedsContext ?? true) && needsContext
                }
            }
            indexKeys.append(key)
            entries.append(entry)
            runStart = runEnd
        }
        self.keys = indexKeys
        self.entries = entries
    }

    /// The keys with their trie values, as ``NameTrie/init(keys:)`` takes them.
    var trieKeys: [(key: [UInt8], value: Int32)] {
        keys.enumerated().map { ($0.element, Int32($0.offset)) }
    }

    /// A fingerprint of the tables the index depends on (64-bit FNV-1a over each table's file
    /// name and text, in the order of ``sourceTables``); tables missing from `files` count as empty.
    static func fingerprint(of files: [(name: String, text: String)]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        for table in sourceTables {
            var name = table
            var text = files.first { $0.name == table }?.text ?? ""
            name.withUTF8(add)
            [UInt8(0)].withUnsafeBufferPointer(add)
            text.withUTF8(add)
            [UInt8(0)].withUnsafeBufferPointer(add)
        }
        return hash
    }

    /// The header line of an index compiled from tables with this fingerprint.
    private static func header(_ fingerprint: UInt64) -> String {
        let digits = String(fingerprint, radix: 16)
        return "# cytolens name index " + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The index as text (see the type's documentation), headed by `fingerprint`.
    func archive(fingerprint: UInt64) -> String {
        var text = Self.header(fingerprint) + "\n"
        for (key, entry) in zip(keys, entries) {
            text += String(decoding: key, as: UTF8.self)
            text += "\t" + String(entry.entity) + "\t"
            text += entry.anyCaseNeedsContext.map { $0 ? "1" : "0" } ?? "-"
            text += "\t"
            text += entry.caseKeys.map { String(decoding: $0.caseKey, as: UTF8.self) + ($0.needsContext ? ":1" : ":0") }
                .joined(separator: ",")
            text += "\t" + entry.rows.map(String.init).joined(separator: ",") + "\n"
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
        keys = parsed.keys
        entries = parsed.entries
    }
}

/// Reads the lines of a ``NameIndex`` text from its UTF-8 bytes, refusing anything malformed.
private struct NameIndexReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func read(header: [UInt8]) -> (keys: [[UInt8]], entries: [CompiledLexicon.KeyEntry])? {
        guard bytes.count > header.count, bytes.prefix(header.count).elementsEqual(header), bytes[header.count] == 0x0A
        else { return nil }
        position = header.count + 1
        var keys: [[UInt8]] = []
        var entries: [CompiledLexicon.KeyEntry] = []
        while position < bytes.count {
            guard let key = word(), !key.isEmpty, skip(0x09), let entity = number(), skip(0x09) else { return nil }
            var entry = CompiledLexicon.KeyEntry(entity: Int32(entity), anyCaseNeedsContext: nil, caseKeys: [], rows: [])
            if skip(UInt8(ascii: "-")) {
                entry.anyCaseNeedsContext = nil
            } else {
                guard let flag = flag() else { return nil }
                entry.anyCaseNeedsContext = flag
            }
            guard skip(0x09) else { return nil }
            while let caseKey = word(), !caseKey.isEmpty {
                guard skip(UInt8(ascii: ":")), let needsContext = flag() else { return nil }
                entry.caseKeys.append((caseKey, needsContext))
                if !skip(UInt8(ascii: ",")) { break }
            }
            guard skip(0x09), let first = number() else { return nil }
            entry.rows.append(first)
            while skip(UInt8(ascii: ",")) {
                guard let row = number() else { return nil }
                entry.rows.append(row)
            }
            guard skip(0x0A) else { return nil }
            if let last = keys.last, !NameTrie.precedes(last, key) { return nil }
            keys.append(key)
            entries.append(entry)
        }
        return (keys, entries)
    }

    /// Skips `byte` if it comes next.
    private mutating func skip(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// The ASCII letters and digits that come next (possibly none).
    private mutating func word() -> [UInt8]? {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: position += 1
            default: return Array(bytes[start..<position])
            }
        }
        return Array(bytes[start..<position])
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
