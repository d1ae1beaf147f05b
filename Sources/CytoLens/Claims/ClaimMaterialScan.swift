/// Tells from a sentence's marked tokens alone (``ClaimCues/markedTokens(_:mentions:)``) whether it
/// may have what ``ClaimExtractor/canHaveClaims(_:)`` asks of its full analysis. When it may not,
/// ``ClaimAnnotator`` makes no analysis for its claims: most sentences that name a cytokine have
/// nothing to claim, and the analysis costs far more than this scan of the tokens.
///
/// Each test is looser than the analysis it stands for: any outcome phrase (the analysis keeps
/// only those no frame or longer link takes), any cancer name that forms an outcome with the
/// words after it, any dual-role, dependency or dose setting phrase,
/// any effector or suppressive cell phrase (masked or not), any word that is a compound or role
/// noun, or "response", any dependence word ("depend on", "require"), any mention whose glued
/// suffix ends in such a word, and any group
/// mention whose text has a describing outcome word (a class descriptor). With the claim model
/// on, every sentence may have claims. (`ClaimShortcutTests` checks it against
/// ``ClaimExtractor/canHaveClaims(_:)`` on real sentences.)
struct ClaimMaterialScan: Sendable {
    private let cues: ClaimCues
    private let readsEverySentence: Bool
    /// The compound and role nouns (``ClaimCues/compounds``) and "response(s)", in a table whose
    /// misses cost one hash: nearly every word of a sentence is a miss.
    private let compoundWords: CueWordTable
    /// The byte lengths of the compound words, shortest to longest: a key of another length is
    /// not one of them, with no lookup.
    private let compoundLengths: ClosedRange<Int>
    /// The first words of the dependence links ("depend on", "require"), which tumor cells before a
    /// cytokine make a claim of (``ClaimChainFinder/tumorCellsDependOn(frame:clause:)``).
    private let dependenceWords: Set<String>

    /// Words that name cells, as a line named by its shape ends ("DU145 cells").
    private static let cellWords: Set<String> = ["cell", "cells", "line", "lines"]

    /// A scan for the rules of `extractor`.
    init(extractor: ClaimExtractor) {
        cues = extractor.cues
        readsEverySentence = extractor.model != nil
        let keys = extractor.cues.compounds.keys.sorted() + ["response", "responses"]
        var words = CueWordTable()
        for key in keys { words.insert(key) }
        compoundWords = words
        let lengths = keys.map(\.utf8.count)
        compoundLengths = (lengths.min() ?? 0)...(lengths.max() ?? 0)
        dependenceWords = Set(
            extractor.cues.links.firstWords.filter { first in
                extractor.cues.links.entries(startingWith: first).contains { $0.payload.lemma == TumorCellsDependOn.lemma }
            })
    }

    /// Whether the sentence of these tokens may have claims; `mentions` are the sentence's, which
    /// the tokens' ``SentenceToken/mention`` indices point into.
    func mayHaveClaims(tokens: [SentenceToken], mentions: [Mention]) -> Bool {
        if readsEverySentence { return true }
        let outcomes = cues.outcomes
        let settingBit = cues.settings.bit, cellBit = cues.cellTypes.bit, cancerBit = cues.cancers.bit
        let linkBit = cues.links.bit
        var settingStarts = false
        var cellStarts = false
        var cancerStarts = false
        var dependenceStarts = false
        for index in tokens.indices {
            if let m = tokens[index].mention {
                if hasGluedCompound(after: index, tokens) { return true }
                // A class descriptor is a word before the last of a group's name: a name of one word has none.
                if mentions[m].kind == .group, tokens[index].text.utf8.contains(UInt8(ascii: " ")),
                    SentenceAnalysis.describingWord(in: tokens[index].text, cues: cues) != nil
                {
                    return true
                }
                continue
            }
            let starts = tokens[index].startsCues
            if starts & outcomes.bit != 0, outcomes.match(tokens, at: index) != nil { return true }
            if isCompoundWord(tokens[index].key) { return true }
            settingStarts = settingStarts || starts & settingBit != 0
            cellStarts = cellStarts || starts & cellBit != 0
            cancerStarts = cancerStarts || starts & cancerBit != 0
            if starts & linkBit != 0, !dependenceStarts { dependenceStarts = dependenceWords.contains(tokens[index].key) }
        }
        if cancerStarts, hasNamedTumorOutcome(tokens) { return true }
        if settingStarts,
            cues.settings.hits(in: tokens).contains(where: { [.dual, .dependency, .doseContrast].contains($0.payload.kind) })
        {
            return true
        }
        if cellStarts
            && cues.cellTypes.hits(in: tokens).contains(where: {
                $0.payload == CellRole.effector || $0.payload == CellRole.suppressive
            })
        {
            return true
        }
        // "Myeloma cells depend on IL-6": a dependence word and any cell phrase or cell word (the tumor cells
        // may be a line named by its shape).
        return dependenceStarts && (cellStarts || tokens.contains { ClaimMaterialScan.cellWords.contains($0.key) })
    }

    /// Whether a cancer name and the words after it form an outcome (``NamedTumorOutcome``:
    /// "melanoma progression"), looser than the analysis: names a reagent or virus masks count too.
    private func hasNamedTumorOutcome(_ tokens: [SentenceToken]) -> Bool {
        let cancers = cues.cancers.hits(in: tokens)
        if cancers.contains(where: { cancer in
            NamedTumorOutcome.match(
                at: cancer.tokens.lowerBound, cancers: cancers, outcomes: cues.outcomes, tokens: tokens) != nil
        }) {
            return true
        }
        // "the progression of colorectal cancer" (`GenitiveTumorOutcome`): a process one or two words before an "of".
        return tokens.indices.contains { index in
            tokens[index].key == "of"
                && (1...2).contains { length in
                    index >= length
                        && GenitiveTumorOutcome.match(
                            at: index - length, cancers: cancers, outcomes: cues.outcomes, tokens: tokens) != nil
                }
        }
    }

    /// Whether the text glued after the mention token at `index` ends in a compound word: the
    /// suffix a frame reads its compound from ("TRAIL-resistant").
    private func hasGluedCompound(after index: Int, _ tokens: [SentenceToken]) -> Bool {
        guard let last = GluedSuffix.lastPartKey(of: GluedSuffix.bare(after: index, in: tokens)) else { return false }
        return isCompoundWord(last)
    }

    private func isCompoundWord(_ key: String) -> Bool {
        guard compoundLengths.contains(key.utf8.count) else { return false }
        var key = key
        return key.withUTF8 { compoundWords.id(ofBytes: $0) } != nil
    }
}
