/// Annotates one article at a time: sentences, then mentions, claims and relations.
///
/// Annotation is pure: the same article always gives the same annotations, with no global
/// state, so documents can be annotated on any core in any order.
public struct Annotator: Sendable {
    private let splitter = SentenceSplitter()

    /// Creates an annotator.
    public init() {}

    /// The annotations of one article.
    public func annotate(_ article: Article) -> DocumentAnnotations {
        let sentences = splitter.sentences(in: article)
        return DocumentAnnotations(article: article, sentences: sentences)
    }
}
