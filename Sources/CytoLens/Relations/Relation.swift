/// A typed, directed relation between two cytokines stated in one sentence
/// ("TNF-α induced IL-6 production" → TNF induces IL6).
public struct Relation: Sendable, Hashable, Codable {
    /// The acting cytokine (HGNC symbol or group id).
    public var source: String
    /// The cytokine acted upon.
    public var target: String
    /// What the source does to the target.
    public var type: RelationType
    /// Whether the sentence negates the relation.
    public var negated: Bool
    /// Whether the sentence hedges the relation.
    public var hedged: Bool
    /// The index of the sentence.
    public var sentence: Int
    /// The words that decided the relation.
    public var cues: [String]

    /// Creates a relation.
    public init(
        source: String, target: String, type: RelationType, negated: Bool = false, hedged: Bool = false, sentence: Int,
        cues: [String] = []
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.negated = negated
        self.hedged = hedged
        self.sentence = sentence
        self.cues = cues
    }
}

/// The kinds of relation between cytokines.
public enum RelationType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Induces, stimulates, up-regulates, increases the production or expression of, activates.
    case induces
    /// Suppresses, down-regulates, antagonizes, blocks the production of.
    case inhibits
    /// Synergizes or cooperates with, enhances the effect of.
    case synergizes
    /// Named in the same sentence with no typed relation (undirected; used by the graph).
    case cooccurs
}
