extension NodeMetadataTable {
    /// Node metadata from a lexicon: HGNC id, family and approved name of every cytokine gene,
    /// and the name and type of every group.
    public init(lexicon: Lexicon) {
        var entries: [String: NodeMetadata] = [:]
        for group in lexicon.groups {
            entries[group.id] = NodeMetadata(family: group.type, name: group.name)
        }
        for cytokine in lexicon.cytokines {
            entries[cytokine.symbol] = NodeMetadata(
                hgnc: cytokine.hgnc.isEmpty ? nil : cytokine.hgnc, family: cytokine.family.isEmpty ? nil : cytokine.family,
                name: cytokine.name.isEmpty ? nil : cytokine.name)
        }
        self.init(entries)
    }
}
