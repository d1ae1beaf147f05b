/// Everything cytolens knows about one document: the article, its sentences and the
/// annotations later stages add. One value is one line of `cytolens text` / `cytolens tag` output.
public struct DocumentAnnotations: Sendable, Hashable, Codable {
    /// The article as read.
    public var article: Article
    /// Its sentences, in order.
    public var sentences: [Sentence]
    /// Cytokine, group and receptor mentions, in text order (empty for `cytolens text`).
    public var mentions: [Mention]
    /// Claims about cytokines' roles in cancer, in sentence order.
    public var claims: [Claim]
    /// Relations between cytokines, in sentence order.
    public var relations: [Relation]

    /// Creates annotations for an article.
    public init(
        article: Article, sentences: [Sentence], mentions: [Mention] = [], claims: [Claim] = [], relations: [Relation] = []
    ) {
        self.article = article
        self.sentences = sentences
        self.mentions = mentions
        self.claims = claims
        self.relations = relations
    }
}
