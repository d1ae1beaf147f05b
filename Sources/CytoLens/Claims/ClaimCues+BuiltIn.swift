extension ClaimCues {
    /// The cues of the built-in lexicon: read from the cue index stored in the binary
    /// (``CueIndex``), or compiled from the built-in tables when that index is out of date.
    ///
    /// - Parameter withModel: whether to load the claim model (`claim_model.tsv`).
    init(builtInWithModel withModel: Bool) throws {
        let model = withModel ? try Lexicon.builtInTable(LexiconSchema.claimModel.file).map(Self.model(from:)) : nil
        // The tables' fingerprint was computed when they were embedded (`CueIndexTests` checks it).
        if let tables = CueIndex.read(EmbeddedCueIndex.text, fingerprint: EmbeddedLexicon.cuesFingerprint, model: model) {
            self.init(cueTables: tables)
        } else {
            try self.init(compilingBuiltInWithModel: withModel)
        }
    }

    /// The cues of the built-in lexicon compiled from its tables (never read from the index).
    init(compilingBuiltInWithModel withModel: Bool) throws {
        try self.init(
            tables: { name in
                guard let table = try Lexicon.builtInTable(name) else {
                    throw LexiconError(origin: name, message: "missing cue table")
                }
                return TSVTable(lexiconTable: table)
            }, withModel: withModel)
    }

    /// The cue index of the built-in lexicon compiled from its tables (never read from the copy
    /// in the binary), as the text `scripts/embed_lexicon.py` stores in the binary.
    public static func compiledBuiltInCueIndex() throws -> String {
        let cues = try ClaimCues(compilingBuiltInWithModel: false)
        return CueIndex.archive(cues.cueTables, fingerprint: CueIndex.fingerprint(of: EmbeddedLexicon.files))
    }

    private static func model(from table: LexiconTable) throws -> ClaimModel {
        try ClaimModel(table: TSVTable(lexiconTable: table))
    }
}
