/// What a name can resolve to: one cytokine gene, one group or one receptor gene.
public struct LexiconEntity: Sendable, Hashable {
    /// Cytokine, group or receptor.
    public var kind: MentionKind
    /// The HGNC symbol, or the group id.
    public var target: String
    /// The HGNC id for genes; `nil` for groups.
    public var hgnc: String?
    /// The cytokine family (a group id or a family label); for a group, its own id when it is a
    /// family and otherwise the family its members share (or `GROUP` when they differ); for a
    /// receptor, `RECEPTOR`.
    public var family: String
    /// The genes it stands for: itself for a gene, the members for a group.
    public var members: [String]
    /// The group type (`heterodimer`, `family`, `class`, …); empty for genes.
    public var groupType: String
    /// The approved name or the group's name.
    public var label: String

    /// Whether the entity is a class word (cytokines, Th2 cytokines, BMPs): a group of type `class`.
    public var isClass: Bool { kind == .group && groupType == "class" }
}
