/// What one sentence claims about one cytokine's effect on tumors.
public struct Claim: Sendable, Hashable, Codable {
    /// The cytokine (HGNC symbol) or group id the claim is about.
    public var cytokine: String
    /// Pro-tumor, anti-tumor or context-dependent.
    public var polarity: ClaimPolarity
    /// Whether the claim is negated ("did not promote"); negated claims are kept as evidence.
    public var negated: Bool
    /// The negation cue, when negated.
    public var negationCue: String?
    /// Whether the claim is hedged ("may promote").
    public var hedged: Bool
    /// The hedge cue, when hedged.
    public var hedgeCue: String?
    /// The effect category (`proliferation`, `metastasis`, `apoptosis`, `prognosis`, …), if known.
    public var effect: String?
    /// The words that decided the claim, in sentence order.
    public var cues: [String]
    /// The index of the sentence that states the claim.
    public var sentence: Int
    /// Where the claim holds, as far as the sentence says.
    public var context: ClaimContext

    /// Creates a claim.
    public init(
        cytokine: String, polarity: ClaimPolarity, negated: Bool = false, negationCue: String? = nil, hedged: Bool = false,
        hedgeCue: String? = nil, effect: String? = nil, cues: [String] = [], sentence: Int, context: ClaimContext = .init()
    ) {
        self.cytokine = cytokine
        self.polarity = polarity
        self.negated = negated
        self.negationCue = negationCue
        self.hedged = hedged
        self.hedgeCue = hedgeCue
        self.effect = effect
        self.cues = cues
        self.sentence = sentence
        self.context = context
    }
}

/// The direction of a claim about a cytokine's role in cancer.
public enum ClaimPolarity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Promotes the tumor (growth, survival, angiogenesis, metastasis, immune escape, poor prognosis…).
    case proTumor = "pro_tumor"
    /// Restrains the tumor (growth inhibition, tumor cell death, antitumor immunity, better prognosis…).
    case antiTumor = "anti_tumor"
    /// The sentence says the role is dual or depends on dose, stage, cell type or setting.
    case contextDependent = "context_dependent"
}

/// The setting of a claim, where the sentence gives it.
public struct ClaimContext: Sendable, Hashable, Codable {
    /// The cancer type named in the sentence (`breast cancer`), normalized through the cancer lexicon.
    public var cancer: String?
    /// The kind of evidence: `in_vitro`, `in_vivo`, `clinical` or `review`.
    public var evidence: String?
    /// The section path of the passage that holds the sentence.
    public var section: [String]

    /// Creates a context.
    public init(cancer: String? = nil, evidence: String? = nil, section: [String] = []) {
        self.cancer = cancer
        self.evidence = evidence
        self.section = section
    }
}
