/// Tells from a sentence's marked tokens alone (``ClaimCues/markedTokens(_:mentions:)``) whether
/// ``RelationReader`` may find a typed relation (not co-occurrence) in it; when it may not, the
/// sentence's relations are its co-occurrences, read from its mention tokens with no analysis.
///
/// The reader finds relations only at a relation cue phrase (``ClaimCues/relations``) or at a
/// mention whose glued suffix is an adjectival relation suffix ("TNF-induced"); a sentence with
/// neither has no typed relation. (`RelationShortcutTests` checks this on real sentences.)
struct RelationMaterialScan: Sendable {
    private let cues: ClaimCues

    /// A scan over these cue tables.
    init(cues: ClaimCues) {
        self.cues = cues
    }

    /// Whether the sentence of these tokens may have a typed relation.
    func mayHaveTypedRelations(tokens: [SentenceToken]) -> Bool {
        let relations = cues.relations
        for index in tokens.indices {
            if tokens[index].mention != nil {
                if hasRelationSuffix(after: index, tokens) { return true }
            } else if relations.match(tokens, at: index) != nil {
                return true
            }
        }
        return false
    }

    /// Whether the mention token at `index` has an adjectival relation suffix glued to it, whole
    /// or as its last hyphenated part, as ``RelationReader`` looks it up.
    private func hasRelationSuffix(after index: Int, _ tokens: [SentenceToken]) -> Bool {
        let bare = GluedSuffix.bare(after: index, in: tokens)
        guard !bare.isEmpty else { return false }
        let tail = GluedSuffix.lastPartKey(of: bare).map { "-" + $0 } ?? ""
        let cue = cues.relationSuffixes[CueKey.of(bare)] ?? cues.relationSuffixes[tail]
        return cue?.voice == .adjectival
    }

    /// The targets of a sentence's cytokine and group mention tokens (receptors aside), each once,
    /// in the order of their first token: the order of the analysis's frames.
    static func targets(tokens: [SentenceToken], mentions: [Mention]) -> [String] {
        var targets: [String] = []
        for token in tokens.indices {
            guard let m = tokens[token].mention, mentions[m].kind != .receptor else { continue }
            if !targets.contains(mentions[m].target) { targets.append(mentions[m].target) }
        }
        return targets
    }
}
