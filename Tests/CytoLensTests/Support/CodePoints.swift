import CytoLens

/// Code point arithmetic for checking offsets, written independently of the readers.
enum CodePoints {
    /// The code points `range` of `text`, or `nil` when the range falls outside it.
    static func slice(_ text: String, _ range: Range<Int>) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range])
        return String(out)
    }

    /// The text at a document-coordinate range of an article, taken from the one passage that
    /// holds the whole range; `nil` when no passage does.
    static func text(of article: Article, at range: Range<Int>) -> String? {
        guard let passage = article.passages.first(where: { $0.offset <= range.lowerBound && range.upperBound <= $0.end })
        else { return nil }
        return slice(passage.text, (range.lowerBound - passage.offset)..<(range.upperBound - passage.offset))
    }
}
