/// A cytokine whose driven event is the object of another agent's inhibiting verb: "LLL12 inhibited
/// VEGF-stimulated STAT3 phosphorylation in HUVECs, reduced their proliferation …", "LY294002
/// suppressed heregulin-β1-induced phosphorylation of Akt … together with the inhibition of cell
/// motility". The verbs after the event belong to the drug, so the forward chain from the cytokine
/// reads the drug's effect; the cytokine drove what the drug blocks, so its claim is that chain with
/// the drug's inhibiting verb applied once more (the gold set's `inversion_other`: the cytokine keeps
/// the outcome's sign). A relative clause after the event ("…-induced phosphorylation, which
/// promotes …") is the event's own statement and keeps its chain.
extension ClaimChainFinder {
    /// The inhibiting verb before `frame` whose object is the cytokine's driven event
    /// ("inhibited VEGF-stimulated …"), as its element index, or nil.
    func inhibitingVerbOfDrivenEvent(_ frame: SentenceAnalysis.Frame, clause c: Int) -> Int? {
        guard let modifier = frame.modifier, modifier.sign > 0, frame.perturbation > 0, frame.perturbationBefore == nil
        else { return nil }
        let tokens = analysis.tokens
        let start = clauses[c].tokens.lowerBound
        var t = frame.token - 1
        var gap = 0
        while t >= start, gap <= 5 {
            if let e = analysis.elementAt[t] {
                guard case .link(let link) = analysis.elements[e].element, link.kind == .verb, link.sign < 0 else { return nil }
                return e
            }
            if tokens[t].isPunctuation { return nil }
            t -= 1
            gap += 1
        }
        return nil
    }

    /// The forward `chains` of `frame` read as the chains of the drug that blocks the cytokine's driven
    /// event: each sign turned over by the inhibiting verb. Chains reached through a relative clause are kept.
    func againstDrivenEvent(_ chains: [ClaimChain], frame: SentenceAnalysis.Frame, clause c: Int) -> [ClaimChain] {
        guard !chains.isEmpty, let verb = inhibitingVerbOfDrivenEvent(frame, clause: c) else { return chains }
        let placed = analysis.elements[verb]
        return chains.map { chain in
            let firstCue = chain.cues.map(\.position).filter { $0 > frame.phraseEnd }.min() ?? frame.phraseEnd
            let throughRelative = SentenceAnalysis.span(frame.phraseEnd + 1, firstCue).contains {
                ["which", "that", "who"].contains(analysis.tokens[$0].key)
            }
            guard !throughRelative else { return chain }
            var turned = chain
            turned.signs = Set(chain.signs.map { -$0 })
            turned.cues.insert((position: placed.tokens.lowerBound, cue: placed.cue), at: 0)
            return turned
        }
    }
}
