/// A document's mentions grouped by the index of their sentence, each group in the order given.
///
/// ``ClaimAnnotator`` asks for the mentions of every sentence of a document, most of which have
/// none; sentence indices count from 0, so the groups of the document's indices are an array and a
/// lookup is an index, not a hash. A mention with any other index (annotations not made by the
/// splitter) is kept in a dictionary and found as well.
struct MentionsBySentence {
    private var groups: [[Mention]]
    private var others: [Int: [Mention]] = [:]

    /// Groups `mentions` of a document of `sentenceCount` sentences.
    init(_ mentions: [Mention], sentenceCount: Int) {
        groups = Array(repeating: [], count: max(sentenceCount, 0))
        for mention in mentions {
            if groups.indices.contains(mention.sentence) {
                groups[mention.sentence].append(mention)
            } else {
                others[mention.sentence, default: []].append(mention)
            }
        }
    }

    /// The mentions of sentence `index`, or `nil` when it has none.
    subscript(_ index: Int) -> [Mention]? {
        guard groups.indices.contains(index) else { return others[index] }
        return groups[index].isEmpty ? nil : groups[index]
    }
}
