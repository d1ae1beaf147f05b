/// Everything cytolens knows about one document: the article, its sentences and the
/// annotations later stages add. One value is one line of `cytolens text` / `cytolens tag` output.
public struct DocumentAnnotations: Sendable, Hashable, Codable {
    /// The article as read.
    public var article: Article
    /// Its sentences, in order.
    public var sentences: [Sentence]

    /// Creates annotations for an article.
    public init(article: Article, sentences: [Sentence]) {
        self.article = article
        self.sentences = sentences
    }
}
