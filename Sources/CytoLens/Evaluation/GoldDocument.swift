/// One gold annotation of a document: a span in document coordinates (code points), the text the
/// annotators marked, their entity type and identifiers.
public struct GoldAnnotation: Sendable, Hashable {
    /// The first code point.
    public var start: Int
    /// Just past the last code point.
    public var end: Int
    /// The annotated text.
    public var text: String
    /// The entity type (`GeneOrGeneProduct`, `CYTOKINE`, `PROTEIN`, …).
    public var type: String
    /// The identifiers (NCBI Gene ids for BioRED genes); empty when the corpus gives none.
    public var identifiers: [String]

    /// Creates an annotation.
    public init(start: Int, end: Int, text: String, type: String, identifiers: [String]) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.identifiers = identifiers
    }
}

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
