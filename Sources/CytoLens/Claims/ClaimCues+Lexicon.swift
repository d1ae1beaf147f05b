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
                return try TSVTable(lexiconTable: table, name: name)
            }, withModel: withModel)
    }
}
