/// One way a sentence links a cytokine to a tumor outcome, with the sign algebra applied:
/// claim = perturbation × link signs × outcome valence (see `docs/claims-design.md`).
struct ClaimChain {
    /// The signs the chain supports: one, or two when the sentence offers alternatives
    /// ("either enhance or limit").
    var signs: Set<Int>
    /// Whether the link is negated ("did not promote"); the sign is kept.
    var negationCue: String?
    /// The clause the chain lives in (for hedges).
    var clause: Int
    /// The token the claim is anchored at: where the cytokine (or its stand-in) is.
    var anchor: Int
    /// The effect category of the outcome.
    var effect: String
    /// The cue words that decided it, by token position.
    var cues: [(position: Int, cue: String)]
    /// Whether the claim is a noun phrase the sentence takes for granted ("the leptin-induced apoptotic
    /// response"): a modal of the sentence's predicate does not hedge it (`PresupposedPhraseHedge`).
    var isModifierPhrase = false
}

/// Finds ``ClaimChain``s for the mentions of one analysed sentence.
struct ClaimChainFinder {
    let analysis: SentenceAnalysis
    let clauses: [Clause]
    /// Whether the document around the sentence is about tumors, which lets generic outcomes
    /// ("proliferation", "apoptosis") count in a sentence that does not say "tumor" itself.
    let documentInTumorSetting: Bool
    /// The sign of the last claim found, which "this effect" refers back to.
    var anaphor: Int?

    /// The frame of each token that is a mention, so that a walk along a clause meets other
    /// agents without searching all the frames at every token.
    private let frameAtToken: [Int?]

    init(analysis: SentenceAnalysis, documentInTumorSetting: Bool) {
        self.analysis = analysis
        self.clauses = analysis.clauses
        self.documentInTumorSetting = documentInTumorSetting
        var frameAtToken = [Int?](repeating: nil, count: analysis.tokens.count)
        for (index, frame) in analysis.frames.enumerated() where frameAtToken[frame.token] == nil {
            frameAtToken[frame.token] = index
        }
        self.frameAtToken = frameAtToken
    }

    private var tokens: [SentenceToken] { analysis.tokens }

    func clauseIndex(of token: Int) -> Int {
        clauses.firstIndex { $0.tokens.contains(token) } ?? 0
    }

    /// Whether token `t` is part of an outcome element.
    private func isOutcome(at t: Int) -> Bool {
        guard let e = analysis.elementAt[t], case .outcome = analysis.elements[e].element else { return false }
        return true
    }

    private func link(_ e: Int) -> LinkCue? {
        if case .link(let l) = analysis.elements[e].element { return l }
        return nil
    }

    // MARK: - Outcomes

    /// The valence of the outcome element `e` in this sentence, or nil when it has none here
    /// (a cell-type outcome with no cell type, a generic outcome outside a tumor setting).
    /// A valence of 0 ends a chain without a claim ("prognostic factor").
    func valence(ofElement e: Int) -> (valence: Int, effect: String, cue: String)? {
        let placed = analysis.elements[e]
        guard case .outcome(let outcome) = placed.element else { return nil }
        if outcome.effect == "anaphor" { return anaphor.map { ($0, "anaphor", placed.cue) } }
        // "increased antiapoptotic Bcl-2", "favors proliferative genes": the word describes another gene.
        if !outcome.isVerb, describesAnotherGene(placed) { return nil }
        if outcome.valence == 0 && !outcome.byCellType { return (0, outcome.effect, placed.cue) }
        var valence = outcome.byCellType ? 1 : outcome.valence
        var ofImmuneCells = false
        // An outcome that names the tumor ("tumor growth") is not about the cells near it ("IFN-γ produced
        // by NK cells inhibited tumor growth"); only a bare one ("proliferation") takes their role.
        if outcome.byCellType
            || (ClaimChainFinder.flipsWithCellType.contains(outcome.effect) && !SentenceAnalysis.hasTumorStem(placed.cue))
        {
            let role = cellRole(near: placed.tokens, isVerb: outcome.isVerb, strict: outcome.byCellType)
            if let role {
                guard let factor = role.valenceFactor(for: outcome.effect) else { return nil }
                valence *= factor
                ofImmuneCells = role == .effector
            } else if outcome.byCellType {
                return nil
            }
        }
        // "IL-16 inhibits lymphocyte activation and proliferation": what effector cells do is a tumor outcome
        // only in a sentence that is about tumors itself, not one that only sits in a cancer abstract.
        if ofImmuneCells, !analysis.inTumorSetting { return nil }
        // A generic outcome needs a tumor setting; a sentence about another disease has none, whatever
        // its outcome, unless the outcome itself names tumors.
        let placedInTumors =
            SentenceAnalysis.isTumorOnly(outcome, cue: placed.cue) || analysis.inTumorSetting || documentInTumorSetting
        if !SentenceAnalysis.hasTumorStem(placed.cue), analysis.inNonTumorSetting || !placedInTumors { return nil }
        // "cell growth inhibition", "apoptosis induction": a nominal verb glued after the outcome.
        let next = placed.tokens.upperBound
        if next < tokens.count, let n = analysis.elementAt[next], let l = link(n), l.kind == .verb,
            analysis.elements[n].cue.hasSuffix("ion") || analysis.elements[n].cue.hasSuffix("ment")
        {
            valence *= l.sign
        }
        return (valence, outcome.effect, placed.cue)
    }

    /// Whether an outcome adjective ("antiapoptotic", "proliferative") is followed by a gene that it
    /// describes ("antiapoptotic Bcl-2", "proapoptotic Bim", "proliferative genes") rather than
    /// standing for an effect (the gene nouns are the `gene_class_noun` set of `rule_words.tsv`). A
    /// cytokine after it ("proangiogenic MIF") is a descriptor, not this.
    func describesAnotherGene(_ placed: SentenceAnalysis.Placed) -> Bool {
        let next = placed.tokens.upperBound
        guard next < tokens.count, tokens[next].mention == nil, analysis.elementAt[next] == nil else { return false }
        let last = CueKey.words(of: placed.cue).last ?? ""
        guard ["ic", "ive", "ory"].contains(where: { last.hasSuffix($0) }) else { return false }
        if analysis.ruleWords.geneClassNouns.contains(tokens[next].key) { return true }
        let scalars = Array(tokens[next].text.unicodeScalars)
        guard scalars.count >= 2, scalars[0].properties.isUppercase else { return false }
        let uppers = scalars.filter { $0.properties.isUppercase }.count
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        return uppers >= 2 || digits >= 1 || scalars.count <= 4
    }

    /// Whether a cytokine only sets the scene for another subject: it perturbs cells that stand in a
    /// place or source phrase of another noun ("FGF19 stimulation of FGFR4 in TNFα-treated DU145
    /// cells leads to …", "Supernatants from TGFβ1-treated melanoma cells enhanced …"). The
    /// subject is that noun, so the cytokine gets no forward chain. Tumors, hosts and outcomes
    /// before the place word keep it ("Tumors in IL-12-treated mice regressed"; the hosts are the
    /// `host_word` set of `rule_words.tsv`).
    func setsTheScene(_ frame: SentenceAnalysis.Frame) -> Bool {
        guard frame.perturbation > 0 else { return false }
        var t = (frame.perturbationBefore?.lowerBound ?? frame.token) - 1
        var gap = 0
        while t >= 0, gap < 3, ClaimChainFinder.sceneFiller.contains(tokens[t].key) {
            t -= 1
            gap += 1
        }
        guard t >= 1, ClaimChainFinder.placeWords.contains(tokens[t].key) else { return false }
        let head = tokens[t - 1]
        return analysis.elementAt[t - 1] == nil && !head.isPunctuation
            && !SentenceAnalysis.hasTumorStem(head.text) && !analysis.ruleWords.hostWords.contains(head.key)
            && !analysis.cells.contains(where: { $0.tokens.contains(t - 1) })
    }

    static let placeWords: Set<String> = ["in", "from", "within", "on", "among"]
    static let sceneFiller: Set<String> = ["the", "a", "an", "endogenous", "exogenous", "recombinant", "human", "murine"]

    /// Whether a cytokine glued to `-dependent` or `-independent` describes the noun after it ("the
    /// IL-2-independent line PLT-2", "IL-3-dependent cells"): a property of those cells, not an
    /// effect of the cytokine; its "-independent" negates nothing that the sentence states.
    func describesNounAfter(_ frame: SentenceAnalysis.Frame) -> Bool {
        let tail = frame.suffix.split(separator: "-").last.map(String.init) ?? ""
        guard ["dependent", "independent", "responsive", "unresponsive"].contains(tail) else { return false }
        let next = frame.phraseEnd + 1
        // "IL-2-independent growth of CTLL-2 cells" describes the growth as much as "the IL-2-independent
        // line" describes the line; "IL-6-dependent growth" still says that the cytokine drives it.
        let denies = tail == "independent" || tail == "unresponsive"
        guard next < tokens.count, tokens[next].mention == nil, denies || analysis.elementAt[next] == nil else {
            return false
        }
        return !tokens[next].isPunctuation
            && !["and", "or", "manner", "fashion", "way", "mechanism", "mechanisms"].contains(
                tokens[next].key)
    }

    /// Words that join the outcomes of a list ("activation, proliferation and expansion").
    static let listJoiners: Set<String> = [",", "and", "or"]

    /// Outcomes that name a measure without its direction: survival of patients or cells.
    static let undirectedOutcomes: Set<String> = ["patient_survival", "survival"]

    /// Outcomes whose valence turns with the cells they happen to.
    static let flipsWithCellType: Set<String> = [
        "proliferation", "survival", "apoptosis", "growth_arrest", "invasion", "expansion", "recruitment", "infiltration",
        "activation", "polarization", "differentiation",
    ]

    /// The role of the cells an outcome happens to: "proliferation of T cells", "NK cell cytotoxicity".
    /// With `strict`, only "of …" or a verb's object counts (the "activation of caspase-8 in cancer cells" is not the cells').
    func cellRole(near outcome: Range<Int>, isVerb: Bool, strict: Bool) -> CellRole? {
        var found: CellRole?
        var t = outcome.upperBound
        var steps = 0
        let openers: Set<String> = strict ? ["of", "the"] : ["of", "in", "by", "the", "among", "within", "into", "on"]
        while t < tokens.count, steps < 8 {
            if let cell = analysis.cells.first(where: { $0.tokens.lowerBound == t }) {
                // A normal cell type coordinated with a tumor one ("normal epithelial cells and early tumor cells").
                if cell.role == .normal, found == nil {
                    found = .normal
                    t = cell.tokens.upperBound
                    steps += cell.tokens.count
                    continue
                }
                return cell.role
            }
            let key = tokens[t].key
            // "apoptosis of activated T cells": the participle describes the cells after it.
            if let cellStart = cellsDescribed(byOutcomeAt: t) {
                steps += cellStart - t
                t = cellStart
                continue
            }
            if tokens[t].mention != nil || key == ";" || analysis.elementAt[t] != nil { break }
            if key == "," && found == nil { break }
            if steps == 0, !isVerb, !openers.contains(key) { break }
            t += 1
            steps += 1
        }
        if let found { return found }
        // Left: "T-cell proliferation", "B cell growth" (the cell word shared with the outcome "cell growth"),
        // and each outcome of a list that follows the cells ("T cell activation, proliferation and expansion").
        var first = outcome.lowerBound
        while first >= 2, ClaimChainFinder.listJoiners.contains(tokens[first - 1].key),
            let previous = analysis.elementAt[first - 2], case .outcome = analysis.elements[previous].element
        {
            first = analysis.elements[previous].tokens.lowerBound
        }
        if let cell = analysis.cells.last(where: { $0.tokens.lowerBound < first }),
            cell.tokens.upperBound <= first + 1, first - cell.tokens.upperBound <= 1
        {
            return cell.role
        }
        return nil
    }

    // MARK: - Forward chains: the cytokine (or its perturbation) acts, the outcome follows.

    /// Words that may stand between a cytokine and a negation for the cytokine to be that
    /// negation's subject ("IL-6 did not", "IL-7 alone failed to").
    static let subjectGap: Set<String> = [
        "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "could", "can", "may", "might", "would", "will",
        "alone", "also", "itself", "treatment", "therapy", "administration", "expression", "levels", "level", "signaling",
        "production", "secretion", "gene", "protein", "mrna", "stimulation", "overexpression", "knockout", "deficiency",
        "however", "still", "even", "significantly", "further", "clearly", ",", "at", "the", "doses", "tested",
    ]

    /// Words that make a later verb stack on an earlier one even across a comma ("induced IL-6, which promoted").
    static let stackers: Set<String> = ["which", "that", "thereby", "thus", "to", "by", "through", "via"]
    static let coordinators: Set<String> = ["and", "or", ",", "but", "nor"]
    static let lightWords: Set<String> = [
        "either", "both", "also", "then", "directly", "significantly", "strongly", "markedly", "as", "well",
    ]

    /// The chains that start at `start` (just after the cytokine's phrase) and run to the first
    /// outcome, then on through outcomes or verb phrases coordinated with it ("promotes invasion
    /// and metastasis", "protects … from carcinogenesis or fuels the growth of …").
    func forward(
        frame: SentenceAnalysis.Frame, from start: Int, clause c: Int, directSubject: Bool,
        prefix: [Int] = [], allowContinuation: Bool = true
    ) -> [ClaimChain] {
        var results: [ClaimChain] = []
        var verbs: [Int] = prefix
        var t = start
        var end = clauses[c].tokens.upperBound
        var continued = false
        var chainStart = start
        var sawVerb = !prefix.isEmpty
        while true {
            while t < end {
                if let other = frameAtToken[t].map({ analysis.frames[$0] }),
                    !(other.isReceptor && isMeansPhrase(from: frame, to: t)),
                    !sawVerb, results.isEmpty, t > frame.token, !coordinatedSubjects(from: frame, to: t)
                {
                    // Another agent before any verb: this cytokine is not the subject here. A receptor in a
                    // means phrase is not an agent ("blocking SDF-1 signalling using a CXCR4 inhibitor decreased").
                    return results
                }
                if let e = analysis.elementAt[t] {
                    let placed = analysis.elements[e]
                    switch placed.element {
                    case .link(let l):
                        // "confers resistance to cisplatin": a resistance to what is no outcome is the outcome.
                        if results.isEmpty, l.lemma == ResistanceToTherapy.lemma,
                            !SentenceAnalysis.span(start, placed.tokens.lowerBound).contains(where: { isOutcome(at: $0) }),
                            analysis.inTumorSetting || (documentInTumorSetting && !analysis.inNonTumorSetting),
                            ResistanceToTherapy.objectIsTherapy(of: e, in: analysis),
                            let chain = chain(
                                frame: frame, verbs: verbs, outcome: nil, outcomeIsVerb: true,
                                valence: (1, ResistanceToTherapy.effect, placed.cue), outcomeTokens: placed.tokens,
                                from: chainStart, clause: c, directSubject: directSubject)
                        {
                            return [chain]
                        }
                        if l.kind != .condition {
                            verbs.append(e)
                            sawVerb = true
                        }
                        t = placed.tokens.upperBound
                        continue
                    case .outcome(let outcome):
                        if let found = valence(ofElement: e) {
                            if found.valence == 0 {
                                // "a prognostic factor for poor survival": the complement gives the direction.
                                guard DirectedComplement.leadsToOutcome(after: placed.tokens.upperBound, analysis: analysis)
                                else { return results }
                                t = placed.tokens.upperBound
                                continue
                            }
                            var governingVerbs = verbs
                            // "tumor incidence significantly increased": the predicate comes after the outcome.
                            if verbs.isEmpty, !outcome.isVerb, let post = predicateAfter(placed.tokens.upperBound, end: end) {
                                governingVerbs = [post]
                            }
                            // "Anti-IL-6 therapy improved survival": an outcome that opens with a participle
                            // right after its subject is its own verb.
                            let participleVerb =
                                governingVerbs.isEmpty && !outcome.isVerb
                                && (CueKey.words(of: placed.cue).first?.hasSuffix("ed") ?? false)
                                && isDirectSubjectGap(SentenceAnalysis.span(frame.phraseEnd + 1, placed.tokens.lowerBound))
                            if let chain = chain(
                                frame: frame, verbs: governingVerbs, outcome: e, outcomeIsVerb: outcome.isVerb || participleVerb,
                                valence: found,
                                from: chainStart, clause: c, directSubject: directSubject)
                            {
                                results.append(chain)
                            }
                            // Go on only through a coordination: "… and metastasis", "… or fuels the growth of …".
                            guard let next = coordinatedContinuation(after: placed.tokens.upperBound, end: end) else {
                                return ClaimChainFinder.dropMixedUnsigned(results, verbs: verbs, analysis: analysis)
                            }
                            if next.isVerbPhrase {
                                verbs = []
                                chainStart = next.token
                            }
                            t = next.token
                            continue
                        }
                        if outcome.isVerb {
                            verbs.append(e)
                            sawVerb = true
                        }
                        t = placed.tokens.upperBound
                        continue
                    }
                }
                // A suppressive or effector cell right after an effect verb is itself the outcome ("induce Treg cells").
                if results.isEmpty, let last = verbs.last, let l = link(last), l.kind == .verb,
                    let cell = analysis.cells.first(where: { $0.tokens.lowerBound == t }),
                    cell.role == .effector || cell.role == .suppressive,
                    SentenceAnalysis.span(analysis.elements[last].tokens.upperBound, t).allSatisfy({
                        [
                            "the", "a", "an", "its", "their", "more", "many", "functional", "activated", "mature",
                            "immunosuppressive",
                        ]
                        .contains(tokens[$0].key)
                    }),
                    analysis.inTumorSetting || (documentInTumorSetting && !analysis.inNonTumorSetting)
                {
                    let factor = cell.role.valenceFactor ?? 1
                    if let chain = chain(
                        frame: frame, verbs: verbs, outcome: nil, outcomeIsVerb: false,
                        valence: (factor, cell.role == .effector ? "antitumor_immunity" : "immune_escape", tokens[t].text),
                        outcomeTokens: cell.tokens, from: chainStart, clause: c, directSubject: directSubject)
                    {
                        results.append(chain)
                    }
                    return results
                }
                t += 1
            }
            // A subject before an inserted comparison: "IL-10, unlike IL-6, inhibited tumor growth" goes on
            // in the clause after the comparison.
            if results.isEmpty, allowContinuation, !continued, !sawVerb, c + 2 < clauses.count,
                clauses[c + 1].kind == .comparative, clauses[c + 2].kind == .main,
                SentenceAnalysis.span(frame.phraseEnd + 1, clauses[c].tokens.upperBound).allSatisfy({ tokens[$0].isPunctuation })
            {
                continued = true
                t = clauses[c + 2].tokens.lowerBound
                end = clauses[c + 2].tokens.upperBound
                continue
            }
            // Right-node raising: "IL-18 enhanced, whereas TGF-β suppressed, the cytotoxicity …".
            guard results.isEmpty, allowContinuation, !continued, let last = verbs.last, c + 1 < clauses.count,
                lastContentToken(before: clauses[c].tokens.upperBound) == analysis.elements[last].tokens.upperBound - 1,
                let resume = sharedObjectStart(in: clauses[c + 1])
            else { return results }
            continued = true
            t = resume
            end = clauses[c + 1].tokens.upperBound
        }
    }

    /// Whether the mentions from `frame` up to the one at token `t` are listed together as subjects ("IL-2 and IL-15").
    private func coordinatedSubjects(from frame: SentenceAnalysis.Frame, to t: Int) -> Bool {
        var previousEnd = frame.phraseEnd
        for other in analysis.frames where other.token > frame.token && other.token <= t {
            guard SentenceAnalysis.onlyCoordination(SentenceAnalysis.span(previousEnd + 1, other.token), tokens) else {
                return false
            }
            previousEnd = other.phraseEnd
        }
        return true
    }

    /// What follows an outcome through a coordinator: another outcome, or a new verb phrase.
    private func coordinatedContinuation(after index: Int, end: Int) -> (token: Int, isVerbPhrase: Bool)? {
        var t = index
        var sawCoordinator: String?
        var sinceCoordinator = 0
        // "the treatment of carcinoma and its lung metastasis": the list is the object of "of".
        if index > 0, let e = analysis.elementAt[index - 1], analysis.elements[e].cue.hasSuffix(" of") { return nil }
        while t < end {
            let key = tokens[t].key
            if tokens[t].mention != nil { return nil }
            if let e = analysis.elementAt[t] {
                guard let coordinator = sawCoordinator else { return nil }
                switch analysis.elements[e].element {
                case .outcome(let o): return (t, o.isVerb)
                case .link(let l): return l.kind == .verb && coordinator != "," ? (t, true) : nil
                }
            }
            if ClaimChainFinder.coordinators.contains(key) || key == "while" || key == "whereas" {
                if sawCoordinator == nil || key != "," { sawCoordinator = key }
                sinceCoordinator = 0
            } else if sawCoordinator != nil {
                sinceCoordinator += 1
                if sinceCoordinator > 3 { return nil }
            }
            t += 1
        }
        return nil
    }

    /// Coordinated outcomes of opposite valence under a link with no sign of its own ("plays a
    /// role in apoptosis, angiogenesis and tumor biology") say nothing about direction.
    static func dropMixedUnsigned(_ chains: [ClaimChain], verbs: [Int], analysis: SentenceAnalysis) -> [ClaimChain] {
        let signs = Set(chains.flatMap(\.signs))
        guard signs.count > 1 else { return chains }
        let unsigned = verbs.allSatisfy {
            if case .link(let l) = analysis.elements[$0].element { return l.kind != .verb }
            return true
        }
        let roleWord = verbs.contains {
            if case .link(let l) = analysis.elements[$0].element {
                return ["role", "involve", "effect", "important", "critical"].contains(l.lemma)
            }
            return false
        }
        return unsigned && roleWord ? [] : chains
    }

    /// A signed verb right after an outcome that is its subject ("tumor incidence significantly increased").
    private func predicateAfter(_ index: Int, end: Int) -> Int? {
        var t = index
        while t < min(end, index + 4) {
            if let e = analysis.elementAt[t] {
                if let l = link(e), l.kind == .verb { return e }
                if let l = link(e), l.lemma == "be" {
                    t = analysis.elements[e].tokens.upperBound
                    continue
                }
                return nil
            }
            guard tokens[t].key.hasSuffix("ly") || (tokens[t].key == "in" || tokens[t].key == "the") else { return nil }
            t += 1
        }
        return nil
    }

    private func lastContentToken(before end: Int) -> Int {
        var t = end - 1
        while t >= 0, tokens[t].isPunctuation { t -= 1 }
        return t
    }

    /// In "whereas TGF-β suppressed, the cytotoxicity of NK cells", the token after the comma that follows the verb.
    private func sharedObjectStart(in clause: Clause) -> Int? {
        var sawVerb = false
        for t in clause.tokens {
            if let e = analysis.elementAt[t], case .link = analysis.elements[e].element { sawVerb = true }
            if sawVerb, tokens[t].key == "," { return t + 1 }
        }
        return nil
    }

    /// Which of the verbs met on the way govern the outcome, walking back from it: stacked verbs
    /// all count ("counteracts the loss of"), a verb with its own object before a coordinator does
    /// not ("inhibits NF-κB and promotes growth"), and verbs joined by a bare "or" are alternatives.
    private func governingVerbs(_ verbs: [Int], outcome: Range<Int>) -> (governing: [Int], alternatives: [Int], cutoff: Int?) {
        var governing: [Int] = []
        var alternatives: [Int] = []
        var nextStart = outcome.lowerBound
        var pendingDrop: Int?
        for e in verbs.reversed() {
            let range = analysis.elements[e].tokens
            guard range.upperBound <= nextStart else {
                // A predicate after its outcome ("tumor incidence increased").
                governing.append(e)
                continue
            }
            let gap = SentenceAnalysis.span(range.upperBound, nextStart)
            let keys = gap.map { tokens[$0].key }
            let hasCoordinator = keys.contains { ClaimChainFinder.coordinators.contains($0) }
            let hasStacker = keys.contains { ClaimChainFinder.stackers.contains($0) }
            let onlyLight = keys.allSatisfy {
                ClaimChainFinder.coordinators.contains($0) || ClaimChainFinder.lightWords.contains($0)
            }
            if hasCoordinator && onlyLight && !governing.isEmpty {
                alternatives.append(e)
                nextStart = range.lowerBound
            } else if hasCoordinator && !hasStacker {
                if governing.isEmpty && pendingDrop == nil {
                    // "inhibits NF-κB and tumor growth": the verb governs the coordinated object unless an
                    // earlier verb takes the whole phrase ("led to a reduction of X and necrosis").
                    pendingDrop = e
                    nextStart = range.lowerBound
                    continue
                }
                return (governing, alternatives, range.upperBound)
            } else {
                if governing.isEmpty, let pending = pendingDrop, isAttributiveParticiple(pending, after: e) {
                    governing.append(pending)
                }
                pendingDrop = governing.isEmpty ? nil : pendingDrop
                // "counteracts the loss of MHC class I that allows escape": the relative clause is said of
                // the loss itself, so the loss's own sign is not applied a second time.
                let relative = keys.contains("that") || keys.contains("which")
                let nominal = ["ion", "ment", " of"].contains { CueKey.of(analysis.elements[e].cue).hasSuffix($0) }
                if !(relative && nominal && !governing.isEmpty) { governing.append(e) }
                nextStart = range.lowerBound
            }
        }
        if let dropped = pendingDrop, governing.isEmpty { governing.append(dropped) }
        return (governing, alternatives, nil)
    }

    /// Builds the chain from the governing verbs to the outcome, with negation.
    private func chain(
        frame: SentenceAnalysis.Frame, verbs: [Int], outcome: Int?, outcomeIsVerb: Bool,
        valence: (valence: Int, effect: String, cue: String), outcomeTokens: Range<Int>? = nil,
        from start: Int, clause c: Int, directSubject: Bool
    ) -> ClaimChain? {
        let outcomeRange = outcomeTokens ?? analysis.elements[outcome!].tokens
        let (governing, alternatives, cutoffToken) = governingVerbs(verbs, outcome: outcomeRange)
        guard !governing.isEmpty || outcomeIsVerb else { return nil }
        let links = (governing + alternatives).compactMap { link($0) }
        let signedVerb = links.contains { $0.kind == .verb || $0.kind == .association }
        // Outcomes with no direction of their own ("overall survival", bare "survival") need a signed
        // word: "shorter overall survival", "promotes survival". An association gives no direction
        // ("the locus was associated with overall survival"), unless it is inverse.
        if ClaimChainFinder.undirectedOutcomes.contains(valence.effect),
            !links.contains(where: { $0.kind == .verb || ($0.kind == .association && $0.sign < 0) }),
            valence.effect == "patient_survival" || links.contains(where: { $0.kind == .association })
        {
            return nil
        }
        var linkSign = 1
        var cues: [(Int, String)] = [(outcomeRange.lowerBound, valence.cue)]
        if let cue = frame.perturbationCue { cues.append((frame.perturbationBefore?.lowerBound ?? frame.token + 1, cue)) }
        for e in governing {
            guard let l = link(e) else { continue }
            linkSign *= l.sign
            if l.kind != .link || l.lemma != "be" {
                cues.append((analysis.elements[e].tokens.lowerBound, analysis.elements[e].cue))
            }
        }
        var linkSigns: Set<Int> = [linkSign]
        if let last = governing.first, let g = link(last) {
            for e in alternatives {
                guard let l = link(e) else { continue }
                linkSigns.insert(linkSign / g.sign * l.sign)
                cues.append((analysis.elements[e].tokens.lowerBound, analysis.elements[e].cue))
            }
        }
        // Negation between the cytokine and the outcome: of the link ("did not promote"), or of the
        // outcome itself when no effect verb follows ("mice were unable to reject the tumors").
        var negationCue: String?
        var outcomeDenied = false
        let scanFrom = max(start, cutoffToken ?? start)
        let clauseStart = min(clauses[c].tokens.lowerBound, start)
        let matrix = scopedNegations(in: clauseStart..<start).filter { CueKey.of($0.cue).hasSuffix("that") }
        for negation in matrix + scopedNegations(in: scanFrom..<max(scanFrom, outcomeRange.lowerBound)) {
            let verbAfter = (governing + alternatives).contains {
                analysis.elements[$0].tokens.lowerBound >= negation.tokens.upperBound
            }
            let isSubject = directSubject && isDirectSubjectGap(start..<max(start, negation.tokens.lowerBound))
            let afterHaveOrBe =
                ["no", "not"].contains(CueKey.of(negation.cue))
                && governing.contains {
                    analysis.elements[$0].tokens.upperBound == negation.tokens.lowerBound
                        && ["have", "be"].contains(link($0)?.lemma ?? "")
                }
            if verbAfter || isLinkNegation(negation.cue) || (outcomeIsVerb && isSubject) || afterHaveOrBe
                || negation.tokens.upperBound <= start
            {
                negationCue = negationCue ?? negation.cue
            } else {
                outcomeDenied.toggle()
            }
            cues.append((negation.tokens.lowerBound, negation.cue))
        }
        // "… remained unchanged", "… was not significant".
        for negation in analysis.negations
        where negation.kind == .post && clauses[c].tokens.contains(negation.tokens.lowerBound)
            && negation.tokens.lowerBound > frame.token
        {
            negationCue = negationCue ?? negation.cue
        }
        if let local = frame.localNegation { negationCue = negationCue ?? local }
        // A denied link with no sign ("had no effect on tumor growth") tests the outcome itself: the
        // claim keeps the outcome's valence, whatever was done to the cytokine.
        let testsOutcome =
            negationCue.map(isLinkNegation) ?? false
            || governing.contains { ["effect"].contains(link($0)?.lemma ?? "") }
        let perturbation = negationCue != nil && !signedVerb && testsOutcome ? 1 : frame.perturbation
        let signs = Set(linkSigns.map { perturbation * $0 * valence.valence * (outcomeDenied ? -1 : 1) })
        return ClaimChain(
            signs: signs, negationCue: negationCue, clause: c, anchor: frame.token, effect: valence.effect,
            cues: cues.sorted { $0.0 < $1.0 }.map { (position: $0.0, cue: $0.1) })
    }

    /// Negations that link and outcome rules should see in a span: not pseudo, not terminators,
    /// not the local negation of another mention, not a perturbation, not ", not chemotherapy,".
    func scopedNegations(in span: Range<Int>) -> [SentenceAnalysis.Negation] {
        let pseudo = analysis.negations.filter { $0.kind == .pseudo }
        return analysis.negations.filter { negation in
            guard negation.kind == .pre, span.contains(negation.tokens.lowerBound) else { return false }
            if pseudo.contains(where: { $0.tokens.overlaps(negation.tokens) }) { return false }
            if analysis.frames.contains(where: {
                $0.localNegationTokens == negation.tokens || ($0.perturbationBefore?.overlaps(negation.tokens) ?? false)
            }) {
                return false
            }
            // "without anti-CD40 mAb", "absence of its receptor CCR2", "instead of the IFN-γ response": a
            // prepositional negation denies the noun phrase it opens. It reaches the claim only when that
            // phrase holds an outcome or a verb ("lack of tumor regression", "without inducing proliferation").
            // These cues are the `noun_phrase_negation` set of `rule_words.tsv`.
            if analysis.ruleWords.nounPhraseNegations.contains(CueKey.of(negation.cue)), !opensOutcomePhrase(negation.tokens) {
                return false
            }
            // ", not chemotherapy," and "but not in normal cells" negate a noun phrase, not the link.
            if CueKey.of(negation.cue) == "not", negation.tokens.lowerBound > 0,
                [",", "but", "and", "or", "("].contains(tokens[negation.tokens.lowerBound - 1].key)
            {
                return false
            }
            return true
        }
    }

    /// Whether the phrase after a negation cue holds an outcome or a link ("lack of tumor regression",
    /// "without inducing proliferation"), within five tokens and before any punctuation or mention.
    func opensOutcomePhrase(_ cue: Range<Int>) -> Bool {
        var t = cue.upperBound
        while t < tokens.count, t < cue.upperBound + 5, !tokens[t].isPunctuation, tokens[t].mention == nil {
            if analysis.elementAt[t] != nil { return true }
            t += 1
        }
        return false
    }

    /// Negations that always negate the link, wherever they stand ("had no effect on", "independent of").
    func isLinkNegation(_ cue: String) -> Bool {
        let key = CueKey.of(cue)
        return key.contains("effect") || key.hasSuffix(" of") || key.contains("required") || key.contains("dispensable")
            || key.contains("associated") || key.contains("affect") || key.contains("alter") || key.contains("sufficient")
            || key.hasSuffix("that")
    }

    /// Whether a means word ("using", "via", "through", "with", "by") stands between the cytokine's phrase and token `t`.
    func isMeansPhrase(from frame: SentenceAnalysis.Frame, to t: Int) -> Bool {
        SentenceAnalysis.span(frame.phraseEnd + 1, t).contains {
            ["using", "via", "through", "with", "by"].contains(tokens[$0].key)
        }
    }

    func isDirectSubjectGap(_ gap: Range<Int>) -> Bool {
        gap.count <= 4
            && gap.allSatisfy { ClaimChainFinder.subjectGap.contains(tokens[$0].key) || tokens[$0].key.hasSuffix("ly") }
    }

    // MARK: - Backward chains: the outcome comes first, the cytokine after a connector.

    /// "Apoptosis … was not increased by IL-1α", "Tumor growth was independent of IL-17A",
    /// "… metastasis … through the inhibition of TGF-β", "the antitumor effect of type I IFN".
    func backward(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        let clause = clauses[c]
        let anchor = min(
            frame.perturbationBefore?.lowerBound ?? frame.token, frame.localNegationTokens?.lowerBound ?? frame.token)
        // The nearest outcome before the cytokine.
        var outcomeElement: Int?
        var found: (valence: Int, effect: String, cue: String)?
        var t = anchor - 1
        while t >= clause.tokens.lowerBound {
            if let e = analysis.elementAt[t], case .outcome = analysis.elements[e].element, let v = valence(ofElement: e) {
                outcomeElement = e
                found = v
                break
            }
            t -= 1
        }
        guard let o = outcomeElement, let found, found.valence != 0 else { return nil }
        let outcomeRange = analysis.elements[o].tokens
        // In a list ("the proliferative effects of EGF, TGF-α and bFGF") the connector is read up to the list's first member.
        var listStart = anchor
        for other in analysis.frames.reversed() where other.token < listStart && other.token > outcomeRange.upperBound {
            let between = SentenceAnalysis.span(other.phraseEnd + 1, listStart)
            guard
                SentenceAnalysis.onlyCoordination(between, tokens)
                    || between.allSatisfy({ [",", "(", ")", "and", "or"].contains(tokens[$0].key) })
            else { break }
            listStart = other.perturbationBefore?.lowerBound ?? other.token
        }
        let span = SentenceAnalysis.span(outcomeRange.upperBound, listStart)
        // A comma outside a list starts another statement ("… tumor growth by With this treatment, TNF-α …").
        // Two commas around a short apposition ("… producer cells, MT-2, was blocked by IFN-α") do not.
        if span.contains(where: { tokens[$0].key == "," }), !commasAreAppositions(in: span) { return nil }
        let spanElements = Set(span.compactMap { analysis.elementAt[$0] })
        var signedVerbs: [Int] = []
        var connector = false
        var cues: [(Int, String)] = [(outcomeRange.lowerBound, found.cue)]
        for e in spanElements.sorted() {
            guard let l = link(e) else { continue }
            switch l.kind {
            case .condition: connector = true
            case .association:
                connector = true
                signedVerbs.append(e)
            case .link
            where ["depend", "effect", "contribute", "role", "involve", "responsible", "critical", "important"].contains(l.lemma):
                connector = true
            case .link where l.lemma == "method":
                // "… was confirmed by IL-20 gene transfection": a method, not a cause.
                return nil
            case .verb: signedVerbs.append(e)
            default: break
            }
        }
        var negations = scopedNegations(in: span)
        // "… but not by neutralizing antibody against CCL21": the noun phrase negated is the cytokine's own.
        for negation in analysis.negations
        where negation.kind == .pre && CueKey.of(negation.cue) == "not" && span.contains(negation.tokens.lowerBound)
            && !negations.contains(where: { $0.tokens == negation.tokens })
            && !SentenceAnalysis.span(negation.tokens.upperBound, anchor).contains(where: { tokens[$0].key == "," })
        {
            negations.append(negation)
        }
        if negations.contains(where: { $0.cue.hasSuffix(" of") }) || (frame.localNegation?.hasSuffix(" of") ?? false) {
            connector = true
        }
        if comparesLevelInGroup(outcome: outcomeRange, span: span, frame: frame) { connector = true }
        var spanKeys = span.map { tokens[$0].key }.filter { $0 != ")" && $0 != "(" }
        // "the anti-apoptotic activity of CCL1": a head noun (`genitive_head`, `rule_words.tsv`) between the outcome word and "of".
        if spanKeys.count >= 2, analysis.ruleWords.genitiveHeads.contains(spanKeys[0]), spanKeys[1] == "of" {
            spanKeys.removeFirst()
        }
        let genitive =
            !spanKeys.isEmpty && spanKeys.count <= 3
            && (spanKeys.first == "of" || (spanKeys.first == "to" && CueKey.of(found.cue).hasSuffix("response")))
            && spanKeys.allSatisfy { ClaimChainFinder.genitiveFiller.contains($0) }
        // "life span was shorter in IFN-γ(-/-) mice": a place that is itself a perturbation.
        let perturbedPlace = frame.perturbationCue != nil && spanKeys.last == "in"
        guard connector || genitive || perturbedPlace else { return nil }
        // "overall survival was associated with IL-6": an association gives no direction.
        if ClaimChainFinder.undirectedOutcomes.contains(found.effect),
            !signedVerbs.contains(where: { link($0).map { $0.kind == .verb || $0.sign < 0 } ?? false }),
            signedVerbs.contains(where: { link($0)?.kind == .association })
        {
            return nil
        }
        var sign = frame.perturbation * found.valence
        if let cue = frame.perturbationCue { cues.append((anchor, cue)) }
        for e in signedVerbs {
            guard let l = link(e) else { continue }
            sign *= l.sign
            cues.append((analysis.elements[e].tokens.lowerBound, analysis.elements[e].cue))
        }
        // A means ("through the inhibition of TGF-β") takes the verb that governs the outcome from the left.
        if signedVerbs.isEmpty, !genitive {
            var u = outcomeRange.lowerBound - 1
            while u >= clause.tokens.lowerBound {
                if tokens[u].mention != nil { break }
                if let e = analysis.elementAt[u], let l = link(e), l.kind == .verb {
                    sign *= l.sign
                    cues.append((analysis.elements[e].tokens.lowerBound, analysis.elements[e].cue))
                    break
                }
                u -= 1
            }
        }
        var negationCue: String?
        for negation in negations {
            negationCue = negationCue ?? negation.cue
            cues.append((negation.tokens.lowerBound, negation.cue))
        }
        // "Proliferation … was unaffected by IL-11".
        if let post = analysis.negations.first(where: { $0.kind == .post && span.contains($0.tokens.lowerBound) }) {
            negationCue = negationCue ?? post.cue
            cues.append((post.tokens.lowerBound, post.cue))
        }
        // "No tumors formed in mice treated with IFN-γ": a negation before the outcome denies the outcome.
        for negation in scopedNegations(in: clause.tokens.lowerBound..<outcomeRange.lowerBound)
        where outcomeRange.lowerBound - negation.tokens.upperBound <= 3 {
            sign = -sign
            cues.append((negation.tokens.lowerBound, negation.cue))
        }
        if let local = frame.localNegation { negationCue = negationCue ?? local }
        if negationCue != nil, signedVerbs.isEmpty { sign = found.valence }
        return ClaimChain(
            signs: [sign], negationCue: negationCue, clause: c, anchor: frame.token, effect: found.effect,
            cues: cues.sorted { $0.0 < $1.0 }.map { (position: $0.0, cue: $0.1) })
    }

    /// Words that may stand between an outcome and the cytokine of its genitive ("the anti-tumor properties of
    /// wild-type IL-17F", "the antiproliferative effect of recombinant human IFN-β").
    static let genitiveFiller: Set<String> = [
        "of", "to", "the", "a", "an", "its", "endogenous", "exogenous", "wildtype", "recombinant", "human", "murine",
        "mouse", "soluble", "native",
    ]

    // MARK: - Presupposed chains: "TNF-induced apoptosis", "TRAIL resistance", "the angiogenic factor IL-8".

    /// The outcome right after a cytokine glued to `-induced`, `-mediated`, `-dependent`: a claim the
    /// sentence presupposes, untouched by the sentence's own verb or negation.
    func modifier(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        var link = frame.modifier
        var start = frame.phraseEnd + 1
        // Written apart: "tumor necrosis factor induced apoptosis" reads the same.
        if link == nil, start < tokens.count, let e = analysis.elementAt[start], let l = self.link(e),
            (l.lemma == "induce" || l.lemma == "mediate"), analysis.elements[e].cue.hasSuffix("ed")
        {
            link = l
            start = analysis.elements[e].tokens.upperBound
        }
        guard let link else { return nil }
        var t = start
        var steps = 0
        let end = min(tokens.count, clauses[c].tokens.upperBound)
        while t < end, steps < 5 {
            if tokens[t].key == "," || tokens[t].key == ";" { return nil }
            if let e = analysis.elementAt[t] {
                guard case .outcome(let outcome) = analysis.elements[e].element else { return nil }
                guard let v = valence(ofElement: e) else {
                    // "VEGF-induced proliferation, invasion and tube formation" outside a tumor setting: a later
                    // outcome of the list may name tumors by itself. An outcome of cells with no cells named
                    // ("TNF-mediated activation of NF-κB and …") is no outcome at all, and ends the phrase.
                    guard !outcome.byCellType,
                        let next = coordinatedContinuation(after: analysis.elements[e].tokens.upperBound, end: end),
                        !next.isVerbPhrase
                    else { return nil }
                    t = next.token
                    continue
                }
                guard v.valence != 0 else { return nil }
                return ClaimChain(
                    signs: [link.sign * v.valence], negationCue: frame.localNegation, clause: c, anchor: frame.token,
                    effect: v.effect,
                    cues: [
                        (frame.token + 1, frame.suffix.isEmpty ? link.lemma : frame.suffix),
                        (analysis.elements[e].tokens.lowerBound, v.cue),
                    ]
                    .map { (position: $0.0, cue: $0.1) }, isModifierPhrase: true)
            }
            t += 1
            steps += 1
        }
        return nil
    }

    /// "TRAIL resistance", "TRAIL-sensitive": the tumor resists or yields to the cytokine, which is therefore anti-tumor.
    func compound(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        guard let (cue, text) = frame.compound else { return nil }
        guard analysis.inTumorSetting || documentInTumorSetting else { return nil }
        return ClaimChain(
            signs: [cue.valence], negationCue: frame.localNegation, clause: c, anchor: frame.token, effect: cue.effect,
            cues: [(position: frame.token + 1, cue: text)])
    }

    /// "the potent angiogenic factors VEGF-A and IL-8": the describing outcome word is the claim.
    func descriptor(frame: SentenceAnalysis.Frame, clause c: Int) -> ClaimChain? {
        if frame.descriptor == nil, let (cue, text) = frame.classDescriptor {
            // A generic word ("angiogenic") counts only in a tumor setting, like any outcome.
            guard analysis.inTumorSetting || (documentInTumorSetting && !analysis.inNonTumorSetting) else { return nil }
            return ClaimChain(
                signs: [frame.perturbation * cue.valence], negationCue: frame.localNegation, clause: c, anchor: frame.token,
                effect: cue.effect, cues: [(position: frame.token, cue: text)])
        }
        guard let e = frame.descriptor, let v = valence(ofElement: e), v.valence != 0 else { return nil }
        return ClaimChain(
            signs: [frame.perturbation * v.valence], negationCue: frame.localNegation, clause: c, anchor: frame.token,
            effect: v.effect,
            cues: [(position: analysis.elements[e].tokens.lowerBound, cue: v.cue)])
    }

    // MARK: - Nominal links before the cytokine: "the role of IL-6 in", "the effect of TNF on".

    /// The link element that ends right before the cytokine's phrase, if it is a nominal "… of".
    func precedingNominalLink(_ frame: SentenceAnalysis.Frame) -> Int? {
        let anchor = frame.perturbationBefore?.lowerBound ?? frame.token
        var t = anchor - 1
        var gap = 0
        while t >= 0, gap <= 2 {
            if let e = analysis.elementAt[t] {
                if let l = link(e), analysis.elements[e].cue.hasSuffix(" of"), l.kind == .link { return e }
                return nil
            }
            guard SentenceAnalysis.perturbationFiller.contains(tokens[t].key) || tokens[t].key.hasSuffix("ed") else { return nil }
            t -= 1
            gap += 1
        }
        return nil
    }
}
