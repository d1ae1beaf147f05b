/// A sentence of an article, located in document coordinates.
public struct Sentence: Sendable, Hashable, Codable {
    /// Position in the article's sentence list, from 0.
    public var index: Int
    /// The index of the passage that holds the sentence (sentences never cross passages).
    public var passage: Int
    /// The code point offset of the first character, in document coordinates.
    public var start: Int
    /// The code point offset just past the last character, in document coordinates.
    public var end: Int

    /// Creates a sentence.
    public init(index: Int, passage: Int, start: Int, end: Int) {
        self.index = index
        self.passage = passage
        self.start = start
        self.end = end
    }
}
