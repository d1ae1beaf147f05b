/// Two questions ``ClaimAnnotator`` asks of an analysed sentence before it runs the claim rules,
/// so that it runs them only as often as they can change the claims.
extension ClaimExtractor {
    /// Whether the claims of an analysed sentence can differ between a document in a tumor setting
    /// and one outside it.
    ///
    /// The rules read the document's setting only as a stand-in for a sentence that does not name
    /// tumors itself: every use is `analysis.inTumorSetting || documentInTumorSetting …` (generic
    /// outcomes, dual roles, compounds, class descriptors, effector cells). A sentence in a tumor
    /// setting of its own therefore has the same claims in either document setting, and
    /// ``ClaimAnnotator`` reads it once instead of twice. The claim model, when on, weighs the
    /// document's setting as a feature of its own, so with it every sentence depends on it.
    /// (`ClaimShortcutTests` holds the two readings to each other on real sentences.)
    func dependsOnDocumentSetting(_ analysis: SentenceAnalysis) -> Bool {
        model != nil || !analysis.inTumorSetting
    }

    /// Whether an analysed sentence has anything the rules can turn into a claim (a verdict with a
    /// polarity); when it has not, its claims are none in either setting and the rules need not run.
    ///
    /// A polarity comes from a dual-role cue or from the signs of chains, and every chain takes its
    /// sign from one of: an outcome element (followed forward or backward from the cytokine, through
    /// a modifier or a descriptor), an effector or suppressive cell after an effect verb, a
    /// compound glued to the mention ("TRAIL resistance") or a class descriptor ("angiogenic
    /// factors IL-8"). A sentence with none of these (most sentences that name a cytokine) has no
    /// claim. The claim model, when on, can give a polarity the rules did not, so with it every
    /// sentence is read. (`ClaimShortcutTests` checks this on real sentences.)
    func canHaveClaims(_ analysis: SentenceAnalysis) -> Bool {
        if model != nil || !analysis.dualCues.isEmpty { return true }
        if analysis.frames.contains(where: { $0.compound != nil || $0.classDescriptor != nil }) { return true }
        if analysis.cells.contains(where: { $0.role == .effector || $0.role == .suppressive }) { return true }
        // "confers resistance to cisplatin" (``ResistanceToTherapy``), "myeloma cells depend on IL-6"
        // (``ClaimChainFinder/tumorCellsDependOn(frame:clause:)``): links that make a claim without an outcome.
        let hasTumorCells = analysis.cells.contains { $0.role == .tumor }
        if analysis.elements.contains(where: { placed in
            guard case .link(let l) = placed.element else { return false }
            return l.lemma == ResistanceToTherapy.lemma || (hasTumorCells && l.lemma == TumorCellsDependOn.lemma)
        }) {
            return true
        }
        return analysis.elements.contains { placed in
            if case .outcome = placed.element { return true }
            return false
        }
    }
}
