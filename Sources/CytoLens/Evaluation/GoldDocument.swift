/// An article with the gold annotations of a corpus.
public struct GoldDocument: Sendable {
    /// The form the gold came in, which decides what counts as a cytokine mention.
    public enum Scheme: String, Sendable {
        /// PubTator or BioC with NCBI Gene ids (BioRED): a cytokine is a gene id of a cytokine.
        case geneIdentifiers
        /// brat standoff with entity types (TCRE): a cytokine is a `CYTOKINE` entity.
        case entityTypes
    }

    /// The article, laid out in the gold's own coordinates.
    public var article: Article
    /// The annotations, in file order.
    public var annotations: [GoldAnnotation]
    /// How to read the annotations.
    public var scheme: Scheme

    /// Creates a gold document.
    public init(article: Article, annotations: [GoldAnnotation], scheme: Scheme) {
        self.article = article
        self.annotations = annotations
        self.scheme = scheme
    }
}
