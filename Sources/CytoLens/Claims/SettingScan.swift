/// The setting cues of a text read on their own, without the rest of ``SentenceAnalysis``.
///
/// Whether a paragraph is about tumors and which cancer and evidence a sentence names depend only
/// on its tokens and a few cue tables; the frames, chain elements, negations and hedges of a full
/// analysis are not needed for them, except for one rare case (below). Each answer here is the one
/// the full analysis gives (`SettingScanTests` holds them to each other on real paragraphs).
enum SettingScan {
    /// ``SentenceAnalysis/inTumorSetting`` of `text`, whose mentions have code point offsets
    /// relative to it.
    ///
    /// The cancer, tumor-setting and cell cues are read from the tokens alone. Only when none of
    /// them names tumors and an outcome or link phrase whose cue does ("tumor growth", "metastasis")
    /// is written in the text is the full analysis made: whether that phrase becomes a chain element
    /// depends on the words the mentions' frames take.
    static func isTumor(_ text: String, mentions: [Mention], cues: ClaimCues) -> Bool {
        tumorFromCues(text, mentions: mentions, cues: cues)
            ?? SentenceAnalysis(text: text, mentions: mentions, cues: cues).inTumorSetting
    }

    /// ``isTumor(_:mentions:cues:)`` from the tokens alone, or `nil` when only the full analysis can tell.
    static func tumorFromCues(_ text: String, mentions: [Mention], cues: ClaimCues) -> Bool? {
        let tokens = cues.markedTokens(text, mentions: mentions)
        // The tables read at every token, taken out of the cues once.
        let cancers = cues.cancers, tumorElements = cues.tumorElements, settingBit = cues.settings.bit
        var startsTumorElement = false
        // The setting hits, read only once a cancer or cell word needs them: a tumor word inside a reagent
        // or virus name ("the tumor promoter PMA") names no tumor.
        var settingHits: [PhraseTable<SettingCue>.Hit]?
        var masked: [Range<Int>] = []
        func settings() -> [PhraseTable<SettingCue>.Hit] {
            if let settingHits { return settingHits }
            let hits = cues.settings.hits(in: tokens)
            settingHits = hits
            masked = SentenceAnalysis.nonTumorNames(hits, tokens: tokens)
            return hits
        }
        func isMasked(_ range: Range<Int>) -> Bool {
            // Most tumor words have no setting phrase starting near them: no need to read the whole text's.
            let near = max(0, range.lowerBound - 4)..<range.upperBound
            guard near.contains(where: { tokens[$0].startsCues & settingBit != 0 }) else { return false }
            _ = settings()
            return masked.contains { $0.overlaps(range) }
        }
        for index in tokens.indices {
            let starts = tokens[index].startsCues
            if starts & cancers.bit != 0, let hit = cancers.match(tokens, at: index), !isMasked(hit.tokens) {
                return true
            }
            if starts & tumorElements.bit != 0, tumorElements.match(tokens, at: index) != nil {
                startsTumorElement = true
            }
        }
        if settings().contains(where: { $0.payload.kind == .tumor }) { return true }
        let cells = cues.cellTypes.hits(in: tokens).filter { !isMasked($0.tokens) }
        for cell in cells {
            if cell.payload == .tumor { return true }
            if SentenceAnalysis.hasTumorStem(tokens[cell.tokens].map(\.text).joined(separator: " ")) { return true }
        }
        // A cell line before "cells" that no cell cue covers is a tumor cell.
        for index in tokens.indices.dropLast() where tokens[index].mention == nil {
            let next = tokens[index + 1].key
            guard next == "cells" || next == "cell", SentenceAnalysis.looksLikeCellLine(tokens[index].text) else { continue }
            if !cells.contains(where: { $0.tokens.contains(index) }) { return true }
        }
        return startsTumorElement ? nil : false
    }

    /// The cancer (the first specific one, not "cancer" or "tumor") and the evidence kind that a
    /// sentence names, read with no mentions, as ``ClaimExtractor/settingOf(_:)`` reports them.
    static func cancerAndEvidence(in text: String, cues: ClaimCues) -> (cancer: String?, evidence: String?) {
        let tokens = cues.markedTokens(text, mentions: [])
        let masked = SentenceAnalysis.nonTumorNames(cues.settings.hits(in: tokens), tokens: tokens)
        let cancer = cues.cancers.hits(in: tokens).first { hit in
            hit.payload != "cancer" && !masked.contains { $0.overlaps(hit.tokens) }
        }?.payload
        return (cancer, cues.evidence.hits(in: tokens).first?.payload)
    }
}
