extension ClaimCues {
    /// Builds the cues from the cue tables of a lexicon (the built-in one, possibly extended or
    /// replaced by a user's folder).
    ///
    /// - Throws: when a cue table is missing or malformed.
    /// - Parameter withModel: whether to load the claim model (`claim_model.tsv`), if the lexicon has one.
    public init(lexicon: Lexicon, withModel: Bool = ClaimModel.onByDefault) throws {
        try self.init(
            tables: { name in
                guard let table = lexicon.tables[name] else { throw LexiconError(origin: name, message: "missing cue table") }
                return TSVTable(lexiconTable: table)
            }, withModel: withModel)
    }
}

extension ClaimCues {
    /// Builds the cues from the cue tables of a compiled lexicon: those of the built-in lexicon
    /// from the cue index stored in the binary (``init(builtInWithModel:)``).
    ///
    /// - Throws: when a cue table is missing or malformed.
    /// - Parameter withModel: whether to load the claim model (`claim_model.tsv`), if the lexicon has one.
    public init(compiled lexicon: CompiledLexicon, withModel: Bool = ClaimModel.onByDefault) throws {
        if lexicon.isBuiltIn {
            try self.init(builtInWithModel: withModel)
            return
        }
        try self.init(
            tables: { name in
                guard let table = try lexicon.table(named: name) else {
                    throw LexiconError(origin: name, message: "missing cue table")
                }
                return TSVTable(lexiconTable: table)
            }, withModel: withModel)
    }
}

extension TSVTable {
    /// The table a lexicon table reads as, taken over cell by cell: the same rows as its text
    /// re-read by ``init(text:name:)``, without writing and parsing that text.
    ///
    /// The lexicon reader already cut the lines at tabs, dropped comment and blank lines and
    /// padded short rows, so two of the text reader's rules are left to apply: a line that is
    /// white space alone is skipped, and a `\r` ending the line is dropped.
    init(lexiconTable table: LexiconTable) {
        var rows: [[String]] = []
        rows.reserveCapacity(table.rows.count)
        for row in table.rows {
            var cells = row.cells
            // A row that starts with a visible ASCII character is not blank: most rows are
            // told so without walking their characters.
            let first = cells.first?.utf8.first ?? 0
            if !(first > 0x20 && first < 0x7F), cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            if let last = cells.last, last.utf8.last == UInt8(ascii: "\r") {
                cells[cells.count - 1] = String(last.dropLast())
            }
            rows.append(cells)
        }
        self.init(name: table.name, columns: table.columns, rows: rows)
    }
}
