/// One cytokine gene (a row of `cytokines.tsv`).
public struct CytokineRecord: Sendable, Hashable {
    /// The HGNC symbol (`IL6`).
    public var symbol: String
    /// The HGNC id (`HGNC:6018`).
    public var hgnc: String
    /// The human NCBI Gene id (`3569`).
    public var ncbi: String
    /// The family: a group id (`IL6_FAMILY`) or a family label (`GROWTH_FACTOR`).
    public var family: String
    /// The approved name.
    public var name: String
    /// `core` (classical cytokines and chemokines) or `optional` (growth factors and others).
    public var tier: String
    /// Where the row is (`file:line`).
    public var location: String
}

/// A family, complex or class of cytokines (a row of `groups.tsv`).
public struct GroupRecord: Sendable, Hashable {
    /// The group id (`IL12`, `TGFB`, `CHEMOKINE`).
    public var id: String
    /// heterodimer, homodimer, family, family-level name, class, …
    public var type: String
    /// A readable name.
    public var name: String
    /// The member genes' HGNC symbols.
    public var members: [String]
    /// Where the row is (`file:line`).
    public var location: String
}

/// A receptor, co-receptor, decoy or binding-protein gene (a row of `receptors.tsv`).
public struct ReceptorRecord: Sendable, Hashable {
    /// The HGNC symbol (`IL6R`).
    public var symbol: String
    /// The HGNC id.
    public var hgnc: String
    /// The approved name.
    public var name: String
    /// The cytokines it binds, as listed (noisy; a database claim).
    public var ligands: [String]
    /// Where the row is (`file:line`).
    public var location: String
}

/// One surface name (a row of `names.tsv`).
public struct NameRecord: Sendable, Hashable {
    /// The name as a biologist writes it (`IL-6`).
    public var name: String
    /// `cytokine`, `group` or `receptor`; `nil` when the row's kind is not one of these.
    public var kind: MentionKind?
    /// The raw kind cell, for messages.
    public var kindText: String
    /// The HGNC symbol or group id.
    public var target: String
    /// Whether the name must match with its case (`case` = `sensitive`).
    public var caseSensitive: Bool
    /// The raw case cell, for messages.
    public var caseText: String
    /// The flags (`ambiguous`, `needs_context`, …).
    public var flags: [String]
    /// `reference`, `curated`, … (documentation only).
    public var source: String
    /// The file the row came from.
    public var origin: String
    /// The 1-based line in that file.
    public var line: Int

    /// Where the row is (`file:line`).
    public var location: String { "\(origin):\(line)" }

    /// Whether the row carries a flag.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// The name of another thing that holds a cytokine name, such as a gene or a protein domain (a
/// row of `other_names.tsv`): "EG-VEGF" (prokineticin 1), "EGF-like domain", "interferon
/// regulatory factor". The tagger matches it like any name and never makes it a mention.
public struct OtherNameRecord: Sendable, Hashable {
    /// The name as a biologist writes it.
    public var name: String
    /// Whether the name must match with its case (`case` = `sensitive`).
    public var caseSensitive: Bool
    /// The raw case cell, for messages.
    public var caseText: String
    /// What the name means (`PROK1 (prokineticin 1)`).
    public var meaning: String
    /// Where the mis-tag was seen, or why the row is here (documentation only).
    public var source: String
    /// Where the row is (`file:line`).
    public var location: String
}
