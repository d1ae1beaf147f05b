/// What one sentence says about one cytokine's role in cancer, including "nothing".
///
/// The claim rules give one verdict per cytokine named in a sentence; a verdict with a
/// polarity becomes a ``Claim``. A verdict without one still carries the negation and hedge
/// flags of the cytokine's clause, which the evaluation scores.
public struct ClaimVerdict: Sendable, Hashable {
    /// The cytokine (HGNC symbol) or group id.
    public var cytokine: String
    /// The role the sentence gives it, or `nil` when it makes no claim (a biomarker, a mere mention).
    public var polarity: ClaimPolarity?
    /// The negation cue, when the claim (or, without a claim, the cytokine's clause) is negated.
    public var negationCue: String?
    /// The hedge cue, when the statement is hedged.
    public var hedgeCue: String?
    /// The effect category of the claim.
    public var effect: String?
    /// The words that decided it, in sentence order.
    public var cues: [String]

    /// Whether negated.
    public var negated: Bool { negationCue != nil }
    /// Whether hedged.
    public var hedged: Bool { hedgeCue != nil }

    /// Creates a verdict.
    public init(
        cytokine: String, polarity: ClaimPolarity?, negationCue: String? = nil, hedgeCue: String? = nil, effect: String? = nil,
        cues: [String] = []
    ) {
        self.cytokine = cytokine
        self.polarity = polarity
        self.negationCue = negationCue
        self.hedgeCue = hedgeCue
        self.effect = effect
        self.cues = cues
    }
}
