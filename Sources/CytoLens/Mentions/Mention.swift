/// A cytokine, cytokine group or receptor named in the text, normalized to its identifier.
public struct Mention: Sendable, Hashable, Codable {
    /// What the name refers to.
    public var kind: MentionKind
    /// The HGNC symbol for cytokines and receptors (`IL6`, `IL6R`), the group id for groups (`TGFB`).
    public var target: String
    /// The HGNC id (`HGNC:6018`) for cytokines and receptors; `nil` for groups.
    public var hgnc: String?
    /// The text as it stands in the article (for an elided coordination such as the "-5" of
    /// "IL-4, -5 and -13", just that part).
    public var text: String
    /// The code point offset of the first character, in document coordinates.
    public var start: Int
    /// The code point offset just past the last character, in document coordinates.
    public var end: Int
    /// The index of the sentence that holds the mention.
    public var sentence: Int

    /// Creates a mention.
    public init(kind: MentionKind, target: String, hgnc: String?, text: String, start: Int, end: Int, sentence: Int) {
        self.kind = kind
        self.target = target
        self.hgnc = hgnc
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

/// What a mention refers to.
public enum MentionKind: String, Sendable, Hashable, Codable {
    /// One cytokine gene (`IL6`).
    case cytokine
    /// A family, complex or class of cytokines (`TGFB`, `IL12`, `CHEMOKINES`).
    case group
    /// A cytokine receptor, never its ligand (`IL6R`).
    case receptor
}
