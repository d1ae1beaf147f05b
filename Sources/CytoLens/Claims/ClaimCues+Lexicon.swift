extension ClaimCues {
    /// Builds the cues from the cue tables of a lexicon (the built-in one, possibly extended or
    /// replaced by a user's folder).
    ///
    /// - Throws: when a cue table is missing or malformed.
    /// - Parameter withModel: whether to load the claim model (`claim_model.tsv`), if the lexicon has one.
    public init(lexicon: Lexicon, withModel: Bool = ClaimModel.onByDefault) throws {
        try self.init(
            fileTexts: { name in
                guard let table = lexicon.tables[name] else { throw LexiconError(origin: name, message: "missing cue table") }
                var text = table.columns.joined(separator: "\t") + "\n"
                for row in table.rows { text += row.cells.joined(separator: "\t") + "\n" }
                return text
            }, withModel: withModel)
    }
}
