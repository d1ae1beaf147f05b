/// How informative an evidence sentence is, as a small integer so that ordering never depends on
/// floating-point rounding.
///
/// A plain statement scores 4, a hedged one 2, a negated one 0; a named cancer type, a kind of
/// study and an effect category add 1 each; a sentence in the title or abstract adds 1 (it is
/// the article's own summary). Co-occurrence sentences score only the title/abstract point.
public enum EvidenceScore {
    /// The score of a claim sentence.
    public static func claim(_ claim: Claim, passage: PassageType?) -> Int {
        statement(negated: claim.negated, hedged: claim.hedged) + (claim.context.cancer == nil ? 0 : 1)
            + (claim.context.evidence == nil ? 0 : 1) + (claim.effect == nil ? 0 : 1) + summary(passage)
    }

    /// The score of a relation sentence.
    public static func relation(_ relation: Relation, passage: PassageType?) -> Int {
        statement(negated: relation.negated, hedged: relation.hedged) + summary(passage)
    }

    /// The score of a sentence that names two cytokines.
    public static func cooccurrence(passage: PassageType?) -> Int {
        summary(passage)
    }

    private static func statement(negated: Bool, hedged: Bool) -> Int {
        negated ? 0 : hedged ? 2 : 4
    }

    private static func summary(_ passage: PassageType?) -> Int {
        passage == .title || passage == .abstract ? 1 : 0
    }
}
