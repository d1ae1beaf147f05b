/// Whether a `needs_context` name ("KC", "TRAIL", "APRIL", "OPN") stands in cytokine context: a
/// context word from `mention_cues.tsv` (cytokine, chemokine, ligand, receptor, secretion,
/// serum, levels, …) or another cytokine name within a few words, in the same sentence.
struct MentionContext: Sendable {
    let lexicon: CompiledLexicon

    /// How many word runs on each side are looked at.
    static let window = 10

    /// Whether the match at `index` of `matches` has context.
    func hasContext(_ index: Int, in matches: [NameMatch], text: ScannedText) -> Bool {
        let match = matches[index]
        let lower = sentenceBoundary(text, from: match.firstRun, step: -1)
        let upper = sentenceBoundary(text, from: match.lastRun, step: 1)
        for run in lower...upper where run < match.firstRun || run > match.lastRun {
            if lexicon.contextWords.contains(text.key(of: run)) { return true }
        }
        for (other, candidate) in matches.enumerated() where other != index && !candidate.needsContext {
            if candidate.lastRun >= lower && candidate.firstRun <= upper { return true }
        }
        return false
    }

    /// The farthest run within the window before the sentence ends (a period, `;` or `?` then space).
    private func sentenceBoundary(_ text: ScannedText, from run: Int, step: Int) -> Int {
        var current = run
        for _ in 0..<Self.window {
            let next = current + step
            guard next >= 0, next < text.runs.count else { break }
            let gap = step > 0 ? text.runs[current].end..<text.runs[next].start : text.runs[next].end..<text.runs[current].start
            if gap.contains(where: { index in
                let byte = text.bytes[index]
                return byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "?")
            }) {
                break
            }
            current = next
        }
        return current
    }
}
