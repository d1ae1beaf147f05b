/// Tags the cytokine, group and receptor mentions of an article, normalized to HGNC symbols and
/// group ids, with their exact spans in document coordinates.
///
/// Per passage it finds lexicon names (``NameMatcher``: variants, boundaries, prefixes, elided
/// coordinations); then, over the whole document, abbreviation definitions decide what short
/// forms mean: a short form defined as something else ("LIF (leaky integrate-and-fire)") is
/// blocked, one defined with a cytokine long form is confirmed or learned ("macrophage
/// inflammatory protein-3α (MIP3A)" makes every "MIP3A" a CCL20 mention). Names that need
/// context keep only with context nearby or a confirming definition.
public struct MentionTagger: Sendable {
    /// The compiled lexicon.
    public let lexicon: CompiledLexicon
    private let matcher: NameMatcher
    private let context: MentionContext

    /// Creates a tagger.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        matcher = NameMatcher(lexicon: lexicon)
        context = MentionContext(lexicon: lexicon)
    }

    /// The mentions of an article in text order; `sentences` are the article's sentences.
    public func mentions(in article: Article, sentences: [Sentence]) -> [Mention] {
        // Each passage is matched right after its scan, while its runs are still in cache. Only
        // the scans of passages with names are kept for the document-level rules: the others
        // are freed at once, so that the next passage's scan reuses their memory while it is
        // still in cache (and a document that teaches a short form scans them again).
        var texts: [ScannedText?] = []
        var found: [[NameMatch]] = []
        texts.reserveCapacity(article.passages.count)
        found.reserveCapacity(article.passages.count)
        for passage in article.passages {
            let text = ScannedText(passage.text)
            let matches = matcher.matches(in: text)
            texts.append(matches.isEmpty ? nil : text)
            found.append(matches)
        }
        let meanings = ShortFormMeanings(texts: texts, matches: found, lexicon: lexicon)
        // Sentences come in passage order: find each passage's slice once.
        var sentenceRanges = [Range<Int>](repeating: 0..<0, count: article.passages.count)
        var first = 0
        while first < sentences.count {
            var end = first + 1
            while end < sentences.count, sentences[end].passage == sentences[first].passage { end += 1 }
            let passage = sentences[first].passage
            if passage >= 0, passage < sentenceRanges.count, sentenceRanges[passage].isEmpty {
                sentenceRanges[passage] = first..<end
            }
            first = end
        }
        var mentions: [Mention] = []
        for (index, passage) in article.passages.enumerated() {
            guard let text = texts[index] ?? (meanings.hasLearned ? ScannedText(passage.text) : nil) else { continue }
            var kept: [NameMatch] = []
            for (position, match) in found[index].enumerated() {
                if meanings.blocked.contains(match.caseKey) { continue }
                var match = match
                if let entity = meanings.learned[match.caseKey] {
                    match.entity = entity
                    match.needsContext = false
                }
                if match.needsContext, !meanings.confirmed.contains(match.caseKey),
                    !context.hasContext(position, in: found[index], text: text)
                {
                    continue
                }
                kept.append(match)
            }
            if meanings.hasLearned {
                kept += meanings.learnedMatches(in: text, besides: kept)
                kept.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            }
            guard !kept.isEmpty else { continue }
            mentions += makeMentions(kept, text: text, passage: passage, sentences: sentences[sentenceRanges[index]])
        }
        return mentions
    }

    /// Converts matches to mentions: UTF-8 offsets to code points in document coordinates, the
    /// one place where this happens.
    private func makeMentions(_ matches: [NameMatch], text: ScannedText, passage: Passage, sentences: ArraySlice<Sentence>)
        -> [Mention]
    {
        var mentions: [Mention] = []
        var byte = 0
        var codePoint = 0
        func advance(to target: Int) -> Int {
            while byte < target {
                if text.bytes[byte] & 0xC0 != 0x80 { codePoint += 1 }
                byte += 1
            }
            return passage.offset + codePoint
        }
        for match in matches where match.start >= byte {
            let start = advance(to: match.start)
            let end = advance(to: match.end)
            let entity = lexicon.entities[Int(match.entity)]
            mentions.append(
                Mention(
                    kind: entity.kind, target: entity.target, hgnc: entity.hgnc, text: text.text(match.start..<match.end),
                    start: start, end: end, sentence: sentenceIndex(of: start, in: sentences)))
        }
        return mentions
    }

    /// The index of the sentence holding an offset (the last one starting at or before it).
    private func sentenceIndex(of offset: Int, in sentences: ArraySlice<Sentence>) -> Int {
        var low = sentences.startIndex
        var high = sentences.endIndex
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        if low > sentences.startIndex { return sentences[low - 1].index }
        return sentences.first?.index ?? 0
    }
}
