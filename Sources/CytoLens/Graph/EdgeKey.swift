/// Identifies one edge of the graph: its ends and its type.
///
/// Undirected types (``RelationType/cooccurs`` and ``RelationType/synergizes``) always store
/// the byte-wise smaller id as `source`, so "A with B" and "B with A" are one edge.
public struct EdgeKey: Sendable, Hashable {
    /// The acting cytokine (the smaller id for undirected edges).
    public var source: String
    /// The cytokine acted upon (the larger id for undirected edges).
    public var target: String
    /// The edge type.
    public var type: RelationType

    /// Creates a key, putting the ends of an undirected type in order.
    public init(source: String, target: String, type: RelationType) {
        if type.isUndirected, ByteOrder.precedes(target, source) {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
    }

    /// Whether this key sorts before `other`: by source, target, then type.
    public func precedes(_ other: EdgeKey) -> Bool {
        if let order = ByteOrder.compare(source, other.source) { return order }
        if let order = ByteOrder.compare(target, other.target) { return order }
        return ByteOrder.precedes(type.rawValue, other.type.rawValue)
    }
}

extension RelationType {
    /// Whether edges of this type have no direction: co-occurrence and synergy.
    public var isUndirected: Bool { self == .cooccurs || self == .synergizes }
}
