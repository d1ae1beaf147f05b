/// Reads pro- and anti-tumor claims about cytokines out of single sentences.
///
/// Input is a sentence's text and the mentions the tagger found in it; output is one
/// ``ClaimVerdict`` per cytokine, and a ``Claim`` for each verdict with a polarity. The rules
/// are sentence-local and syntactic in a shallow way: the sentence is cut into clauses, each
/// cytokine is followed through the link words of its clause to the first tumor outcome, and
/// perturbation × link signs × outcome valence gives the direction (`docs/claims-design.md`).
public struct ClaimExtractor: Sendable {
    let cues: ClaimCues
    /// The learned layer applied to the rules' verdicts (`lexicon/claim_model.tsv`), if on.
    let model: ClaimModel?

    /// The cue tables, for ``explain(_:mentions:documentInTumorSetting:)``.
    var cuesForExplanation: ClaimCues { cues }

    /// Creates an extractor over loaded cue tables.
    ///
    /// - Parameter useModel: whether to apply the claim model of the cue tables' lexicon, when it has
    ///   one (see ``ClaimModel``); the default is ``ClaimModel/onByDefault``.
    public init(cues: ClaimCues, useModel: Bool = ClaimModel.onByDefault) {
        self.cues = cues
        self.model = useModel ? cues.model : nil
    }

    /// The verdicts for the cytokines of one sentence, in order of first mention.
    ///
    /// - Parameters:
    ///   - text: the sentence.
    ///   - mentions: the mentions in it; offsets are in document coordinates.
    ///   - sentenceStart: the document offset of the sentence's first character.
    public func verdicts(
        in text: String, mentions: [Mention], sentenceStart: Int = 0, documentInTumorSetting: Bool = false
    ) -> [ClaimVerdict] {
        verdicts(
            of: SentenceAnalysis(text: text, documentMentions: mentions, offset: sentenceStart, cues: cues),
            documentInTumorSetting: documentInTumorSetting)
    }

    /// The verdicts of a sentence already analysed (``ClaimAnnotator`` shares one analysis between
    /// claims and relations).
    func verdicts(of analysis: SentenceAnalysis, documentInTumorSetting: Bool) -> [ClaimVerdict] {
        let ruled = ruleVerdicts(of: analysis, documentInTumorSetting: documentInTumorSetting)
        guard let model else { return ruled.verdicts }
        return ruled.verdicts.indices.map { i in
            model.revise(ruled.verdicts[i], features: ruled.features(i))
        }
    }

    /// The rules' verdicts, one per cytokine, with the features of each for the claim model.
    func ruleVerdicts(of analysis: SentenceAnalysis, documentInTumorSetting: Bool) -> RuledSentence {
        var finder = ClaimChainFinder(analysis: analysis, documentInTumorSetting: documentInTumorSetting)
        var chainsByFrame: [[ClaimChain]] = Array(repeating: [], count: analysis.frames.count)

        for (f, frame) in analysis.frames.enumerated() where !frame.isReceptor {
            let c = finder.clauseIndex(of: frame.token)
            let clause = finder.clauses[c]
            if clause.kind == .comparative, c + 1 < finder.clauses.count {
                // "Unlike IL-2, IL-7 failed to expand T cells": IL-2 gets the main clause with the negation turned over.
                let main = finder.clauses[c + 1]
                let subject = analysis.frames.first { main.tokens.contains($0.token) }
                let start = subject.map { $0.phraseEnd + 1 } ?? main.tokens.lowerBound
                var virtual = frame
                virtual.localNegation = nil
                for var chain in finder.forward(frame: virtual, from: start, clause: c + 1, directSubject: true) {
                    chain.negationCue = chain.negationCue == nil ? "unlike" : nil
                    chain.clause = c
                    chainsByFrame[f].append(chain)
                }
                continue
            }
            let presupposed = [
                finder.modifier(frame: frame, clause: c), finder.compound(frame: frame, clause: c),
                finder.descriptor(frame: frame, clause: c),
            ].compactMap { $0 }
            if !presupposed.isEmpty {
                chainsByFrame[f] += presupposed
                if let last = presupposed.last, last.signs.count == 1, last.negationCue == nil {
                    finder.anaphor = last.signs.first
                }
                continue
            }
            // "the IL-2-independent line PLT-2": a property of the cells named after it.
            if finder.describesNounAfter(frame) { continue }
            let between = finder.associationBetween(frame)
            let prefix = (finder.precedingNominalLink(frame) ?? between).map { [$0] } ?? []
            var found =
                finder.setsTheScene(frame) || finder.isAgentOfAnotherEvent(frame) || finder.isNamedAsMarker(frame)
                ? []
                : finder.forward(frame: frame, from: frame.phraseEnd + 1, clause: c, directSubject: true, prefix: prefix)
            found = finder.againstDrivenEvent(found, frame: frame, clause: c)
            // "no correlation between IL-6 and stage": the association before the cytokine is denied.
            if let between, let negation = finder.negationOfAssociation(between) {
                found = found.map { chain in
                    var chain = chain
                    chain.negationCue = chain.negationCue ?? negation
                    return chain
                }
            }
            if found.isEmpty, let chain = finder.backward(frame: frame, clause: c) { found = [chain] }
            if found.isEmpty, let chain = finder.targetedInTherapy(frame: frame, clause: c) { found = [chain] }
            if found.isEmpty, let chain = finder.tumorCellsDependOn(frame: frame, clause: c) { found = [chain] }
            if found.isEmpty, let chain = finder.therapeuticPurpose(frame: frame, clause: c) { found = [chain] }
            found = found.filter { !endsInAim($0, analysis) }
            chainsByFrame[f] += found
            if let last = found.last, last.signs.count == 1, last.negationCue == nil { finder.anaphor = last.signs.first }
        }

        for (c, clause) in finder.clauses.enumerated() where c > 0 && clause.kind == .main {
            // "…, but in TRAIL-resistant tumors it can activate NF-κB": "it" is the previous clause's subject.
            if let pronoun = clause.tokens.first(where: { analysis.tokens[$0].key == "it" || analysis.tokens[$0].key == "they" }),
                !clause.tokens.contains(where: { $0 < pronoun && analysis.elementAt[$0] != nil })
            {
                let previous = finder.clauses[c - 1]
                for (f, frame) in analysis.frames.enumerated() where !frame.isReceptor && previous.tokens.contains(frame.token) {
                    guard !chainsByFrame[f].isEmpty || isBeforeFirstElement(frame, in: previous, analysis) else { continue }
                    chainsByFrame[f] += finder.forward(
                        frame: frame, from: pronoun + 1, clause: c, directSubject: true, allowContinuation: false
                    ).filter { !endsInAim($0, analysis) }
                }
                continue
            }
            guard !analysis.frames.contains(where: { clause.tokens.contains($0.token) && !$0.isReceptor }) else {
                // "whereas TNF-α did": the cytokine takes over the previous clause's claim.
                ellipsis(in: clause, c, analysis: analysis, finder: finder, chains: &chainsByFrame)
                continue
            }
            // A clause with no cytokine of its own continues the subject of the clause before
            // ("TGF-β acts as a tumor suppressor early but promotes invasion later").
            guard startsWithoutSubject(clause, analysis) else { continue }
            let previous = finder.clauses[c - 1]
            // "IL-10, unlike IL-6, inhibited …": the compared cytokine took this clause turned over (above).
            guard previous.kind != .comparative else { continue }
            for (f, frame) in analysis.frames.enumerated() where !frame.isReceptor && previous.tokens.contains(frame.token) {
                let isSubject = !chainsByFrame[f].isEmpty || isBeforeFirstElement(frame, in: previous, analysis)
                guard isSubject else { continue }
                chainsByFrame[f] += finder.forward(
                    frame: frame, from: clause.tokens.lowerBound, clause: c, directSubject: true, allowContinuation: false
                ).filter { !endsInAim($0, analysis) }
            }
        }

        // "IL-6, a pleiotropic cytokine, promotes …": the class noun in apposition is the cytokine itself.
        for f in analysis.frames.indices where chainsByFrame[f].isEmpty {
            if let g = ClassApposition.appositive(of: f, in: analysis) { chainsByFrame[f] = chainsByFrame[g] }
        }

        // A gene variant ("variant IL-17F", "the IL33 locus") is not the cytokine acting: no claim, but
        // its negation and hedge are still read.
        for (f, frame) in analysis.frames.enumerated() where namesGeneticVariant(frame, in: analysis) {
            chainsByFrame[f] = []
        }

        // One verdict per cytokine.
        var order: [String] = []
        var framesByTarget: [String: [Int]] = [:]
        for (f, frame) in analysis.frames.enumerated() where !frame.isReceptor {
            if framesByTarget[frame.mention.target] == nil { order.append(frame.mention.target) }
            framesByTarget[frame.mention.target, default: []].append(f)
        }
        let distinctTargets = order.count
        let verdicts = order.map { target in
            verdict(
                for: target, frames: framesByTarget[target] ?? [], chainsByFrame: chainsByFrame, analysis: analysis,
                finder: finder,
                onlyCytokine: distinctTargets == 1)
        }
        return RuledSentence(verdicts: verdicts, targets: order, framesByTarget: framesByTarget, finder: finder)
    }

    /// Whether a chain read through the sentence's own verbs ends in an aim statement ("To identify
    /// cytokines that may contribute to survival, …"): the outcome is asked about, not found.
    /// Presupposed chains ("TGFβ-mediated migration") are not tested: the aim takes them for granted,
    /// and so it does the effect of a mechanism it asks about ("the mechanism by which BMP-6 exerts its
    /// anti-tumorigenic effect", ``PresupposedMechanism``).
    private func endsInAim(_ chain: ClaimChain, _ analysis: SentenceAnalysis) -> Bool {
        guard !analysis.aimSpans.isEmpty, let last = chain.cues.map(\.position).max() else { return false }
        guard analysis.aimSpans.contains(where: { $0.contains(last) }) else { return false }
        return !PresupposedMechanism.opensClause(at: chain.anchor, tokens: analysis.tokens)
    }

    /// VP ellipsis: "TGF-β1 did not induce EMT, whereas TNF-α did." The cytokine of the short
    /// clause takes the chains of the previous clause's cytokine, negated as its own clause says.
    private func ellipsis(
        in clause: Clause, _ c: Int, analysis: SentenceAnalysis, finder: ClaimChainFinder, chains: inout [[ClaimChain]]
    ) {
        let inClause = analysis.frames.indices.filter {
            clause.tokens.contains(analysis.frames[$0].token) && !analysis.frames[$0].isReceptor
        }
        guard let f = inClause.first, inClause.count == 1, chains[f].isEmpty else { return }
        let rest = SentenceAnalysis.span(analysis.frames[f].phraseEnd + 1, clause.tokens.upperBound)
        let words = rest.map { analysis.tokens[$0].key }.filter { $0 != "." && $0 != "," }
        let auxiliaries: Set<String> = [
            "did", "does", "do", "was", "were", "is", "are", "could", "can", "had", "has", "not", "too", "also", "so",
        ]
        guard !words.isEmpty, words.allSatisfy({ auxiliaries.contains($0) }) else { return }
        let negated = words.contains("not")
        let previous = finder.clauses[c - 1]
        guard
            let source = analysis.frames.indices.first(where: {
                previous.tokens.contains(analysis.frames[$0].token) && !chains[$0].isEmpty
            })
        else { return }
        for var chain in chains[source] {
            chain.negationCue = negated ? "not" : nil
            chain.clause = c
            chain.anchor = analysis.frames[f].token
            chains[f].append(chain)
        }
    }

    /// The claims of one sentence (verdicts with a polarity), ready for ``DocumentAnnotations``.
    ///
    /// - Parameters:
    ///   - text: the sentence.
    ///   - mentions: its mentions, in document coordinates.
    ///   - sentenceStart: the document offset of the sentence.
    ///   - sentenceIndex: the sentence's index in the document.
    ///   - section: the section path of its passage.
    ///   - documentInTumorSetting: whether the document is about tumors (see ``isTumorDocument(_:mentions:)``).
    public func claims(
        in text: String, mentions: [Mention], sentenceStart: Int, sentenceIndex: Int, section: [String] = [],
        documentInTumorSetting: Bool = false
    ) -> [Claim] {
        // A methods section says what was done ("cells were treated with IL-6"), not what a cytokine does.
        if cues.isMethodsSection(section) { return [] }
        return claims(
            of: SentenceAnalysis(text: text, documentMentions: mentions, offset: sentenceStart, cues: cues), text: text,
            sentenceIndex: sentenceIndex, section: section, documentInTumorSetting: documentInTumorSetting)
    }

    /// The claims of a sentence already analysed, outside a methods section.
    func claims(
        of analysis: SentenceAnalysis, text: String, sentenceIndex: Int, section: [String], documentInTumorSetting: Bool
    ) -> [Claim] {
        let found = verdicts(of: analysis, documentInTumorSetting: documentInTumorSetting)
        guard found.contains(where: { $0.polarity != nil }) else { return [] }
        let context = settingOf(text)
        return found.compactMap { verdict in
            guard let polarity = verdict.polarity else { return nil }
            return Claim(
                cytokine: verdict.cytokine, polarity: polarity, negated: verdict.negated, negationCue: verdict.negationCue,
                hedged: verdict.hedged, hedgeCue: verdict.hedgeCue, effect: verdict.effect, cues: verdict.cues,
                sentence: sentenceIndex,
                context: ClaimContext(cancer: context.cancer, evidence: context.evidence, section: section))
        }
    }

    /// Whether a mention names a gene variant rather than the cytokine ("variant interleukin-17F",
    /// "the variant 161R of IL-17F", "IL15 SNPs", "the GLDC/IL33 locus"): a variant word at most
    /// three tokens before it or two after it, with no comma or cue word between.
    func namesGeneticVariant(_ frame: SentenceAnalysis.Frame, in analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        func isVariant(_ t: Int) -> Bool { tokens[t].mention == nil && cues.geneticVariantWords.contains(tokens[t].key) }
        func isBarrier(_ t: Int) -> Bool { tokens[t].key == "," || analysis.elementAt[t] != nil }
        var t = frame.token - 1
        while t >= 0, frame.token - t <= 3, !isBarrier(t) {
            if isVariant(t) { return true }
            t -= 1
        }
        t = frame.phraseEnd + 1
        while t < tokens.count, t - frame.phraseEnd <= 2, !isBarrier(t) {
            if isVariant(t) { return true }
            t += 1
        }
        return false
    }

    /// Whether a text (a title and abstract, or a whole article) is about tumors: it names a
    /// cancer, a tumor setting or tumor cells outside its cytokine mentions ("tumor necrosis factor").
    public func isTumorDocument(_ text: String, mentions: [Mention], textStart: Int = 0) -> Bool {
        let local = mentions.map { mention -> Mention in
            var m = mention
            m.start -= textStart
            m.end -= textStart
            return m
        }
        return SettingScan.isTumor(text, mentions: local, cues: cues)
    }

    /// The cancer type and evidence kind a sentence names, if any (the first specific cancer wins over "tumor").
    func settingOf(_ text: String) -> (cancer: String?, evidence: String?) {
        SettingScan.cancerAndEvidence(in: text, cues: cues)
    }

    // MARK: - Merging

    private func verdict(
        for target: String, frames: [Int], chainsByFrame: [[ClaimChain]], analysis: SentenceAnalysis, finder: ClaimChainFinder,
        onlyCytokine: Bool
    ) -> ClaimVerdict {
        let chains = frames.flatMap { chainsByFrame[$0] }
        let asserted = chains.filter { $0.negationCue == nil }
        let denied = chains.filter { $0.negationCue != nil }
        let used = asserted.isEmpty ? denied : asserted
        let clausesOfFrames = Set(frames.map { finder.clauseIndex(of: analysis.frames[$0].token) })
        let relevantClauses = used.isEmpty ? clausesOfFrames : Set(used.map(\.clause))

        // A role said to be dual needs a tumor setting when the sentence gives no claim of its own.
        let dualApplies =
            !used.isEmpty || analysis.inTumorSetting || (finder.documentInTumorSetting && !analysis.inNonTumorSetting)
        let dual = analysis.dualCues.first { cue in
            dualApplies
                && (onlyCytokine || relevantClauses.contains(finder.clauseIndex(of: cue.tokens.lowerBound))
                    || clausesOfFrames.contains(finder.clauseIndex(of: cue.tokens.lowerBound)))
        }
        let signs = Set(used.flatMap(\.signs))
        var polarity: ClaimPolarity?
        if dual != nil || signs.count > 1 {
            polarity = .contextDependent
        } else if let sign = signs.first {
            polarity = sign > 0 ? .proTumor : .antiTumor
        }

        var negationCue: String?
        if !used.isEmpty {
            negationCue = asserted.isEmpty ? denied.first?.negationCue : nil
        } else {
            negationCue =
                frames.lazy.compactMap { self.clauseNegation(of: analysis.frames[$0], analysis: analysis, finder: finder) }.first
        }
        if dual != nil, !asserted.isEmpty || used.isEmpty { negationCue = used.isEmpty ? negationCue : nil }

        let anchors = used.isEmpty ? frames.map { analysis.frames[$0].token } : used.map(\.anchor)
        let hedgeCue =
            analysis.hedgeCancelled
            ? nil
            : relevantClauses.sorted().lazy.compactMap {
                self.hedge(
                    for: $0, before: anchors.max() ?? 0, claimTokens: Set(anchors + used.flatMap { $0.cues.map(\.position) }),
                    presupposed: used, analysis, finder)
            }.first

        var positioned = used.flatMap(\.cues)
        if let dual { positioned.append((dual.tokens.lowerBound, dual.cue)) }
        if let hedgeCue, let hit = analysis.hedges.first(where: { $0.cue == hedgeCue }) {
            positioned.append((hit.tokens.lowerBound, hedgeCue))
        }
        var seen = Set<String>()
        let cueWords = positioned.sorted { $0.position < $1.position }.map(\.cue).filter { seen.insert($0).inserted }
        return ClaimVerdict(
            cytokine: target, polarity: polarity, negationCue: negationCue, hedgeCue: hedgeCue,
            effect: polarity == nil ? nil : (dual != nil && used.isEmpty ? "dual_role" : used.first?.effect),
            cues: polarity == nil ? [] : cueWords)
    }

    /// Whether the cytokine's own negation is the condition "in the absence of IL-2": a setting with
    /// the cytokine lost (its perturbation), not a denial of anything the sentence says about it.
    private func isConditionOfLoss(_ frame: SentenceAnalysis.Frame, _ analysis: SentenceAnalysis) -> Bool {
        guard let negation = frame.localNegationTokens, let perturbation = frame.perturbationBefore,
            perturbation.overlaps(negation)
        else { return false }
        let words = analysis.tokens[..<negation.lowerBound].suffix(2).map(\.key)
        return words.last == "in" || words == ["in", "the"]
    }

    /// The negation of a cytokine with no claim: its own ("but not IL-10"), or one in its clause.
    private func clauseNegation(of frame: SentenceAnalysis.Frame, analysis: SentenceAnalysis, finder: ClaimChainFinder) -> String?
    {
        if let local = frame.localNegation {
            return finder.describesNounAfter(frame) || isConditionOfLoss(frame, analysis) ? nil : local
        }
        let clause = finder.clauses[finder.clauseIndex(of: frame.token)]
        // Before the cytokine, or in the predicate right after it ("… IL-4 mRNA expression was not different"),
        // not in a later adjunct ("… due to a lack of …").
        let inScope = finder.scopedNegations(in: clause.tokens).first { negation in
            guard negation.tokens.lowerBound > frame.token else { return true }
            // "… binding was enhanced without a change in affinity": a negated noun phrase after the cytokine
            // is an adjunct; only "without inducing …" denies what the cytokine does.
            if analysis.ruleWords.nounPhraseNegations.contains(CueKey.of(negation.cue)) {
                let next = negation.tokens.upperBound
                guard next < analysis.tokens.count, analysis.tokens[next].key.hasSuffix("ing") else { return false }
            }
            let between = SentenceAnalysis.span(frame.phraseEnd + 1, negation.tokens.lowerBound)
            return between.count <= 8
                && !between.contains {
                    ["due", "because", "since", "although", "whereas", "while"].contains(analysis.tokens[$0].key)
                }
        }
        if let negation = inScope { return negation.cue }
        return analysis.negations.first {
            $0.kind == .post && clause.tokens.contains($0.tokens.lowerBound) && $0.tokens.lowerBound > frame.token
        }?
        .cue
    }

    /// The hedge of a clause: its own, or one in an earlier main clause that governs it ("We suggest that …, whereas …").
    /// A hedging verb or question word ("suggest", "whether") only covers what comes after it.
    private func hedge(
        for c: Int, before anchor: Int, claimTokens: Set<Int>, presupposed chains: [ClaimChain], _ analysis: SentenceAnalysis,
        _ finder: ClaimChainFinder
    ) -> String? {
        let clause = finder.clauses[c]
        let tokens = analysis.tokens
        // ", which may be relevant to patients" makes a statement of its own: a hedge inside it does not
        // reach a claim outside it.
        let asideSpans = ClaimExtractor.asides(in: tokens)
        // The statements of the sentence, cut once, when a hedge first needs them.
        var statementSpans: [Range<Int>]?
        let statements = { () -> [Range<Int>] in
            if let statementSpans { return statementSpans }
            let spans = CoordinatedStatement.statements(in: tokens)
            statementSpans = spans
            return spans
        }
        let inForeignAside = { (position: Int) -> Bool in
            asideSpans.contains { span in span.contains(position) && !claimTokens.contains(where: { span.contains($0) }) }
        }
        // "…, suggesting that the phenomenon may be …" after the claim opens a new statement.
        let complement =
            analysis.hedges.first {
                $0.tokens.lowerBound > anchor && $0.tokens.upperBound < tokens.count
                    && tokens[$0.tokens.upperBound].key == "that"
            }?.tokens.lowerBound ?? Int.max
        let applies = { (hit: (tokens: Range<Int>, cue: String, type: String)) -> Bool in
            let opensComplement =
                hit.type == "question" || (hit.tokens.upperBound < tokens.count && tokens[hit.tokens.upperBound].key == "that")
                || (hit.type == "verb" && hit.tokens.lowerBound > 0 && tokens[hit.tokens.lowerBound - 1].key == ",")
            // An adjective after the cytokine hedges it only as a predicate ("IL-6 is a potential target",
            // "its role remains unclear"), not as a modifier of another noun ("and its possible crosstalk with PSMA").
            if hit.type == "adjective", hit.tokens.lowerBound > anchor,
                !(max(0, hit.tokens.lowerBound - 3)..<hit.tokens.lowerBound).contains(where: {
                    ClaimExtractor.copulas.contains(tokens[$0].key)
                })
            {
                return false
            }
            // Used attributively, it doubts only the noun it modifies ("a putative tumor suppressor gene").
            if hit.type == "adjective",
                AttributiveHedge.modifiesAnotherNoun(
                    hit.tokens, anchor: anchor, claimTokens: claimTokens, tokens: tokens,
                    claimNouns: analysis.ruleWords.claimNouns)
            {
                return false
            }
            if inForeignAside(hit.tokens.lowerBound) { return false }
            // "AR may mediate the leptin-induced apoptotic response": the phrase is taken for granted.
            if PresupposedPhraseHedge.spares(chains, hedgeType: hit.type) { return false }
            // "IL-6 promoted tumor growth, possibly through STAT3": the adverb doubts the means only.
            if let claimEnd = claimTokens.max(),
                MeansAdjunctHedge.doubtsOnlyTheAdjunct(hit.tokens, type: hit.type, claimEnd: claimEnd, tokens: tokens)
            {
                return false
            }
            // "…, and angiogenesis may play a role in …": a statement of its own (`CoordinatedStatement`).
            if CoordinatedStatement.separates(
                hedgeAt: hit.tokens.lowerBound, anchor: anchor, claimTokens: claimTokens, spans: statements())
            {
                return false
            }
            // "To identify cytokines that may contribute to …": a hedge inside an aim hedges no finding.
            if analysis.aimSpans.contains(where: { $0.contains(hit.tokens.lowerBound) }) { return false }
            return (!opensComplement || hit.tokens.lowerBound < anchor) && hit.tokens.lowerBound < complement
        }
        if let own = analysis.hedges.first(where: { clause.tokens.contains($0.tokens.lowerBound) && applies($0) }) {
            return own.cue
        }
        guard clause.kind == .main else { return nil }
        for earlier in finder.clauses[..<c] where earlier.kind == .main {
            if let hit = analysis.hedges.first(where: { hit in
                earlier.tokens.contains(hit.tokens.lowerBound)
                    && !analysis.aimSpans.contains(where: { $0.contains(hit.tokens.lowerBound) })
                    && !PresupposedPhraseHedge.spares(chains, hedgeType: hit.type)
            }) {
                return hit.cue
            }
        }
        return nil
    }

    /// Non-restrictive relative clauses about a noun that is not a cytokine ("… in mice, which may be relevant
    /// to patients"): from ", which" to the next comma or the end of the sentence. A relative clause right
    /// after a cytokine ("IL-8 or VEGF, which may regulate angiogenesis") is about it and is not an aside.
    static func asides(in tokens: [SentenceToken]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for i in tokens.indices where tokens[i].key == "," && i + 1 < tokens.count && i > 0 {
            guard tokens[i + 1].key == "which" || tokens[i + 1].key == "who", tokens[i - 1].mention == nil,
                !tokens[i - 1].attached
            else {
                continue
            }
            var end = i + 2
            while end < tokens.count, tokens[end].key != ",", tokens[end].key != ";" { end += 1 }
            spans.append(i..<end)
        }
        return spans
    }

    /// Words that make the adjective after them a predicate ("is a potential target", "forms a potential substrate").
    static let copulas: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained", "seems", "seem", "appears", "appear",
        "as", "considered", "become", "becomes", "a", "an", "forms", "form", "represents", "represent", "constitutes",
        "constitute", "serves", "serve",
    ]

    // MARK: - Subjects

    /// Words that may open a clause that has no subject of its own ("but also promotes", "whereas high doses induced").
    private static let subjectless: Set<String> = [
        "but", "whereas", "while", "whilst", "yet", "however", "although", "though", ",", "also", "it", "its", "they", "then",
        "still", "high", "low", "higher", "lower", "doses", "dose", "concentrations", "concentration", "at", "in", "can", "could",
        "may", "might", "the", "same", "cytokine", "finally", "subsequently", "so", "this", "was", "were", "is", "are", "has",
        "have", "both", "either", "and", "not", "only", "when", "advanced", "early", "late", "stages", "stage", "local",
        "chronic",
        "low-level", "in", "established", "tumors", "conversely",
    ]

    private func startsWithoutSubject(_ clause: Clause, _ analysis: SentenceAnalysis) -> Bool {
        for t in clause.tokens {
            let key = analysis.tokens[t].key
            if key == "it" || key == "they" { return true }
            if let e = analysis.elementAt[t] {
                // A noun ("blockade of …", "induction of …") opens a subject of its own; a verb does not.
                let cue = CueKey.of(analysis.elements[e].cue)
                return !["ion", "ade", "ment", "ance", "ence", " of"].contains { cue.hasSuffix($0) }
            }
            if !ClaimExtractor.subjectless.contains(key) && !key.hasSuffix("ly") {
                return clauseHasPronounBeforeElement(clause, analysis)
            }
        }
        return false
    }

    private func clauseHasPronounBeforeElement(_ clause: Clause, _ analysis: SentenceAnalysis) -> Bool {
        for t in clause.tokens {
            if analysis.elementAt[t] != nil { return false }
            if analysis.tokens[t].key == "it" || analysis.tokens[t].key == "they" { return true }
        }
        return false
    }

    private func isBeforeFirstElement(_ frame: SentenceAnalysis.Frame, in clause: Clause, _ analysis: SentenceAnalysis) -> Bool {
        let first = clause.tokens.first { analysis.elementAt[$0] != nil } ?? clause.tokens.upperBound
        return frame.token < first
    }
}
