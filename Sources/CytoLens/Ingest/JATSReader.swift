import ArticleXML

/// Reads JATS / NLM XML: PMC OA `.nxml`, eLife, PLOS, bioRxiv and Europe PMC full text,
/// `<pmc-articleset>` and OAI-PMH wrappers, with or without the JATS namespace.
///
/// Every `<article>` of the file becomes one ``Article``; when a file holds several (an
/// article set, an OAI-PMH list), each source gets `#N` appended, as ``Article/source`` says.
///
/// **What is read**
/// - Identifiers from `<article-id>`: `pmid`, `pmc`/`pmcid` (normalized to `PMC123`; `pmc-uid`
///   as a fallback) and `doi`.
/// - The title: `article-title` of the `title-group`, with `: subtitle` when there is one.
/// - Abstracts, as ``PassageType/abstract`` passages under a section path that starts with the
///   abstract's title (or "Abstract"): one passage per section of a structured abstract
///   (`["Abstract", "Background"]`), one per paragraph otherwise. Other abstracts with text
///   (eLife digest, author summary, editors' summary, highlights) are read the same way.
///   Editorial blurbs restating the abstract (`abstract-type` `toc`, `teaser`, `precis`) and
///   graphical abstracts are skipped, so their claims are not counted twice.
/// - Body, appendices (`<app>`, `<app-group>`), and back-matter sections that carry science
///   (methods, figure legends, supplementary information): one ``PassageType/paragraph`` per
///   `<p>`, under the full path of nested section titles (`["Results", "IL-6 drives STAT3"]`).
///   Section titles are only in the path, never passages; section labels ("2.1") are dropped.
/// - Lists, quotes and definition lists: a list or quote standing between paragraphs gives one
///   passage per paragraph of it; one inside a paragraph stays part of that paragraph's text, so
///   nothing is read twice. A definition is one passage, "term: definition".
/// - Figures, tables, boxes, supplementary material and media: one ``PassageType/caption``
///   passage each — "label. title. legend" — when the caption has text. A table's footnotes
///   (`table-wrap-foot`) are appended to its caption. Each table row is one
///   ``PassageType/table`` passage, cells joined by a tab. A float anchored inside a paragraph
///   or caption is read right after it, so a sentence is not cut by a figure. The paragraphs of
///   a box are paragraphs under the box title.
///
/// **What is dropped**
/// - Reference lists, acknowledgments, footnotes, glossaries, notes, keywords and permissions.
/// - Administrative sections anywhere in body or back: funding, author contributions, competing
///   interests, data availability, ethics statements, abbreviations (by `sec-type` or title).
/// - Sub-articles that are not the article's own text: eLife decision letters and author
///   responses, referee reports, editorial assessments (`article-commentary`) and translations.
///   Sub-articles of other types are read under their title. `<response>` is dropped.
/// - Citations (`<xref ref-type="bibr">`), with their brackets and separators (see
///   ``CitationRemover``); footnote and affiliation marks. Other cross-references ("Figure 2")
///   keep their text, as does all inline markup (italic, bold, sup, sub, sc, monospace,
///   named-content, ext-link).
/// - Formulas as markup: TeX source and display formulas are dropped; MathML inline keeps the
///   text of its tokens only (`p<0.05`).
/// - `&name;` entities the HTML 4 table does not know are dropped by ``ArticleXML``; no DTD is
///   ever loaded.
public struct JATSReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// Reads every article of `input`, in document order.
    ///
    /// - Throws: ``IngestError`` with the line and column of the first XML error, or when the
    ///   document holds no article.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        let bytes = try input.loadBytes()
        let markup: MarkupDocument
        do {
            markup = try MarkupParser.parseXMLDocument(bytes)
        } catch {
            throw IngestError(source: input.source, line: error.line, column: error.column, message: error.message)
        }
        let document = JATSDocument(markup)
        let articles = JATSReader.articleElements(in: markup)
        guard !articles.isEmpty else {
            throw IngestError(source: input.source, message: "no <article> element in <\(markup.name(of: markup.root))>")
        }
        for (number, element) in articles.enumerated() {
            let source = articles.count > 1 ? "\(input.source)#\(number + 1)" : input.source
            try emit(JATSArticleWalker.article(from: element, in: document, source: source))
        }
    }

    /// The outermost `<article>` elements (`<book-part>` in a book), or the root itself when it is
    /// a lone `<front>`.
    static func articleElements(in document: MarkupDocument) -> [MarkupDocument.Element] {
        let root = document.root
        let rootName = document.name(of: root)
        if rootName == "article" || rootName == "front" { return [root] }
        let name = rootName == "book-part-wrapper" ? "book-part" : "article"
        var found: [MarkupDocument.Element] = []
        var stack: [MarkupDocument.Element] = document.elements(of: root).reversed()
        while let element = stack.popLast() {
            if document.name(of: element) == name {
                found.append(element)
            } else {
                stack.append(contentsOf: document.elements(of: element).reversed())
            }
        }
        return found
    }
}
