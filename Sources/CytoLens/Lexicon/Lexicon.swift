/// The lexicon as read from its TSV files: cytokine genes, groups, receptors, surface names and
/// the cue tables. Reading checks only the shape of the files; ``LexiconValidator`` checks the
/// content, and ``CompiledLexicon`` turns it into the matcher the tagger uses.
public struct Lexicon: Sendable {
    /// The cytokine genes (`cytokines.tsv`).
    public var cytokines: [CytokineRecord]
    /// The families, complexes and classes (`groups.tsv`).
    public var groups: [GroupRecord]
    /// The receptor genes (`receptors.tsv`).
    public var receptors: [ReceptorRecord]
    /// The surface names (`names.tsv`), built-in rows first.
    public var names: [NameRecord]
    /// The names of other things that hold a cytokine name (`other_names.tsv`; none when the
    /// lexicon has no such table).
    public var otherNames: [OtherNameRecord]
    /// Every table read, by file name, including the cue tables and `dropped_names.tsv`.
    public var tables: [String: LexiconTable]
    /// Files of a user's folder that were ignored because they are not lexicon tables.
    public var ignoredFiles: [String]

    /// Reads every table of a source.
    ///
    /// - Throws: ``LexiconError`` when a name table is missing, a header is wrong or a row has
    ///   too many cells.
    public init(source: LexiconSource) throws(LexiconError) {
        var tables: [String: LexiconTable] = [:]
        let schema = LexiconSchema.allTables
        for (name, files) in source.files.sorted(by: { $0.key < $1.key }) {
            let columns = schema[name]
            var table: LexiconTable?
            for file in files {
                let part = try LexiconTable(name: name, text: file.text, origin: file.origin, expectedColumns: columns)
                if table == nil { table = part } else { try table?.append(part) }
            }
            tables[name] = table
        }
        for name in LexiconSchema.nameTables.keys.sorted() where tables[name] == nil {
            throw LexiconError(origin: name, message: "missing: every lexicon needs \(name)")
        }
        self.tables = tables
        ignoredFiles = source.ignoredFiles
        cytokines = Self.cytokines(in: tables["cytokines.tsv"])
        groups = Self.groups(in: tables["groups.tsv"])
        receptors = Self.receptors(in: tables["receptors.tsv"])
        otherNames = Self.otherNames(in: tables[LexiconSchema.otherNames.file])
        // Rows of one kind are adjacent: the kind of the row above is reused when its cell repeats.
        var kindAbove: (text: String, kind: MentionKind?) = ("", nil)
        names = (tables["names.tsv"]?.rows ?? []).map { row in
            let cells = row.cells
            if cells[1] != kindAbove.text { kindAbove = (cells[1], MentionKind(rawValue: cells[1])) }
            return NameRecord(
                name: cells[0], kind: kindAbove.kind, kindText: cells[1], target: cells[2],
                caseSensitive: cells[3] == "sensitive", caseText: cells[3], flags: Self.list(cells[4]), source: cells[5],
                origin: row.origin, line: row.line)
        }
    }

    /// The built-in lexicon.
    public static func builtIn() throws(LexiconError) -> Lexicon {
        try Lexicon(source: .builtIn)
    }

    /// One table of the built-in lexicon read alone, as ``init(source:)`` reads it (`nil` when
    /// the built-in lexicon has no such file): a command that needs a few tables does not read
    /// all of them (`names.tsv` alone is half of the bytes).
    static func builtInTable(_ name: String) throws(LexiconError) -> LexiconTable? {
        guard let text = EmbeddedLexicon.files.first(where: { $0.name == name })?.text else { return nil }
        let columns =
            LexiconSchema.nameTables[name] ?? LexiconSchema.cueTables[name]
            ?? [LexiconSchema.droppedNames, LexiconSchema.otherNames, LexiconSchema.claimModel].first { $0.file == name }?.columns
        return try LexiconTable(name: name, text: text, origin: "built-in:" + name, expectedColumns: columns)
    }

    /// The cytokine records of a `cytokines.tsv` table (none when there is no table).
    static func cytokines(in table: LexiconTable?) -> [CytokineRecord] {
        rows(of: table) { cells, location in
            CytokineRecord(
                symbol: cells[0], hgnc: cells[1], ncbi: cells[2], family: cells[3], name: cells[4], tier: cells[5],
                location: location)
        }
    }

    /// The group records of a `groups.tsv` table (none when there is no table).
    static func groups(in table: LexiconTable?) -> [GroupRecord] {
        rows(of: table) { cells, location in
            GroupRecord(id: cells[0], type: cells[1], name: cells[2], members: list(cells[3]), location: location)
        }
    }

    /// The receptor records of a `receptors.tsv` table (none when there is no table).
    static func receptors(in table: LexiconTable?) -> [ReceptorRecord] {
        rows(of: table) { cells, location in
            ReceptorRecord(symbol: cells[0], hgnc: cells[1], name: cells[2], ligands: list(cells[3]), location: location)
        }
    }

    /// The records of an `other_names.tsv` table (none when there is no table).
    static func otherNames(in table: LexiconTable?) -> [OtherNameRecord] {
        rows(of: table) { cells, location in
            OtherNameRecord(
                name: cells[0], caseSensitive: cells[1] == "sensitive", caseText: cells[1], meaning: cells[2],
                source: cells[3], location: location)
        }
    }

    private static func rows<Record>(of table: LexiconTable?, _ make: ([String], String) -> Record) -> [Record] {
        (table?.rows ?? []).map { make($0.cells, $0.location) }
    }

    private static func list(_ cell: String) -> [String] {
        // Most cells hold no item or one: no splitting for them.
        if cell.isEmpty { return [] }
        if !cell.utf8.contains(UInt8(ascii: "|")) { return [cell] }
        // ASCII text is cut at its `|` bytes, which are its `|` characters; other text keeps the
        // split by characters (a `|` followed by a combining mark is no separator there).
        guard cell.utf8.allSatisfy({ $0 < 0x80 }) else {
            return cell.split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
        }
        // The items are cut from the bytes in one pass, empty ones left out.
        var text = cell
        return text.withUTF8 { bytes in
            var items: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "|") {
                if end > start {
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                start = end + 1
            }
            return items
        }
    }
}
