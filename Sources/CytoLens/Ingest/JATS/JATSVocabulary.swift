/// The element names and attribute values that decide what the JATS reader keeps, in one place.
///
/// Names are local names (no namespace prefix), as ``ArticleXML/MarkupElement`` gives them, so
/// namespaced JATS (`<article xmlns="https://jats.nlm.nih.gov/ns/archiving/1.3/">`) reads the same.
enum JATSVocabulary {
    /// Elements that float out of the text flow: each yields its caption (and table rows) as its
    /// own passages. Met inside a paragraph or caption, they are read after it, not in it.
    static let floats: Set<String> = [
        "fig", "fig-group", "table-wrap", "table-wrap-group", "boxed-text", "supplementary-material", "media",
        "chem-struct-wrap",
    ]

    /// Elements whose text is never article prose, wherever they appear: reference lists,
    /// footnotes, acknowledgments, glossaries, notes, formulas as markup, metadata.
    static let skipped: Set<String> = [
        "ref-list", "ref", "mixed-citation", "element-citation", "nlm-citation", "citation", "fn-group", "fn", "ack",
        "glossary", "notes", "label", "tex-math", "graphic", "inline-graphic", "alt-text", "long-desc", "object-id",
        "private-char", "annotation", "annotation-xml", "attrib", "sec-meta", "kwd-group", "permissions",
        "disp-formula", "disp-formula-group", "processing-meta", "response", "trans-abstract", "table-wrap-foot",
    ]

    /// Cross-reference types whose text is a marker, not words: footnote and affiliation marks.
    /// (`bibr` citations are removed separately, together with their brackets.)
    static let markerReferenceTypes: Set<String> = ["fn", "table-fn", "author-notes", "corresp", "aff"]

    /// Elements laid out as blocks inside running text: their text is kept, set off by spaces.
    static let inlineBlocks: Set<String> = [
        "p", "list", "list-item", "disp-quote", "def-list", "def-item", "term", "def", "statement", "verse-group",
        "verse-line", "speech", "speaker", "break", "table", "tr", "td", "th", "row", "entry", "caption", "sec",
    ]

    /// MathML elements whose text is kept (tokens; an `inline-formula` holding text directly).
    static let mathTokens: Set<String> = ["mi", "mn", "mo", "mtext", "ms", "inline-formula"]

    /// Inline markup that can stand directly in a block container next to stray text (which the
    /// reader then gathers into a paragraph of its own instead of losing it).
    static let inlineMarkup: Set<String> = [
        "italic", "bold", "sup", "sub", "sc", "monospace", "underline", "overline", "strike", "roman", "sans-serif",
        "named-content", "styled-content", "ext-link", "uri", "email", "xref", "inline-formula", "abbrev", "span",
        "chem-struct", "phone", "inline-supplementary-material", "related-article", "related-object", "break", "math",
        "hr", "target", "milestone-start", "milestone-end", "award-id", "funding-source", "institution", "country",
    ]

    /// Abstract types that are editorial blurbs restating the abstract (`toc`, `teaser`, `precis`)
    /// or a picture (`graphical`); they are not read, so that claims are not counted twice.
    static let skippedAbstractTypes: Set<String> = ["teaser", "toc", "precis", "graphical"]

    /// Sub-article types that are not the article's own text: peer review, replies, editorial
    /// assessments and translations. Sub-articles of any other type are read as part of the article.
    static let skippedSubArticleTypes: Set<String> = [
        "decision-letter", "reply", "article-commentary", "referee-report", "ref-report", "editor-report",
        "author-comment", "aggregated-review-documents", "review-report", "translation", "correction", "retraction",
    ]

    /// `sec-type` values of administrative sections (funding, contributions, competing interests).
    static let boilerplateSectionTypes: Set<String> = [
        "additional-information", "coi-statement", "author-contribution", "author-contributions", "data-availability",
        "datasets", "funding-information", "ethics-statement", "acknowledgment", "acknowledgments",
    ]

    /// Title beginnings (lower case) of administrative sections, for sections without a `sec-type`.
    static let boilerplateTitlePrefixes: [String] = [
        "acknowledg", "author contribution", "authors contribution", "authors' contribution", "authorship contribution",
        "credit author", "contributors", "competing interest", "competing financial interest", "conflict of interest",
        "conflicts of interest", "declaration of interest", "declaration of competing", "disclosure", "funding",
        "financial support", "data availability", "data and code availability", "data and materials availability",
        "data and material availability", "availability of data", "ethics statement", "ethics approval",
        "ethical approval", "consent for publication", "abbreviations", "author information",
        "author and article information", "publisher's note",
    ]

    /// ``boilerplateTitlePrefixes`` as UTF-8 bytes.
    private static let boilerplateTitlePrefixBytes = boilerplateTitlePrefixes.map { Array($0.utf8) }

    /// Whether a section is administrative rather than science: by its `sec-type`, or by a title
    /// that starts like "Funding", "Author contributions" or "Competing interests".
    static func isBoilerplateSection(type: String?, title: String) -> Bool {
        if let type, boilerplateSectionTypes.contains(type.lowercased()) { return true }
        guard !title.isEmpty else { return false }
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            // An ASCII title: lower-casing and prefix tests byte by byte say what the Unicode
            // rules below say (no ASCII character combines with another into one Character, and
            // the prefixes hold no carriage return), at a small part of the cost.
            var lowered = Array(title.utf8)
            for i in lowered.indices where lowered[i] >= UInt8(ascii: "A") && lowered[i] <= UInt8(ascii: "Z") {
                lowered[i] |= 0x20
            }
            return boilerplateTitlePrefixBytes.contains { lowered.starts(with: $0) }
        }
        let folded = String(title.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        return boilerplateTitlePrefixes.contains { folded.hasPrefix($0) }
    }
}
