/// The rules behind ``RelationExtractor``: finds the arguments of each relation verb in an
/// analysed sentence by voice.
struct RelationReader {
    /// One relation before de-duplication.
    struct Candidate {
        var source: String
        var target: String
        var type: RelationType
        var negated: Bool
        var hedged: Bool
        var cues: [String]
    }

    let analysis: SentenceAnalysis
    let cues: ClaimCues
    let clauses: [Clause]
    let hits: [PhraseTable<RelationCue>.Hit]

    init(analysis: SentenceAnalysis, cues: ClaimCues) {
        self.analysis = analysis
        self.cues = cues
        self.clauses = analysis.clauses
        self.hits = cues.relations.hits(in: analysis.tokens)
    }

    private var tokens: [SentenceToken] { analysis.tokens }
    private var frames: [SentenceAnalysis.Frame] { analysis.frames.filter { !$0.isReceptor } }

    /// Words that may stand between a relation verb and its object's cytokine ("induced the production of IL-6").
    static let objectFiller: Set<String> = [
        "the", "a", "an", "of", "production", "expression", "secretion", "release", "synthesis", "levels", "level", "mrna",
        "protein",
        "gene", "transcription", "transcripts", "both", "either", "endogenous", "autocrine", "its", "their", "and", "or", ",",
        "increased", "enhanced", "elevated", "high", "higher", "low", "lower", "serum", "plasma", "soluble", "human", "murine",
        "de", "novo", "strongly", "markedly", "significantly", "also", "further", "only", "not", "even", "directly",
    ]

    /// Words that may stand between a subject cytokine and its verb ("IL-1β alone strongly induced").
    static let subjectFiller: Set<String> = [
        "alone", "also", "strongly", "markedly", "significantly", "further", "itself", "treatment", "stimulation", "signaling",
        "did", "does", "do", "can", "could", "may", "might", "not", "was", "were", "is", "are", "has", "have", "had", "been",
        "potently", "dose-dependently", "dose", "dependently", "both", "synergistically", "directly", "in", "turn", "then",
        "expression", "production", "secretion", "protein", "mrna", "gene", "(", ")", "cells", "only", "rapidly", "all",
        "been", "found", "shown", "reported", "demonstrated", "to", "originally", "subsequently", "known", "able", ",",
    ]

    func read() -> [Candidate] {
        var found: [Candidate] = []
        for hit in hits {
            let clause =
                clauses.first { $0.tokens.contains(hit.tokens.lowerBound) } ?? Clause(tokens: 0..<tokens.count, kind: .main)
            let nextKey = hit.tokens.upperBound < tokens.count ? tokens[hit.tokens.upperBound].key : ""
            // The word before, skipping adverbs ("was only slightly decreased").
            var p = hit.tokens.lowerBound - 1
            while p >= 0,
                tokens[p].key.hasSuffix("ly") || (tokens[p].key == "also" || tokens[p].key == "not" || tokens[p].key == "further")
            { p -= 1 }
            let previousKey = p >= 0 ? tokens[p].key : ""
            // "an enhanced release of TNF": a participle before a noun is no verb.
            if previousKey == "a" || previousKey == "an" || previousKey == "the", hit.payload.voice == .activeOrPassive {
                continue
            }
            switch hit.payload.voice {
            case .passive:
                found += passive(hit, clause: clause)
            case .activeOrPassive where nextKey == "by":
                found += passive(hit, clause: clause)
            case .activeOrPassive where ["was", "were", "is", "are", "be", "been"].contains(previousKey):
                // An agentless passive ("IFN-γ mRNA was decreased") names no source.
                break
            case .active, .activeOrPassive:
                found += active(hit, clause: clause)
            case .nominal:
                found += nominal(hit, clause: clause)
            case .adverb, .adjectival, .objectNoun:
                break
            }
            if hit.payload.type == .synergizes, hit.payload.voice == .adverb || hit.payload.voice == .adjectival {
                found += synergyAmongSubjects(hit, clause: clause)
            }
        }
        found += adjectival()
        return found
    }

    // MARK: - Voices

    /// "S induces T", "S and S2 suppressed T and T2 production", "S synergizes with T".
    private func active(_ hit: PhraseTable<RelationCue>.Hit, clause: Clause) -> [Candidate] {
        let subjects = subjectsBefore(hit.tokens.lowerBound, clause: clause)
        let objects = objectsAfter(hit.tokens.upperBound, clause: clause)
        var found: [Candidate] = []
        for s in subjects {
            for t in objects {
                var type = hit.payload.type
                if s.perturbation < 0, s.perturbationBefore != nil || s.perturbationCue != nil { type = type.turned }
                found.append(
                    candidate(
                        source: s, target: t, type: type, cue: hit.cue, span: s.phraseEnd + 1..<hit.tokens.lowerBound,
                        clause: clause))
            }
        }
        return found
    }

    /// "T is induced by S", "T production induced by S".
    private func passive(_ hit: PhraseTable<RelationCue>.Hit, clause: Clause) -> [Candidate] {
        var after = hit.tokens.upperBound
        if after < tokens.count, tokens[after].key == "by" { after += 1 }
        let sources = objectsAfter(after, clause: clause)
        let targets = subjectsBefore(hit.tokens.lowerBound, clause: clause)
        var found: [Candidate] = []
        for s in sources {
            for t in targets {
                var type = hit.payload.type
                if s.perturbation < 0, s.perturbationCue != nil { type = type.turned }
                found.append(
                    candidate(source: s, target: t, type: type, cue: hit.cue, span: t.phraseEnd + 1..<s.token, clause: clause))
            }
        }
        return found
    }

    /// "induction of T by S", "S-mediated suppression of T"-like nominals: "of" names the target, "by" the source.
    private func nominal(_ hit: PhraseTable<RelationCue>.Hit, clause: Clause) -> [Candidate] {
        let targets = objectsAfter(hit.tokens.upperBound, clause: clause)
        guard let lastTarget = targets.last else { return [] }
        var by = lastTarget.phraseEnd + 1
        while by < clause.tokens.upperBound, by <= lastTarget.phraseEnd + 4, tokens[by].key != "by" { by += 1 }
        var sources: [SentenceAnalysis.Frame] = []
        if by < clause.tokens.upperBound, tokens[by].key == "by" {
            sources = objectsAfter(by + 1, clause: clause)
        } else if let before = frames.last(where: { $0.phraseEnd < hit.tokens.lowerBound && clause.tokens.contains($0.token) }),
            hit.tokens.lowerBound - before.phraseEnd <= 2, before.modifier != nil || before.suffix.isEmpty
        {
            // "TNF induction of IL-6" or "IL-12-mediated induction of IFN-γ".
            sources = [before]
        }
        var found: [Candidate] = []
        for s in sources {
            for t in targets {
                found.append(
                    candidate(source: s, target: t, type: hit.payload.type, cue: hit.cue, span: hit.tokens, clause: clause))
            }
        }
        return found
    }

    /// "TNF-induced IL-6 production", "IL-1β-stimulated IL-8 release": the glued suffix is the verb.
    private func adjectival() -> [Candidate] {
        var found: [Candidate] = []
        for s in frames {
            let tail = s.suffix.split(separator: "-").last.map { "-" + CueKey.of($0) } ?? ""
            guard let cue = cues.relationSuffixes[s.suffix] ?? cues.relationSuffixes[tail], cue.voice == .adjectival else {
                continue
            }
            let clause = clauses.first { $0.tokens.contains(s.token) } ?? Clause(tokens: 0..<tokens.count, kind: .main)
            let targets = objectsAfter(s.phraseEnd + 1, clause: clause, limit: 3)
            for t in targets {
                found.append(
                    candidate(source: s, target: t, type: cue.type, cue: s.suffix, span: s.token..<s.token, clause: clause))
            }
        }
        return found
    }

    /// "IL-12 and IL-18 synergistically induced IFN-γ": the subjects synergize.
    private func synergyAmongSubjects(_ hit: PhraseTable<RelationCue>.Hit, clause: Clause) -> [Candidate] {
        let subjects = subjectsBefore(hit.tokens.lowerBound, clause: clause)
        guard subjects.count >= 2 else { return [] }
        var found: [Candidate] = []
        for (i, a) in subjects.enumerated() {
            for b in subjects[(i + 1)...] {
                found.append(candidate(source: a, target: b, type: .synergizes, cue: hit.cue, span: hit.tokens, clause: clause))
            }
        }
        return found
    }

    // MARK: - Arguments

    /// The cytokines that are the subject of the verb at `index`: the nearest one before it in
    /// the clause with no other verb or cytokine between ("IL-4, a product of Th2 cells, … has been
    /// found to suppress …"), the subject of an earlier verb it is coordinated with ("IL-12
    /// abrogated X and induced IFN-γ"), and those listed with it.
    private func subjectsBefore(_ index: Int, clause: Clause) -> [SentenceAnalysis.Frame] {
        let candidates = frames.filter { clause.tokens.contains($0.token) && $0.phraseEnd < index }
        guard let nearest = candidates.last else { return [] }
        let gap = SentenceAnalysis.span(nearest.phraseEnd + 1, index)
        if let verb = gap.last(where: { isVerb(at: $0) }) {
            // "S V1 X and V2 …": V2 shares V1's subject when a coordinator comes just before V2.
            var k = index - 1
            while k > verb,
                tokens[k].key.hasSuffix("ly")
                    || (tokens[k].key == "also" || tokens[k].key == "then" || tokens[k].key == "further")
            { k -= 1 }
            guard k > verb, ["and", ","].contains(tokens[k].key), let first = hits.first(where: { $0.tokens.contains(verb) })
            else { return [] }
            return subjectsBefore(first.tokens.lowerBound, clause: clause)
        }
        // "IL-12 synergized with IL-18 to induce IFN-γ": both partners induce.
        if let synergy = hits.last(where: { $0.payload.type == .synergizes && $0.tokens.upperBound <= nearest.token }),
            clause.tokens.contains(synergy.tokens.lowerBound),
            objectsAfter(synergy.tokens.upperBound, clause: clause).contains(where: { $0.token == nearest.token })
        {
            return subjectsBefore(synergy.tokens.lowerBound, clause: clause) + [nearest]
        }
        guard gap.count <= 40, nearest.mention.kind != .receptor, !isObjectOfVerb(nearest, clause: clause),
            !gap.contains(where: { ["which", "that", "whereas", "while"].contains(tokens[$0].key) })
                || gap.allSatisfy({ RelationReader.subjectFiller.contains(tokens[$0].key) })
        else { return [] }
        // "… p35 mRNA, and PMA stimulation strongly enhanced …": a new noun phrase after the last "and" is the subject.
        if let lastAnd = gap.last(where: { tokens[$0].key == "and" }),
            SentenceAnalysis.span(lastAnd + 1, index).contains(where: {
                !RelationReader.subjectFiller.contains(tokens[$0].key) && !tokens[$0].key.hasSuffix("ly")
            })
        {
            return []
        }
        var subjects = [nearest]
        var k = candidates.count - 2
        while k >= 0, isList(SentenceAnalysis.span(candidates[k].phraseEnd + 1, subjects[0].token)) {
            subjects.insert(candidates[k], at: 0)
            k -= 1
        }
        return subjects
    }

    /// Whether a cytokine is the object of an earlier relation verb ("increased TNF-α and IL-1β production and activated …").
    private func isObjectOfVerb(_ frame: SentenceAnalysis.Frame, clause: Clause) -> Bool {
        guard let verb = hits.last(where: { $0.tokens.upperBound <= frame.token && clause.tokens.contains($0.tokens.lowerBound) })
        else {
            return false
        }
        return objectsAfter(verb.tokens.upperBound, clause: clause).contains { $0.token == frame.token }
    }

    /// Whether the words between two cytokines list them ("IL-6, IL-8 and", "Il10 transcription as well as").
    private func isList(_ gap: Range<Int>) -> Bool {
        let keys = gap.map { tokens[$0].key }
        let joiners: Set<String> = ["and", "or", ",", "/", "nor", "as", "well", "either", "both", "(", ")"]
        guard keys.count <= 5, keys.contains(where: { joiners.contains($0) }) || keys.isEmpty else { return false }
        return keys.allSatisfy {
            joiners.contains($0)
                || ["expression", "production", "transcription", "secretion", "mrna", "levels", "protein", "gene"].contains($0)
        }
    }

    /// The cytokines that are the object of the verb ending before `index`, and those listed with them.
    private func objectsAfter(_ index: Int, clause: Clause, limit: Int = 6) -> [SentenceAnalysis.Frame] {
        // A cytokine that only modifies the object ("the IL-2-induced IL-6 expression", "IL-2 deprivation
        // apoptosis", "interferon gamma- induced genes") is not the object.
        let candidates = frames.filter { clause.tokens.contains($0.token) && $0.token >= index && !isModifierOnly($0) }
        guard let first = candidates.first else { return [] }
        // Tokens of the skipped modifier mentions may stand in the gap.
        let skipped = Set(frames.filter(isModifierOnly).flatMap { $0.token...$0.phraseEnd })
        let gap = SentenceAnalysis.span(index, first.perturbationBefore?.lowerBound ?? first.token).filter {
            !skipped.contains($0)
        }
        guard gap.count <= limit, !gap.contains(where: { isVerb(at: $0) }),
            gap.allSatisfy({ RelationReader.objectFiller.contains(tokens[$0].key) || !tokens[$0].attached && isPlainWord($0) })
        else { return [] }
        var objects = [first]
        var k = 1
        while k < candidates.count, isList(SentenceAnalysis.span(objects.last!.phraseEnd + 1, candidates[k].token)) {
            objects.append(candidates[k])
            k += 1
        }
        return objects
    }

    /// Whether a cytokine mention only modifies a noun phrase: glued to "-induced", "-" (elided),
    /// followed by "induced", or with a perturbation after it ("IL-2 deprivation").
    private func isModifierOnly(_ frame: SentenceAnalysis.Frame) -> Bool {
        if frame.modifier != nil || frame.suffix == "-" || frame.compound != nil { return true }
        let tail = frame.suffix.split(separator: "-").last.map { "-" + CueKey.of($0) } ?? ""
        if cues.relationSuffixes[tail]?.voice == .adjectival { return true }
        if frame.perturbationCue != nil, frame.perturbationBefore == nil, !frame.perturbationIsPassive { return true }
        let next = frame.phraseEnd + 1
        return next < tokens.count && ["induced", "stimulated", "mediated", "dependent", "activated"].contains(tokens[next].key)
    }

    /// A word that can sit inside an object noun phrase ("LPS-induced", "basal").
    private func isPlainWord(_ t: Int) -> Bool {
        let key = tokens[t].key
        return !key.isEmpty && !tokens[t].isPunctuation
            && !["by", "which", "that", "to", "in", "on", "with", "from", "for"].contains(key)
    }

    private func isVerb(at t: Int) -> Bool {
        hits.contains { $0.tokens.contains(t) && $0.payload.voice != .objectNoun }
    }

    // MARK: - Flags

    private func candidate(
        source: SentenceAnalysis.Frame, target: SentenceAnalysis.Frame, type: RelationType, cue: String, span: Range<Int>,
        clause: Clause
    ) -> Candidate {
        let finder = ClaimChainFinder(analysis: analysis, documentInTumorSetting: false)
        let lower = min(span.lowerBound, span.upperBound)
        let upper = max(span.lowerBound, span.upperBound)
        let negation = finder.scopedNegations(in: lower..<upper).first?.cue ?? target.localNegation ?? source.localNegation
        let hedged = analysis.hedges.contains { hit in
            clause.tokens.contains(hit.tokens.lowerBound) || hit.tokens.lowerBound < clause.tokens.lowerBound
        }
        var words = [cue]
        if let negation { words.insert(negation, at: 0) }
        return Candidate(
            source: source.mention.target, target: target.mention.target, type: type, negated: negation != nil,
            hedged: hedged && !analysis.hedgeCancelled, cues: words)
    }
}

extension RelationType {
    /// The type a blocked source gives: blocking an inducer inhibits, blocking an inhibitor induces.
    var turned: RelationType {
        switch self {
        case .induces: .inhibits
        case .inhibits: .induces
        default: self
        }
    }
}
