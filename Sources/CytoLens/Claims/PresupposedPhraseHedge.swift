/// A modal does not hedge a claim the sentence takes for granted. In "AR may mediate the
/// leptin-induced apoptotic response" and "the EGF-induced increase in growth may account for the
/// poor prognosis" the cytokine's claim is a noun phrase (`-induced`, `-mediated` …: the modifier
/// chains of ``ClaimChainFinder``); "may" doubts what is said about that phrase, not the phrase. A
/// hedging verb that opens a clause ("we suggest that the TNF-induced …") still covers it.
enum PresupposedPhraseHedge {
    /// The hedge type of the modals ("may", "might", "would" in `hedge_cues.tsv`).
    static let modalType = "modal"

    /// Whether a hedge of `type` leaves alone a claim read only from `chains`.
    static func spares(_ chains: [ClaimChain], hedgeType type: String) -> Bool {
        type == modalType && !chains.isEmpty && chains.allSatisfy(\.isModifierPhrase)
    }
}
