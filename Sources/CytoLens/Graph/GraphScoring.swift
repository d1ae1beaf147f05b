/// The constants of the export-time scores, recorded in every export so a reader can recompute
/// them from the counts.
///
/// **Tumor role.** With `pro = supporting + hedgedWeight·hedged` of the pro-tumor claims, `anti`
/// and `dual` (context-dependent) likewise, negated claims left out:
///
/// - `net_role = (pro − anti) / (pro + anti + roleSmoothing)`, in (−1, 1): +1 pro-tumor,
///   −1 anti-tumor; the smoothing keeps one claim from reading as certainty.
/// - `dual_role = (2·min(pro, anti) + dual) / (pro + anti + dual + roleSmoothing)`, in [0, 1):
///   high when both directions are reported (IL-6, TGF-β, IFN-γ) or the role is said to depend
///   on the setting.
/// - `role` is `none` without affirmed claims, `dual` when `dual_role ≥ dualThreshold`, else
///   `pro_tumor` or `anti_tumor` by the sign of `net_role` (`dual` at exactly 0).
///
/// **Co-occurrence,** in the spirit of STRING's text mining: each document adds to a pair
/// `documentWeight` if both are named in it, `paragraphWeight` more if some passage names both
/// and `sentenceWeight` more if some sentence does, giving `C(i,j)`. With `C(i,·) = Σ_j C(i,j)`
/// and `C(·,·)` the sum over all pairs, the score is
/// `C(i,j)^α · (C(i,j)·C(·,·) / (C(i,·)·C(j,·)))^(1−α)`: the raw weight tempered by how much
/// more often the pair meets than its members' overall activity predicts.
public struct GraphScoring: Sendable, Hashable {
    /// The weight of hedged claims and relations relative to plain ones.
    public var hedgedWeight = 0.5
    /// The pseudo-count added to the role denominators.
    public var roleSmoothing = 1.0
    /// The `dual_role` from which a node's role reads `dual`.
    public var dualThreshold = 0.4
    /// Added once per document that names both.
    public var documentWeight = 0.25
    /// Added once per document in which some passage names both.
    public var paragraphWeight = 0.5
    /// Added once per document in which some sentence names both.
    public var sentenceWeight = 1.0
    /// The exponent α that balances raw weight against enrichment.
    public var alpha = 0.6

    /// The default constants.
    public init() {}

    /// Supporting plus weighted hedged sentences.
    public func weight(_ counts: EvidenceCounts) -> Double {
        Double(counts.supporting) + hedgedWeight * Double(counts.hedged)
    }

    /// The role scores of a node.
    public func role(of tally: NodeTally) -> TumorRole {
        let pro = weight(tally.proTumor)
        let anti = weight(tally.antiTumor)
        let dual = weight(tally.contextDependent)
        let net = (pro - anti) / (pro + anti + roleSmoothing)
        let dualRole = (2 * min(pro, anti) + dual) / (pro + anti + dual + roleSmoothing)
        let kind: TumorRole.Kind
        if tally.proTumor.affirmed + tally.antiTumor.affirmed + tally.contextDependent.affirmed == 0 {
            kind = .none
        } else if dualRole >= dualThreshold || net == 0 {
            kind = .dual
        } else {
            kind = net > 0 ? .proTumor : .antiTumor
        }
        return TumorRole(net: net, dual: dualRole, kind: kind)
    }

    /// The weighted co-occurrence count `C(i,j)` of a pair.
    public func cooccurrenceWeight(_ tally: CooccurrenceTally) -> Double {
        documentWeight * Double(tally.documents) + paragraphWeight * Double(tally.paragraphDocuments) + sentenceWeight
            * Double(tally.sentenceDocuments)
    }
}
