/// Reads typed, directed relations between the cytokines of one sentence.
///
/// A relation verb from `lexicon/relation_cues.tsv` links the cytokines around it, and its
/// voice decides the direction: active "IL-10 suppresses IFN-γ and TNF-α production" gives
/// IL10 → IFNG and IL10 → TNF; passive "IL-6 is induced by TNF-α" gives TNF → IL6; adjectival
/// "TNF-induced IL-6 production" and nominal "induction of IL-6 by TNF" likewise. A blocked
/// source turns the type over ("neutralization of TGF-β increased IL-10": TGF-β inhibits IL-10).
/// Negation and hedging are kept as flags, as for claims. Pairs with no typed relation are
/// kept as undirected co-occurrence when asked.
public struct RelationExtractor: Sendable {
    private let cues: ClaimCues
    /// Whether to add a ``RelationType/cooccurs`` relation for each pair of cytokines with no typed relation.
    public var includeCooccurrence: Bool

    /// Creates an extractor over loaded cue tables.
    public init(cues: ClaimCues, includeCooccurrence: Bool = true) {
        self.cues = cues
        self.includeCooccurrence = includeCooccurrence
    }

    /// The relations of one sentence.
    ///
    /// - Parameters:
    ///   - text: the sentence.
    ///   - mentions: its mentions, in document coordinates.
    ///   - sentenceStart: the document offset of the sentence.
    ///   - sentenceIndex: the sentence's index in the document.
    public func relations(in text: String, mentions: [Mention], sentenceStart: Int = 0, sentenceIndex: Int = 0) -> [Relation] {
        relations(
            of: SentenceAnalysis(text: text, documentMentions: mentions, offset: sentenceStart, cues: cues),
            sentenceIndex: sentenceIndex)
    }

    /// The relations of a sentence already analysed.
    func relations(of analysis: SentenceAnalysis, sentenceIndex: Int) -> [Relation] {
        let reader = RelationReader(analysis: analysis, cues: cues)
        var found: [Relation] = []
        var seen = Set<String>()
        for candidate in reader.read() where candidate.source != candidate.target {
            let key = "\(candidate.source)|\(candidate.target)|\(candidate.type.rawValue)|\(candidate.negated)"
            guard seen.insert(key).inserted else { continue }
            found.append(
                Relation(
                    source: candidate.source, target: candidate.target, type: candidate.type, negated: candidate.negated,
                    hedged: candidate.hedged, sentence: sentenceIndex, cues: candidate.cues))
        }
        if includeCooccurrence { addCooccurrences(of: orderedTargets(analysis), sentenceIndex: sentenceIndex, to: &found) }
        return found
    }

    /// The relations of a sentence with no typed relation (``RelationMaterialScan``): the
    /// co-occurrences of its targets, in order, when they are on.
    func cooccurrences(of targets: [String], sentenceIndex: Int) -> [Relation] {
        var found: [Relation] = []
        if includeCooccurrence { addCooccurrences(of: targets, sentenceIndex: sentenceIndex, to: &found) }
        return found
    }

    /// Adds a co-occurrence for each pair of targets that no relation found so far relates.
    private func addCooccurrences(of targets: [String], sentenceIndex: Int, to found: inout [Relation]) {
        for (i, a) in targets.enumerated() {
            for b in targets[(i + 1)...] where a != b {
                let related = found.contains { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
                if !related {
                    let (first, second) = ByteOrder.precedes(b, a) ? (b, a) : (a, b)
                    found.append(Relation(source: first, target: second, type: .cooccurs, sentence: sentenceIndex))
                }
            }
        }
    }

    private func orderedTargets(_ analysis: SentenceAnalysis) -> [String] {
        var targets: [String] = []
        for frame in analysis.frames where !frame.isReceptor && !targets.contains(frame.mention.target) {
            targets.append(frame.mention.target)
        }
        return targets
    }
}
