/// A sentence with every cue table applied: tokens, the chain elements (outcomes, links,
/// perturbations), negation, hedge and setting cues, cell types, and one frame per mention.
///
/// This is the shared view that the claim rules (``ClaimExtractor``) and the relation rules
/// (``RelationExtractor``) read; building it is the only place that touches the cue tables.
///
/// A class, immutable once built: the rules hand an analysis to every chain finder, ruled
/// sentence and verdict, and a copy of one reference costs one retain instead of one per array.
final class SentenceAnalysis {
    /// What a token is in an effect chain.
    enum Element: Equatable {
        /// An outcome of tumor biology.
        case outcome(OutcomeCue)
        /// A link word with a sign.
        case link(LinkCue)
    }

    /// A chain element and the tokens it covers.
    struct Placed {
        var tokens: Range<Int>
        var cue: String
        var element: Element
    }

    /// A negation cue and the tokens it covers.
    struct Negation {
        var tokens: Range<Int>
        var cue: String
        var kind: NegationCue.Kind
    }

    /// A mention with what is glued to it and what perturbs it.
    struct Frame {
        /// The mention.
        var mention: Mention
        /// Its token.
        var token: Int
        /// The last token that belongs to the mention's own noun phrase (suffixes, perturbation words after it).
        var phraseEnd: Int
        /// The text glued to its end, brackets removed ("-deficient", "-/-", "-induced").
        var suffix: String
        /// The perturbation sign: −1 blocked or lost, +1 present or added.
        var perturbation: Int
        /// The perturbation cue, if any.
        var perturbationCue: String?
        /// The tokens of a perturbation cue before the mention, if any.
        var perturbationBefore: Range<Int>?
        /// Whether the perturbation is a passive participle after the mention ("IL-6 was blocked"),
        /// the mention's predicate rather than a noun that it modifies ("IL-2 deprivation").
        var perturbationIsPassive = false
        /// A suffix that makes the mention the cause of the next outcome (`-induced`).
        var modifier: LinkCue?
        /// A negation that scopes over the mention's own noun phrase ("but not IL-10", "no IL-1", "-independent").
        var localNegation: String?
        /// The tokens of that negation, when it is written before the mention.
        var localNegationTokens: Range<Int>?
        /// A role noun right after the mention ("TRAIL resistance") and its text.
        var compound: (cue: OutcomeCue, text: String)?
        /// An outcome word that describes the mention ("the proangiogenic factor IL-8"): its element index.
        var descriptor: Int?
        /// An outcome word inside a class mention that heads a list the mention is in
        /// ("angiogenic factors, including IL-8 and IL-6"), with the class mention's text.
        var classDescriptor: (cue: OutcomeCue, text: String)?
        /// Whether a receptor; receptors are never the subject of a claim.
        var isReceptor: Bool { mention.kind == .receptor }
    }

    let tokens: [SentenceToken]
    let elements: [Placed]
    /// For each token, the index of the element that covers it.
    let elementAt: [Int?]
    let negations: [Negation]
    let hedges: [(tokens: Range<Int>, cue: String, type: String)]
    let dualCues: [(tokens: Range<Int>, cue: String)]
    let cells: [(tokens: Range<Int>, role: CellRole)]
    let cancers: [(tokens: Range<Int>, cancer: String)]
    let evidence: [(tokens: Range<Int>, kind: String)]
    let frames: [Frame]
    /// Whether the sentence is about tumors at all (a cancer name, a tumor setting word, tumor cells
    /// or an outcome that only tumors have).
    let inTumorSetting: Bool
    /// Whether the sentence places itself outside tumor biology (sepsis, asthma) without naming a tumor.
    let inNonTumorSetting: Bool
    /// Whether the sentence cancels its hedges ("our hypothesis … was confirmed").
    let hedgeCancelled: Bool
    /// Stretches that state an aim or what was examined, not a finding (see ``AimStatement``).
    let aimSpans: [Range<Int>]
    /// The word sets of the rules (`rule_words.tsv`), for the rules that read this analysis.
    let ruleWords: RuleWords
    /// The sentence cut into clauses (``ClauseSplitter``): cut when first asked for, then shared by
    /// the claim readings of both tumor settings and the relation reader.
    private(set) lazy var clauses: [Clause] = ClauseSplitter.clauses(of: self)

    /// Analyses `text`, which starts at code point `offset` of its document; `mentions` are in
    /// document coordinates.
    convenience init(text: String, documentMentions mentions: [Mention], offset: Int, cues: ClaimCues) {
        let local = mentions.map { mention -> Mention in
            var m = mention
            m.start -= offset
            m.end -= offset
            return m
        }
        self.init(text: text, mentions: local, cues: cues)
    }

    /// Analyses `text`, whose mentions have code point offsets relative to the text.
    convenience init(text: String, mentions: [Mention], cues: ClaimCues) {
        self.init(tokens: cues.markedTokens(text, mentions: mentions), mentions: mentions, cues: cues)
    }

    /// Analyses a sentence already split into tokens with their cue starts marked
    /// (``ClaimCues/markedTokens(_:mentions:)``).
    init(tokens: [SentenceToken], mentions: [Mention], cues: ClaimCues) {
        self.tokens = tokens
        let ruleWords = cues.ruleWords
        self.ruleWords = ruleWords

        // Frames first: perturbation cues next to a mention belong to it, not to the chain.
        var frames: [Frame] = []
        var claimedByFrame = Array(repeating: false, count: tokens.count)
        // By index, not by element: a token copied out of the array is a retain of its strings.
        for index in tokens.indices {
            guard let m = tokens[index].mention else { continue }
            var frame = Frame(
                mention: mentions[m], token: index, phraseEnd: index, suffix: "", perturbation: 1, perturbationCue: nil,
                perturbationBefore: nil, modifier: nil, localNegation: nil, localNegationTokens: nil, compound: nil,
                descriptor: nil, classDescriptor: nil)
            // The glued suffix. Most mentions have nothing glued to them: then the suffix, its bare
            // form and its tail are all empty, with no string to build.
            let (bare, end) = GluedSuffix.read(after: index, in: tokens)
            let glued = end > index
            let j = end + 1  // the token after the mention and its suffix
            frame.suffix = glued ? CueKey.of(bare) : ""
            frame.phraseEnd = end
            // The last hyphenated part decides ("-\\u03b1-induced" reads as "-induced").
            let tail = glued ? GluedSuffix.lastPartKey(of: bare).map { "-" + $0 } ?? "" : ""
            if let cue = cues.perturbationSuffixes[frame.suffix] ?? cues.perturbations.single(frame.suffix)
                ?? cues.perturbationSuffixes[tail]
            {
                frame.perturbation = cue.sign
                frame.perturbationCue = bare
            } else if let link = cues.modifierSuffixes[frame.suffix] ?? cues.modifierSuffixes[tail] {
                frame.modifier = link
            } else if let compound = cues.compounds[String(tail.dropFirst())], !tail.isEmpty {
                frame.compound = (compound, bare)
            }
            if frame.suffix == "-independent" || tail == "-independent" { frame.localNegation = bare }
            // "TRAIL resistance": a role noun written after the mention.
            if frame.compound == nil, frame.modifier == nil, j < tokens.count, !tokens[j].attached,
                let compound = cues.compounds[tokens[j].key]
            {
                frame.compound = (compound, tokens[j].text)
            }
            // "resistance to TRAIL", "sensitivity to TNF", "the apoptotic response to TRAIL": the role noun
            // written before the mention, joined by "to" or "against".
            if frame.compound == nil, frame.modifier == nil, frame.perturbationCue == nil,
                let role = SentenceAnalysis.roleNounBefore(index, tokens: tokens, cues: cues)
            {
                frame.compound = role
            }
            for k in (index + 1)..<max(index + 1, j) { claimedByFrame[k] = true }
            frames.append(frame)
        }
        // A bare "-" or "/" suffix ("MIF-, VEGF- and CXCL1-stimulated", "EGF- or IL-15-induced")
        // borrows the suffix of the next mention in the list.
        for f in frames.indices.reversed() where frames[f].suffix == "-" || frames[f].suffix == "/" || frames[f].suffix.isEmpty {
            guard f + 1 < frames.count else { continue }
            let gap = SentenceAnalysis.span(frames[f].phraseEnd + 1, frames[f + 1].token)
            let onlyListWords = gap.allSatisfy { ["and", "or", ",", "/", "-"].contains(tokens[$0].key) }
            guard onlyListWords, !gap.isEmpty || frames[f].suffix != "" else { continue }
            if frames[f + 1].modifier != nil { frames[f].modifier = frames[f + 1].modifier }
            if frames[f + 1].perturbationCue != nil, frames[f].perturbationCue == nil {
                frames[f].perturbation = frames[f + 1].perturbation
                frames[f].perturbationCue = frames[f + 1].perturbationCue
            }
        }
        // Perturbation cues written apart from the mention ("blockade of IL-6", "IL-6 knockout mice").
        let perturbationHits = cues.perturbations.hits(in: tokens)
        for hit in perturbationHits {
            if let f = SentenceAnalysis.frameAfter(hit.tokens, frames: frames, tokens: tokens)
                ?? CoordinatedComplement.frame(after: hit.tokens, frames: frames, tokens: tokens)
            {
                if frames[f].perturbationCue == nil {
                    frames[f].perturbation = hit.payload.sign
                    frames[f].perturbationCue = hit.cue
                    frames[f].perturbationBefore = hit.tokens
                }
                // Coordinated mentions share it ("antagonists of VEGF and SDF-1").
                for k in SentenceAnalysis.framesCoordinated(after: f, frames, tokens) where frames[k].perturbationCue == nil {
                    frames[k].perturbation = hit.payload.sign
                    frames[k].perturbationCue = hit.cue
                    frames[k].perturbationBefore = hit.tokens
                }
                for t in hit.tokens { claimedByFrame[t] = true }
                continue
            }
            // After the mention: a passive participle ("IL-6 was blocked"), or a noun ("IL-6 knockout").
            let passive = PassivePerturbation.frame(perturbedBy: hit.tokens, text: hit.cue, frames: frames, tokens: tokens)
            let standsAsNoun =
                !SentenceAnalysis.isVerbForm(hit.cue)
                || GerundPerturbation.standsAsNoun(hit.tokens, text: hit.cue, tokens: tokens, cues: cues)
            guard
                let f = passive ?? (standsAsNoun ? SentenceAnalysis.frameBefore(hit.tokens, frames: frames, tokens: tokens) : nil)
            else { continue }
            if frames[f].perturbationCue == nil {
                frames[f].perturbation = hit.payload.sign
                frames[f].perturbationCue = hit.cue
                frames[f].perturbationIsPassive = passive != nil
                frames[f].phraseEnd = max(frames[f].phraseEnd, hit.tokens.upperBound - 1)
            }
            for k in SentenceAnalysis.framesCoordinated(before: f, frames, tokens) where frames[k].perturbationCue == nil {
                frames[k].perturbation = hit.payload.sign
                frames[k].perturbationCue = hit.cue
            }
            for t in hit.tokens { claimedByFrame[t] = true }
        }

        // "Reduced IL-33 plasma levels": a low level around the mention is a loss (`LowLevelPhrase`).
        for f in frames.indices where frames[f].perturbationCue == nil {
            guard
                let low = LowLevelPhrase.lowWord(
                    beforeMentionAt: frames[f].token, phraseEnd: frames[f].phraseEnd, tokens: tokens, words: ruleWords)
            else { continue }
            frames[f].perturbation = -1
            frames[f].perturbationCue = tokens[low].text
            frames[f].perturbationBefore = low..<(low + 1)
            claimedByFrame[low] = true
        }

        // Chain elements: outcomes and links, longest match first; tokens a frame owns are skipped.
        var elements: [Placed] = []
        var elementAt = Array<Int?>(repeating: nil, count: tokens.count)
        let settings = cues.settings.hits(in: tokens)
        // "the tumor promoter PMA", "human T-cell leukemia virus": a tumor word inside a longer name of a
        // reagent or virus names no tumor and no outcome.
        let masked = SentenceAnalysis.nonTumorNames(settings, tokens: tokens)
        for range in masked { for t in range { claimedByFrame[t] = true } }
        let cancerHits = cues.cancers.hits(in: tokens).filter { hit in !masked.contains { $0.overlaps(hit.tokens) } }
        var i = 0
        while i < tokens.count {
            if claimedByFrame[i] || tokens[i].mention != nil {
                i += 1
                continue
            }
            var outcome =
                cues.outcomes.match(tokens, at: i)
                ?? NamedTumorOutcome.match(at: i, cancers: cancerHits, outcomes: cues.outcomes, tokens: tokens)
            // "the progression of colorectal cancer" reads as "tumor progression" (`GenitiveTumorOutcome`); a process
            // that is an outcome by itself ("the growth of breast cancer") keeps its own cue.
            if outcome == nil, !cancerHits.isEmpty, i + 1 < tokens.count {
                outcome = GenitiveTumorOutcome.match(at: i, cancers: cancerHits, outcomes: cues.outcomes, tokens: tokens)
            }
            let link = cues.links.match(tokens, at: i)
            var chosen: Placed?
            if let outcome, outcome.tokens.count >= (link?.tokens.count ?? 0) {
                chosen = Placed(tokens: outcome.tokens, cue: outcome.cue, element: .outcome(outcome.payload))
            } else if let link {
                chosen = Placed(tokens: link.tokens, cue: link.cue, element: .link(link.payload))
            }
            if let chosen, !chosen.tokens.contains(where: { claimedByFrame[$0] }) {
                for t in chosen.tokens { elementAt[t] = elements.count }
                elements.append(chosen)
                i = chosen.tokens.upperBound
            } else {
                i += 1
            }
        }
        self.elements = elements
        self.elementAt = elementAt

        // Negation: pseudo-negations mask what they cover.
        var negations: [Negation] = []
        let hedgeHits = cues.hedges.hits(in: tokens)
        for hit in cues.negations.hits(in: tokens) {
            // "NO" is nitric oxide; "it is not known" is a hedge, not a negation.
            if hit.tokens.count == 1, tokens[hit.tokens.lowerBound].text == "NO" { continue }
            if hedgeHits.contains(where: {
                $0.tokens.count > hit.tokens.count && $0.tokens.lowerBound <= hit.tokens.lowerBound
                    && $0.tokens.upperBound >= hit.tokens.upperBound
            }) {
                continue
            }
            negations.append(Negation(tokens: hit.tokens, cue: hit.cue, kind: hit.payload.kind))
        }
        self.negations = negations

        // Mention-local negation: "but not IL-10", "no IL-1", "neither IL-4 nor IL-13", "independent of IL-17A".
        for negation in negations where negation.kind == .pre {
            let key = CueKey.of(negation.cue)
            let local =
                ["no", "not", "neither", "nor", "without", "rather than", "instead of"].contains(key) || key.hasSuffix(" of")
            guard local else { continue }
            guard let f = SentenceAnalysis.frameAfter(negation.tokens, frames: frames, tokens: tokens, maxGap: 3) else {
                continue
            }
            // "not" before a verb or after an auxiliary negates the predicate, not the noun phrase.
            let previous = negation.tokens.lowerBound > 0 ? tokens[negation.tokens.lowerBound - 1].key : ""
            if negation.cue == "not", !["but", ",", "and", "or", "("].contains(previous) { continue }
            if frames[f].localNegation == nil {
                frames[f].localNegation = negation.cue
                frames[f].localNegationTokens = negation.tokens
            }
            for k in SentenceAnalysis.framesCoordinated(after: f, frames, tokens) where frames[k].localNegation == nil {
                frames[k].localNegation = negation.cue
                frames[k].localNegationTokens = negation.tokens
            }
        }

        // "NF-κB, whether activated by TNF-α or by p65, is involved in …": "whether … or …" lists
        // alternatives that all hold; a question it opens is hedged by the word that asks it ("unclear").
        self.hedges = hedgeHits.filter { $0.payload.hedges && !SentenceAnalysis.opensAlternatives($0.tokens, tokens) }
            .map { ($0.tokens, $0.cue, $0.payload.type) }
        self.hedgeCancelled = hedgeHits.contains { $0.payload.type == "cancel" }
        self.aimSpans = AimStatement.spans(hedgeHits.map { ($0.tokens, $0.payload.type) }, tokens: tokens)
        // A role said to be dual or to depend on the setting; "low doses … high doses" only as a pair.
        let doses = settings.filter { $0.payload.kind == .doseContrast }
        let contrastsDoses = doses.contains { $0.cue.hasPrefix("low") } && doses.contains { $0.cue.hasPrefix("high") }
        // "depended on IL-6" is a requirement, not a dependency on the setting.
        let namesMention = { (hit: PhraseTable<SettingCue>.Hit) -> Bool in
            (hit.tokens.upperBound..<min(tokens.count, hit.tokens.upperBound + 3)).contains { tokens[$0].mention != nil }
        }
        self.dualCues = settings.filter {
            $0.payload.kind == .dual || ($0.payload.kind == .dependency && !namesMention($0))
                || (contrastsDoses && $0.payload.kind == .doseContrast)
        }
        .map { ($0.tokens, $0.cue) }
        var cells = cues.cellTypes.hits(in: tokens).filter { hit in !masked.contains { $0.overlaps(hit.tokens) } }
            .map { (tokens: $0.tokens, role: $0.payload) }
        // A cell line written as letters and digits before "cells" ("DU145 cells", "HL-60 cells").
        for index in tokens.indices.dropLast() where tokens[index].mention == nil {
            let next = tokens[index + 1].key
            guard next == "cells" || next == "cell", SentenceAnalysis.looksLikeCellLine(tokens[index].text) else { continue }
            if !cells.contains(where: { $0.tokens.contains(index) }) { cells.append((index..<(index + 2), .tumor)) }
        }
        self.cells = MalignantCells.roles(
            cells.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }, tokens: tokens, words: ruleWords)
        self.cancers = cancerHits.map { ($0.tokens, $0.payload) }
        self.evidence = cues.evidence.hits(in: tokens).map { ($0.tokens, $0.payload) }
        let tumorOutcome = elements.contains { SentenceAnalysis.hasTumorStem($0.cue) }
        self.inTumorSetting =
            !cancers.isEmpty || settings.contains { $0.payload.kind == .tumor } || self.cells.contains { $0.role == .tumor }
            || self.cells.contains { SentenceAnalysis.hasTumorStem(tokens[$0.tokens].map(\.text).joined(separator: " ")) }
            || tumorOutcome
        self.inNonTumorSetting = !inTumorSetting && settings.contains { $0.payload.kind == .nonTumor }
        // Descriptors: "the proangiogenic factors IL-8 or VEGF", "proangiogenic MIF",
        // "anti-proliferative signals, such as TGF-β".
        for f in frames.indices {
            var t = frames[f].token - 1
            var gap = 0
            while t >= 0, gap <= 4, elementAt[t] == nil, ruleWords.descriptorHeads.contains(tokens[t].key) {
                t -= 1
                gap += 1
            }
            if t >= 0, let e = elementAt[t], case .outcome(let o) = elements[e].element, !o.isVerb, o.valence != 0, !o.byCellType,
                elements[e].tokens.upperBound == t + 1
            {
                frames[f].descriptor = e
            } else if t >= 0, t < frames[f].token, let m = tokens[t].mention, mentions[m].kind == .group,
                let cue = SentenceAnalysis.describingWord(in: tokens[t].text, cues: cues)
            {
                // "the potent angiogenic factors VEGF-A and IL-8": the class mention names the outcome.
                frames[f].classDescriptor = (cue, tokens[t].text)
            } else if f > 0, frames[f - 1].descriptor != nil || frames[f - 1].classDescriptor != nil,
                SentenceAnalysis.onlyCoordination(SentenceAnalysis.span(frames[f - 1].phraseEnd + 1, frames[f].token), tokens)
                    || SentenceAnalysis.isListGap(
                        SentenceAnalysis.span(frames[f - 1].phraseEnd + 1, frames[f].token), tokens, elementAt)
            {
                frames[f].descriptor = frames[f - 1].descriptor
                frames[f].classDescriptor = frames[f - 1].classDescriptor
            } else if let after = SentenceAnalysis.descriptorAfter(
                frames[f], tokens: tokens, elements: elements, elementAt: elementAt, describingNouns: ruleWords.describingNouns)
            {
                // "TGF-β signaling (the most potent EMT inducer)", "IL-8, a potent angiogenic factor,".
                frames[f].descriptor = after
            }
        }
        self.frames = frames
    }

    // MARK: - Helpers

    /// The `non_tumor_setting` phrases of several words that hold a tumor word ("tumor promoter PMA",
    /// "leukemia virus"): names of a reagent or a virus, inside which the tumor word names no tumor.
    static func nonTumorNames(_ settings: [PhraseTable<SettingCue>.Hit], tokens: [SentenceToken]) -> [Range<Int>] {
        settings.filter { hit in
            hit.payload.kind == .nonTumor && hit.tokens.count > 1 && tokens[hit.tokens].contains { hasTumorStem($0.text) }
        }.map(\.tokens)
    }

    /// Effects that happen only in or to tumors, so need no other sign of a tumor setting. Kept
    /// small on purpose: resistance, "response", "pathogenesis", "rejection" and proliferation are
    /// also said of wounds, fibrosis, insulin, grafts and infections, so they count only in a tumor
    /// setting (see `docs/claims-design.md`, "Tumor setting"). Angiogenesis counts by itself, as the
    /// gold set reads it (angiogenesis assays in an abstract are tumor biology); a sentence that names
    /// another setting of it (wound healing, retinopathy, hematoma: `non_tumor_setting`) still gives none.
    static let tumorOnlyEffects: Set<String> = [
        "metastasis", "anti_metastasis", "emt", "poor_prognosis", "better_prognosis", "anaphor", "angiogenesis",
        "anti_angiogenesis", "transformation",
    ]

    /// Whether an outcome speaks of tumors by itself ("tumor growth", "metastasis") rather than of any cells ("proliferation").
    static func isTumorOnly(_ outcome: OutcomeCue, cue: String) -> Bool {
        tumorOnlyEffects.contains(outcome.effect) || hasTumorStem(cue) || CueKey.of(cue).containsBytes(of: "escape")
            || CueKey.of(cue).containsBytes(of: "evasion")
    }

    /// A role noun before "to"/"against" and the mention ("resistance to TRAIL", "apoptotic response to TNF-α").
    static func roleNounBefore(_ index: Int, tokens: [SentenceToken], cues: ClaimCues) -> (cue: OutcomeCue, text: String)? {
        var t = index - 1
        if t >= 0, ["the", "a", "recombinant", "exogenous", "soluble"].contains(tokens[t].key) { t -= 1 }
        guard t >= 1, tokens[t].key == "to" || tokens[t].key == "against", tokens[t - 1].mention == nil else { return nil }
        let noun = tokens[t - 1].key
        if let cue = cues.compounds[noun] { return (cue, tokens[t - 1].text) }
        // "the apoptotic response to", "a cytotoxic response to": the response is the cells' death.
        if noun == "response" || noun == "responses", t >= 2,
            ["apoptotic", "cytotoxic", "death", "killing"].contains(tokens[t - 2].key),
            let cue = cues.compounds["sensitivity"]
        {
            return (cue, tokens[t - 2].text + " " + tokens[t - 1].text)
        }
        return nil
    }

    /// The describing outcome word inside a class mention's text ("angiogenic" in "angiogenic factors").
    /// Only a plural class name counts: "transforming growth factor-β" names one cytokine, not a class.
    static func describingWord(in text: String, cues: ClaimCues) -> OutcomeCue? {
        let words = CueKey.words(of: text)
        guard let last = words.last, last.hasSuffix("s") else { return nil }
        for word in words.dropLast() {
            if let o = cues.outcomes.single(word), !o.isVerb, o.valence != 0, !o.byCellType { return o }
        }
        return nil
    }

    /// The words between two items of one list: commas and "and"/"or", with at most five other words
    /// for an item that is not a mention ("IL-8, hypoxia inducible factor-1a, VEGF, IL-6"). No cue word
    /// and no sentence-level punctuation may stand between.
    static func isListGap(_ gap: Range<Int>, _ tokens: [SentenceToken], _ elementAt: [Int?]) -> Bool {
        guard !gap.isEmpty, gap.count <= 7, tokens[gap.lowerBound].key == "," || tokens[gap.upperBound - 1].key == "," else {
            return false
        }
        let joiners: Set<String> = [",", "and", "or", "(", ")", "/"]
        let words = gap.filter { !joiners.contains(tokens[$0].key) }
        return words.count <= 5 && gap.allSatisfy { elementAt[$0] == nil && tokens[$0].mention == nil }
            && !gap.contains {
                ["which", "that", "whereas", "while", "but", "was", "were", "is", "are"].contains(tokens[$0].key)
            }
    }

    /// Whether a hedge hit is the "whether" of "whether A or B" (an "or" later in its clause, not
    /// "whether or not").
    static func opensAlternatives(_ hit: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        guard hit.count == 1, tokens[hit.lowerBound].key == "whether" else { return false }
        var t = hit.upperBound
        if t < tokens.count, tokens[t].key == "or" { return false }
        while t < tokens.count, ![";", ".", ":"].contains(tokens[t].key) {
            if tokens[t].key == "or" { return true }
            t += 1
        }
        return false
    }

    /// An outcome word that describes the mention from after it, in brackets or between commas.
    static func descriptorAfter(
        _ frame: Frame, tokens: [SentenceToken], elements: [Placed], elementAt: [Int?], describingNouns: Set<String>
    ) -> Int? {
        var t = frame.phraseEnd + 1
        guard t < tokens.count, ["(", ",", "signaling", "pathway"].contains(tokens[t].key) else { return nil }
        var steps = 0
        let filler: Set<String> = [
            "(", ",", "the", "a", "an", "most", "potent", "major", "key", "known", "signaling", "pathway", "strong",
        ]
        while t < tokens.count, steps < 7, elementAt[t] == nil, filler.contains(tokens[t].key) {
            t += 1
            steps += 1
        }
        guard t < tokens.count, let e = elementAt[t], case .outcome(let o) = elements[e].element, !o.isVerb, o.valence != 0 else {
            return nil
        }
        let next = elements[e].tokens.upperBound
        guard next < tokens.count, describingNouns.contains(tokens[next].key) else { return nil }
        return e
    }

    /// The frames after frame `f` joined to it by coordination only ("VEGF and SDF-1"), in order.
    static func framesCoordinated(after f: Int, _ frames: [Frame], _ tokens: [SentenceToken]) -> [Int] {
        var found: [Int] = []
        var k = f + 1
        while k < frames.count, onlyCoordination(span(frames[k - 1].phraseEnd + 1, frames[k].token), tokens) {
            found.append(k)
            k += 1
        }
        return found
    }

    /// The frames before frame `f` joined to it by coordination only, nearest first.
    static func framesCoordinated(before f: Int, _ frames: [Frame], _ tokens: [SentenceToken]) -> [Int] {
        var found: [Int] = []
        var k = f - 1
        while k >= 0, onlyCoordination(span(frames[k].phraseEnd + 1, frames[k + 1].token), tokens) {
            found.append(k)
            k -= 1
        }
        return found
    }

    /// Whether a phrase names tumors ("tumor growth", "metastasis", "carcinogenesis", "tumor-reactive T cells").
    static func hasTumorStem(_ text: String) -> Bool {
        var key = CueKey.of(text)
        return key.withUTF8 { bytes in tumorStemBytes.contains { bytes.contains(bytes: $0) } }
    }

    private static let tumorStemBytes = tumorStems.map { Array($0.utf8) }

    private static let tumorStems: [String] = [
        "tumor", "cancer", "carcino", "metasta", "oncogen", "malignan", "neoplas", "xenograft", "leukem", "chemother",
        "chemoresist", "chemosensit",
        "radiores", "radiother",
    ]

    /// Whether a cue is a verb form ("blocked", "blocking"), which after a mention is its predicate, not its perturbation.
    static func isVerbForm(_ cue: String) -> Bool {
        let last = cue.split(separator: " ").last.map(String.init) ?? cue
        return last.hasSuffix("ed") || last.hasSuffix("ing") || last == "of" || last == "block"
    }

    /// Words allowed between a perturbation cue and the mention it perturbs.
    static let perturbationFiller: Set<String> = [
        "of", "the", "a", "an", "with", "against", "to", "for", "endogenous", "its", "autocrine", "human", "murine", "mouse",
        "recombinant", "exogenous", "-", "(", ")", "specific", "soluble", "local", "systemic", "tumor-derived", "intratumoral",
        "the", "both", "either", "serum", "circulating", "functional",
    ]

    /// Words allowed between a mention and a perturbation cue after it ("IL-6 gene knockout").
    static let postPerturbationFiller: Set<String> = [
        "gene", "genes", "signaling", "expression", "protein", "mrna", "-", "(", ")", "pathway", "axis", "activity", "production",
        "alpha", "beta",
    ]

    static func frameAfter(_ hit: Range<Int>, frames: [Frame], tokens: [SentenceToken], maxGap: Int = 4) -> Int? {
        guard let f = frames.firstIndex(where: { $0.token >= hit.upperBound }) else { return nil }
        let gap = hit.upperBound..<frames[f].token
        guard gap.count <= maxGap, gap.allSatisfy({ perturbationFiller.contains(tokens[$0].key) }) else { return nil }
        return f
    }

    static func frameBefore(_ hit: Range<Int>, frames: [Frame], tokens: [SentenceToken]) -> Int? {
        guard let f = frames.lastIndex(where: { $0.phraseEnd < hit.lowerBound }) else { return nil }
        let gap = SentenceAnalysis.span(frames[f].phraseEnd + 1, hit.lowerBound)
        guard gap.count <= 3, gap.allSatisfy({ postPerturbationFiller.contains(tokens[$0].key) }) else { return nil }
        return f
    }

    /// `from..<to`, or an empty range when `to` comes first.
    static func span(_ from: Int, _ to: Int) -> Range<Int> { from..<max(from, to) }

    /// Whether the tokens between two mentions only join them in a list. A member excluded with
    /// "but not" stays in the list ("IL-6, but not IL-10, promoted tumor growth"): the statement
    /// is about both, denied for the second (its local negation).
    static func onlyCoordination(_ gap: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        guard gap.count <= 3 else { return false }
        if gap.count >= 2, tokens[gap.upperBound - 2].key == "but", tokens[gap.upperBound - 1].key == "not" {
            return gap.dropLast(2).allSatisfy { tokens[$0].key == "," || tokens[$0].key == "(" }
        }
        return gap.allSatisfy { ["and", "or", ",", "/", "nor", "as", "well", "either", "(", ")"].contains(tokens[$0].key) }
    }

    /// "MCF-7", "DU145", "HL-60", "A375": capitals and digits, not a CD marker.
    static func looksLikeCellLine(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 12, let first = scalars.first, first.properties.isUppercase else {
            return false
        }
        if text.hasPrefix("CD") { return false }
        // T-cell subsets ("TH2 cells", "Th17 cells", "Tc1 cells") are not cell lines.
        if scalars.count <= 4, scalars[0] == "T", ["h", "H", "c", "r"].contains(scalars[1]) { return false }
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        let uppers = scalars.filter { $0.properties.isUppercase }.count
        return digits >= 1 && uppers >= 1
            && scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
    }
}
