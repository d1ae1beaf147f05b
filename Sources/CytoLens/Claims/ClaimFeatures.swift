import Foundation

/// The features the claim model (``ClaimModel``) reads for one cytokine of one sentence: what the
/// rules already computed (their verdict, the frame of the mention, the cues of its clause and of
/// the sentence) and the words of the sentence.
///
/// Every feature is binary and named by a string with a group prefix (`rule:`, `frame:`,
/// `clause:`, `sent:`, `cw:` for a word of the cytokine's clause, `w:` for a word of the
/// sentence), so that the training script can choose groups by cross-validation and the model
/// file stays readable. `scripts/train_claim_model.py` reads them from `eval claims --features`.
struct ClaimFeatures {
    /// The feature names, sorted and without duplicates.
    let names: [String]
    /// The outcome cues of the cytokine's clause, in order (the cues of a claim the model adds).
    let clauseOutcomeCues: [String]
    /// The effect of the first outcome of the clause.
    let clauseEffect: String?
    /// The first negation cue of the clause (for a negation the model adds).
    let clauseNegationCue: String?
    /// The first hedge cue of the clause.
    let clauseHedgeCue: String?

    /// The features of `target`, whose non-receptor frames are `frames`, given the rules' verdict.
    init(
        target: String, frames: [Int], verdict: ClaimVerdict, analysis: SentenceAnalysis, finder: ClaimChainFinder
    ) {
        var set = Set<String>()
        set.insert("bias")
        let polarity = verdict.polarity?.rawValue ?? "none"
        set.insert("rule:pol=\(polarity)")
        if verdict.negated { set.insert("rule:neg"); set.insert("rule:neg&pol=\(polarity)") }
        if verdict.hedged { set.insert("rule:hedge"); set.insert("rule:hedge&pol=\(polarity)") }
        if let effect = verdict.effect { set.insert("rule:effect=\(effect)") }
        if finder.documentInTumorSetting { set.insert("sent:doc_tumor") }
        if analysis.inTumorSetting { set.insert("sent:tumor_setting") }
        if analysis.inNonTumorSetting { set.insert("sent:non_tumor_setting") }
        if !analysis.cancers.isEmpty { set.insert("sent:cancer_named") }
        if !analysis.dualCues.isEmpty { set.insert("sent:dual_cue") }
        if analysis.hedgeCancelled { set.insert("sent:hedge_cancelled") }
        for evidence in analysis.evidence { set.insert("sent:evidence=\(evidence.kind)") }
        for cell in analysis.cells { set.insert("sent:cell=\(cell.role)") }
        let targets = Set(analysis.frames.filter { !$0.isReceptor }.map(\.mention.target))
        set.insert("sent:cytokines=\(min(targets.count, 3))")
        set.insert("sent:clauses=\(min(finder.clauses.count, 3))")
        for negation in analysis.negations { set.insert("sent:neg=\(negation.kind.rawValue)") }
        for hedge in analysis.hedges { set.insert("sent:hedge=\(hedge.type)") }

        let first = frames.first.map { analysis.frames[$0] }
        let clauseIndex = first.map { finder.clauseIndex(of: $0.token) } ?? 0
        let clause = finder.clauses.isEmpty ? 0..<analysis.tokens.count : finder.clauses[clauseIndex].tokens
        if let first {
            if let kind = finder.clauses.isEmpty ? nil : finder.clauses[clauseIndex].kind {
                set.insert("clause:kind=\(kind)")
            }
            set.insert("clause:index=\(min(clauseIndex, 2))")
            let position = first.token * 3 / max(analysis.tokens.count, 1)
            set.insert("frame:third=\(position)")
        }
        for f in frames {
            let frame = analysis.frames[f]
            if frame.perturbation < 0 { set.insert("frame:blocked") }
            if frame.perturbationCue != nil && frame.perturbation > 0 { set.insert("frame:added") }
            if let modifier = frame.modifier { set.insert("frame:modifier=\(modifier.lemma)") }
            if frame.localNegation != nil { set.insert("frame:local_negation") }
            if frame.compound != nil { set.insert("frame:compound") }
            if frame.descriptor != nil || frame.classDescriptor != nil { set.insert("frame:descriptor") }
        }
        set.insert("frame:mentions=\(min(frames.count, 3))")

        let anchor = first?.token ?? 0
        var outcomeCues: [String] = []
        var effect: String?
        for element in analysis.elements where clause.contains(element.tokens.lowerBound) {
            let side = element.tokens.lowerBound < anchor ? "before" : "after"
            switch element.element {
            case .outcome(let outcome):
                outcomeCues.append(element.cue)
                if effect == nil { effect = outcome.effect }
                set.insert("clause:outcome=\(outcome.effect)")
                set.insert("clause:outcome_valence=\(outcome.valence)")
                set.insert("clause:outcome_\(side)")
            case .link(let link):
                set.insert("clause:link=\(link.kind.rawValue)\(link.sign)")
                set.insert("clause:link_\(side)")
            }
        }
        if !analysis.elements.contains(where: { clause.contains($0.tokens.lowerBound) }) {
            set.insert("clause:no_element")
        }
        for negation in analysis.negations where clause.contains(negation.tokens.lowerBound) {
            let distance = abs(negation.tokens.lowerBound - anchor)
            set.insert("clause:neg=\(negation.kind.rawValue)")
            set.insert("clause:neg_\(negation.tokens.lowerBound < anchor ? "before" : "after")")
            set.insert("clause:neg_near=\(distance <= 3 ? "3" : distance <= 8 ? "8" : "far")")
        }
        for hedge in analysis.hedges where clause.contains(hedge.tokens.lowerBound) {
            set.insert("clause:hedge=\(hedge.type)")
            set.insert("clause:hedge_\(hedge.tokens.lowerBound < anchor ? "before" : "after")")
        }
        for (t, token) in analysis.tokens.enumerated() where token.mention == nil && !token.isPunctuation {
            let word = token.key
            guard word.contains(where: { $0.isLetter }), !word.contains(where: { $0.isNumber }) else { continue }
            set.insert("w:\(word)")
            if clause.contains(t) { set.insert("cw:\(word)") }
        }
        // One word per feature name: the feature file and the model file separate by white space and tabs.
        names = Set(set.map { String($0.map { $0 == " " || $0 == "\t" ? "_" : $0 }) }).sorted()
        clauseOutcomeCues = outcomeCues
        clauseEffect = effect
        clauseNegationCue = analysis.negations.first { clause.contains($0.tokens.lowerBound) && $0.kind != .pseudo }?.cue
        clauseHedgeCue =
            analysis.hedges.first { clause.contains($0.tokens.lowerBound) && !HedgeCue.notHedging.contains($0.type) }?.cue
    }
}

/// The rules' verdicts for the cytokines of one sentence, with what the claim model needs to
/// compute their features.
struct RuledSentence {
    /// One verdict per cytokine, in order of first mention.
    let verdicts: [ClaimVerdict]
    /// The cytokine of each verdict.
    let targets: [String]
    /// The non-receptor frames of each cytokine.
    let framesByTarget: [String: [Int]]
    /// The chain finder the rules used (its clauses and the analysis).
    let finder: ClaimChainFinder

    /// The features of verdict `i`.
    func features(_ i: Int) -> ClaimFeatures {
        ClaimFeatures(
            target: targets[i], frames: framesByTarget[targets[i]] ?? [], verdict: verdicts[i], analysis: finder.analysis,
            finder: finder)
    }
}

extension ClaimExtractor {
    /// The claim-model features of the rules' verdict for `cytokine` (or for a group that holds it),
    /// or none when the rules give it no verdict; for `eval claims --features`.
    func ruleFeatures(
        in text: String, mentions: [Mention], documentInTumorSetting: Bool, cytokine: String, groups: [String: Set<String>]
    ) -> [String] {
        let analysis = SentenceAnalysis(text: text, documentMentions: mentions, offset: 0, cues: cuesForExplanation)
        let ruled = ruleVerdicts(of: analysis, documentInTumorSetting: documentInTumorSetting)
        guard
            let index = ruled.verdicts.firstIndex(where: { $0.cytokine == cytokine })
                ?? ruled.verdicts.firstIndex(where: { groups[$0.cytokine]?.contains(cytokine) ?? false })
        else { return [] }
        return ruled.features(index).names
    }
}

extension ClaimExtractor {
    /// For `eval explain`: per cytokine, the rules' polarity, the model's, and the features that
    /// weigh most for the model's label. Empty when the model is off.
    func modelLines(analysis: SentenceAnalysis, documentInTumorSetting: Bool) -> [String] {
        guard let model else { return [] }
        let ruled = ruleVerdicts(of: analysis, documentInTumorSetting: documentInTumorSetting)
        return ruled.verdicts.indices.map { i in
            let features = ruled.features(i)
            let revised = model.revise(ruled.verdicts[i], features: features)
            let label = revised.polarity?.rawValue ?? "none"
            let decision = model.contributions(features.names, count: 6)
            let top = decision.top.map { "\($0.0) \($0.1 >= 0 ? "+" : "")\(String(format: "%.2f", $0.1))" }
            return "model \(revised.cytokine): \(label) (rules \(ruled.verdicts[i].polarity?.rawValue ?? "none")) "
                + "negated=\(revised.negated) hedged=\(revised.hedged) "
                + "\(decision.label) over \(decision.runnerUp): \(top.joined(separator: ", "))"
        }
    }
}
