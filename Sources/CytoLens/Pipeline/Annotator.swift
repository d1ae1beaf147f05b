/// Annotates one article at a time: sentences, then mentions, claims and relations.
///
/// Annotation is pure: the same article always gives the same annotations, with no global
/// state, so documents can be annotated on any core in any order. The lexicon is compiled once
/// and shared.
public struct Annotator: Sendable {
    private let splitter: SentenceSplitter
    private let tagger: MentionTagger
    private let claims: ClaimAnnotator

    /// Creates an annotator with a compiled lexicon.
    ///
    /// - Throws: when the lexicon's claim or relation cue tables are missing or malformed.
    public init(lexicon: CompiledLexicon) throws {
        splitter = SentenceSplitter()
        tagger = MentionTagger(lexicon: lexicon)
        claims = ClaimAnnotator(cues: try ClaimCues(compiled: lexicon))
    }

    /// Creates an annotator with the built-in lexicon (checked by the test suite, so it cannot fail).
    public init() {
        // swift-format-ignore: NeverUseForceTry
        self = try! Annotator(lexicon: .builtIn)
    }

    /// The compiled lexicon in use.
    public var lexicon: CompiledLexicon { tagger.lexicon }

    /// The annotations of one article.
    public func annotate(_ article: Article) -> DocumentAnnotations {
        let sentences = splitter.sentences(in: article)
        let mentions = tagger.mentions(in: article, sentences: sentences)
        return claims.annotate(DocumentAnnotations(article: article, sentences: sentences, mentions: mentions))
    }
}
