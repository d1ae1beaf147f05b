import ArticleXML

/// Collects the running text of one paragraph, caption, title or table cell in a single pass.
///
/// Inline markup (italic, bold, sup, sub, sc, monospace, named-content, ext-link, ...) keeps its
/// text with no space added; block-like elements inside the text (lists, quotes, nested
/// paragraphs) are set off by spaces so words never run together. Citations
/// (`<xref ref-type="bibr">`) are marked while collecting and removed at the end together with
/// their brackets and separators (see ``CitationRemover``). Floats met in the text (figures,
/// tables, boxes, supplementary material) are not read here but kept in ``deferred``, so that the
/// caller can read them after the passage. MathML keeps only the text of its tokens; TeX source,
/// display formulas, footnotes and graphics are dropped.
struct JATSInlineText {
    /// The text so far, white space not yet normalized.
    private(set) var text = ""
    /// The UTF-8 ranges of `text` that are citation labels.
    private(set) var citations: [Range<Int>] = []
    /// Floats met in the text, in document order, to be read after the passage.
    private(set) var deferred: [MarkupElement] = []

    /// Creates an empty collector.
    init() {}

    /// The collected text with citations removed; white space is left for the builder to fold.
    func finishedText() -> String {
        citations.isEmpty ? text : CitationRemover.removing(citations, from: text)
    }

    /// Appends text as it stands.
    mutating func append(_ string: String) {
        text.append(string)
    }

    /// Appends one space, to keep the text of neighbouring blocks apart.
    mutating func appendSpace() {
        text.append(" ")
    }

    /// Appends `. ` unless the text is empty or already ends a sentence, so that a caption title
    /// without a final period does not run into the legend that follows it.
    mutating func endSentence() {
        guard let last = text.unicodeScalars.reversed().first(where: { !$0.properties.isWhitespace }) else { return }
        if !(last == "." || last == "!" || last == "?" || last == ":") { text.append(".") }
        text.append(" ")
    }

    /// Collects the children of `element` (not its own name: the caller decided to read it).
    mutating func collectChildren(of element: MarkupElement) {
        for node in element.children {
            switch node {
            case .text(let string): text.append(string)
            case .element(let child): collect(child)
            }
        }
    }

    /// Collects one element met in running text.
    mutating func collect(_ element: MarkupElement) {
        let name = element.name
        if name == "xref" {
            collectCrossReference(element)
        } else if JATSVocabulary.floats.contains(name) {
            appendSpace()
            deferred.append(element)
        } else if name == "inline-formula" || name == "math" {
            collectMath(element)
        } else if name == "disp-formula" || name == "disp-formula-group" {
            appendSpace()
        } else if JATSVocabulary.skipped.contains(name) {
            return
        } else if name == "title" {
            collectChildren(of: element)
            endSentence()
        } else if JATSVocabulary.inlineBlocks.contains(name) {
            appendSpace()
            collectChildren(of: element)
            appendSpace()
        } else {
            collectChildren(of: element)
        }
    }

    private mutating func collectCrossReference(_ xref: MarkupElement) {
        let type = xref.attributes["ref-type"] ?? ""
        if type == "bibr" {
            let start = text.utf8.count
            collectChildren(of: xref)
            citations.append(start..<text.utf8.count)
        } else if !JATSVocabulary.markerReferenceTypes.contains(type) {
            collectChildren(of: xref)
        }
    }

    /// Keeps the token text of MathML (`<mi>`, `<mn>`, `<mo>`, `<mtext>`) run together, so that
    /// `p < 0.05` or `IL-6` written as math stays searchable; white space between tokens (layout),
    /// TeX and annotations are dropped.
    private mutating func collectMath(_ element: MarkupElement) {
        let isToken = JATSInlineText.mathTokens.contains(element.name)
        for node in element.children {
            switch node {
            case .text(let string):
                if isToken { text.append(string) }
            case .element(let child):
                if child.name == "tex-math" || child.name == "annotation" || child.name == "annotation-xml"
                    || child.name == "inline-graphic" || child.name == "graphic"
                {
                    continue
                }
                collectMath(child)
            }
        }
    }

    private static let mathTokens: Set<String> = ["mi", "mn", "mo", "mtext", "ms", "inline-formula"]
}
