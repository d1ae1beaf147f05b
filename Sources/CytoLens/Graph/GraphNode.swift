/// One node of a finished graph: a cytokine or group with its metadata, sums and scores.
public struct GraphNode: Sendable, Hashable {
    /// The HGNC symbol or group id.
    public var id: String
    /// The readable label.
    public var label: String
    /// Cytokine or group.
    public var kind: MentionKind
    /// The HGNC id, for cytokines.
    public var hgnc: String?
    /// The family id.
    public var family: String?
    /// The full name.
    public var name: String?
    /// The sums over the documents.
    public var tally: NodeTally
    /// The tumor role scores.
    public var role: TumorRole
    /// The fill color from the role.
    public var color: RoleColor.RGB
}
