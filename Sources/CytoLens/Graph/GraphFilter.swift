/// What to keep when turning sums into a graph to show.
///
/// Applied in this order: node kinds (groups only with ``includeGroups``), then ``families``,
/// ``polarities``, ``minimumEvidence`` (mentions, or claim sentences when more) and ``minimumDocuments`` on nodes; then edges
/// whose two ends survive, with at least ``minimumEvidence`` affirmed sentences (supporting plus
/// hedged; for co-occurrence, sentences naming both) and ``minimumDocuments`` documents
/// (co-occurrence edges only with ``includeCooccurrence``); finally, when ``cytokines`` is set,
/// the listed nodes, the surviving edges that touch them, and the nodes at their other ends.
public struct GraphFilter: Sendable, Hashable {
    /// The least number of mentions a node needs, and of affirmed sentences an edge needs.
    public var minimumEvidence = 1
    /// The least number of documents a node or edge needs.
    public var minimumDocuments = 1
    /// Keep only these nodes and their neighbors (ids or labels, case-insensitive); empty: all.
    public var cytokines: [String] = []
    /// Keep only nodes of these families (case-insensitive); empty: all.
    public var families: [String] = []
    /// Keep only nodes with an affirmed claim of one of these polarities; empty: all.
    public var polarities: [ClaimPolarity] = []
    /// Whether groups (`TGFB`, `CHEMOKINES`) are nodes alongside single cytokines.
    public var includeGroups = false
    /// Whether co-occurrence edges are shown.
    public var includeCooccurrence = false

    /// Keeps everything with at least one mention or sentence.
    public init() {}
}
