extension NodeMetadataTable {
    /// Node metadata from a lexicon: HGNC id, family and approved name of every cytokine gene,
    /// and the name and type of every group.
    public init(lexicon: Lexicon) {
        self.init(cytokines: lexicon.cytokines, groups: lexicon.groups)
    }

    /// Node metadata from a compiled lexicon, as from the lexicon it compiles (its names and cue
    /// tables are not read).
    public init(lexicon: CompiledLexicon) {
        self.init(cytokines: lexicon.cytokines, groups: lexicon.groups)
    }

    private init(cytokines: [CytokineRecord], groups: [GroupRecord]) {
        var entries: [String: NodeMetadata] = [:]
        for group in groups {
            entries[group.id] = NodeMetadata(family: group.type, name: group.name)
        }
        for cytokine in cytokines {
            entries[cytokine.symbol] = NodeMetadata(
                hgnc: cytokine.hgnc.isEmpty ? nil : cytokine.hgnc, family: cytokine.family.isEmpty ? nil : cytokine.family,
                name: cytokine.name.isEmpty ? nil : cytokine.name)
        }
        self.init(entries)
    }
}
