/// The map step: turns one document's annotations into its ``GraphPartial``.
///
/// Receptor mentions are not nodes. Relations of type ``RelationType/cooccurs`` from the tagger
/// are skipped because the builder derives co-occurrence from the mentions itself (counting both
/// would count each sentence twice). Annotations that point outside the document (a sentence
/// index past the end) are skipped rather than trusted.
public struct GraphPartialBuilder: Sendable {
    /// The most evidence records kept per element.
    public var evidenceLimit: Int

    /// Creates a builder.
    public init(evidenceLimit: Int) {
        self.evidenceLimit = max(evidenceLimit, 0)
    }

    /// The partial of one document.
    public func partial(for annotations: DocumentAnnotations) -> GraphPartial {
        var partial = GraphPartial(evidenceLimit: evidenceLimit)
        partial.documents = 1
        var document = DocumentView(annotations)
        addMentions(annotations, document: &document, to: &partial)
        addClaims(annotations, document: &document, to: &partial)
        addRelations(annotations, document: &document, to: &partial)
        // The partial started with no nodes: each node now in it is one the document mentions or
        // makes a claim about, counted once.
        var node = partial.nodes.values.startIndex
        while node != partial.nodes.values.endIndex {
            partial.nodes.values[node].documents += 1
            partial.nodes.values.formIndex(after: &node)
        }
        return partial
    }

    private func addMentions(_ annotations: DocumentAnnotations, document: inout DocumentView, to partial: inout GraphPartial) {
        var idsBySentence: [Int: Set<String>] = [:]
        for mention in annotations.mentions where mention.kind != .receptor {
            // Counted in place: one look-up of the node per mention.
            Self.count(mention, in: &partial.nodes[mention.target, default: NodeTally()])
            if document.sentence(mention.sentence) != nil { idsBySentence[mention.sentence, default: []].insert(mention.target) }
        }
        addCooccurrences(idsBySentence, document: &document, to: &partial)
    }

    private static func count(_ mention: Mention, in tally: inout NodeTally) {
        tally.mentions += 1
        if tally.kind == nil || mention.kind == .cytokine { tally.kind = mention.kind }
        if let hgnc = mention.hgnc, tally.hgnc.map({ ByteOrder.precedes(hgnc, $0) }) ?? true { tally.hgnc = hgnc }
    }

    private func addCooccurrences(
        _ idsBySentence: [Int: Set<String>], document: inout DocumentView, to partial: inout GraphPartial
    ) {
        var idsByPassage: [Int: Set<String>] = [:]
        var documentIDs: Set<String> = []
        var sentencePairs: Set<EdgeKey> = []
        for (index, ids) in idsBySentence {
            let passage = document.sentence(index)!.passage
            idsByPassage[passage, default: []].formUnion(ids)
            documentIDs.formUnion(ids)
            let pairs = Self.pairs(ids)
            guard !pairs.isEmpty else { continue }
            // One record serves every pair of the sentence: it names the sentence, not the pair.
            let record = document.evidence(
                sentence: index, score: EvidenceScore.cooccurrence(passage: document.passageType(index)))
            for key in pairs {
                sentencePairs.insert(key)
                partial.cooccurrences[key, default: CooccurrenceTally()].addSentence(record, limit: evidenceLimit)
            }
        }
        var paragraphPairs: Set<EdgeKey> = []
        for ids in idsByPassage.values {
            for key in Self.pairs(ids) {
                paragraphPairs.insert(key)
                partial.cooccurrences[key, default: CooccurrenceTally()].paragraphs += 1
            }
        }
        for key in Self.pairs(documentIDs) {
            var tally = partial.cooccurrences[key, default: CooccurrenceTally()]
            tally.documents = 1
            if paragraphPairs.contains(key) { tally.paragraphDocuments = 1 }
            if sentencePairs.contains(key) { tally.sentenceDocuments = 1 }
            partial.cooccurrences[key] = tally
        }
    }

    private static func pairs(_ ids: Set<String>) -> [EdgeKey] {
        guard ids.count > 1 else { return [] }
        let sorted = ids.sorted(by: ByteOrder.precedes)
        var keys: [EdgeKey] = []
        keys.reserveCapacity(sorted.count * (sorted.count - 1) / 2)
        for i in sorted.indices {
            for j in (i + 1)..<sorted.count { keys.append(EdgeKey(source: sorted[i], target: sorted[j], type: .cooccurs)) }
        }
        return keys
    }

    private func addClaims(_ annotations: DocumentAnnotations, document: inout DocumentView, to partial: inout GraphPartial) {
        var affirmed: Set<ClaimKey> = []
        for claim in annotations.claims where document.sentence(claim.sentence) != nil {
            var record = document.evidence(
                sentence: claim.sentence, score: EvidenceScore.claim(claim, passage: document.passageType(claim.sentence)))
            if !claim.context.section.isEmpty { record.section = claim.context.section }
            record.cues = claim.cues
            record.negated = claim.negated
            record.hedged = claim.hedged
            record.cancer = claim.context.cancer
            record.evidenceType = claim.context.evidence
            record.effect = claim.effect
            // Counted in place: a copy of the tally would share its evidence list, which the
            // insertion would then copy.
            Self.count(claim, record, limit: evidenceLimit, in: &partial.nodes[claim.cytokine, default: NodeTally()])
            if !claim.negated { affirmed.insert(ClaimKey(cytokine: claim.cytokine, polarity: claim.polarity)) }
        }
        for key in affirmed { partial.nodes[key.cytokine]![key.polarity].documents += 1 }
    }

    private func addRelations(_ annotations: DocumentAnnotations, document: inout DocumentView, to partial: inout GraphPartial) {
        var affirmed: Set<EdgeKey> = []
        for relation in annotations.relations where relation.type != .cooccurs && document.sentence(relation.sentence) != nil {
            let key = EdgeKey(source: relation.source, target: relation.target, type: relation.type)
            var record = document.evidence(
                sentence: relation.sentence,
                score: EvidenceScore.relation(relation, passage: document.passageType(relation.sentence)))
            record.cues = relation.cues
            record.negated = relation.negated
            record.hedged = relation.hedged
            Self.count(record, limit: evidenceLimit, in: &partial.relations[key, default: EvidenceCounts()])
            if !relation.negated { affirmed.insert(key) }
        }
        for key in affirmed { partial.relations[key]!.documents += 1 }
    }

    private static func count(_ claim: Claim, _ record: EvidenceRecord, limit: Int, in tally: inout NodeTally) {
        switch claim.polarity {
        case .proTumor: count(record, limit: limit, in: &tally.proTumor)
        case .antiTumor: count(record, limit: limit, in: &tally.antiTumor)
        case .contextDependent: count(record, limit: limit, in: &tally.contextDependent)
        }
    }

    /// Counts one claim or relation, whose record carries its negation and hedge, and keeps its record.
    private static func count(_ record: EvidenceRecord, limit: Int, in counts: inout EvidenceCounts) {
        counts.count(negated: record.negated, hedged: record.hedged)
        counts.evidence.insert(record, limit: limit)
    }

    private struct ClaimKey: Hashable {
        var cytokine: String
        var polarity: ClaimPolarity
    }
}
