/// A node's tumor role as computed at export time; see ``GraphScoring``.
public struct TumorRole: Sendable, Hashable {
    /// `(pro − anti) / (pro + anti + k)`.
    public var net: Double
    /// `(2·min(pro, anti) + dual) / (pro + anti + dual + k)`.
    public var dual: Double
    /// The reading of the two scores.
    public var kind: Kind

    /// Creates a role.
    public init(net: Double, dual: Double, kind: Kind) {
        self.net = net
        self.dual = dual
        self.kind = kind
    }

    /// The reading of a node's role.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// More pro-tumor than anti-tumor evidence.
        case proTumor = "pro_tumor"
        /// More anti-tumor than pro-tumor evidence.
        case antiTumor = "anti_tumor"
        /// Both, or said to depend on the setting: a double-edged sword.
        case dual
        /// No affirmed claims.
        case none
    }
}
