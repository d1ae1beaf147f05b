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
///
/// The text is gathered as UTF-8 bytes copied straight from the document's text runs; it becomes
/// a `String` only once, when the passage is made.
///
/// The walk below an element passes the document down as an argument rather than reading it from
/// `self` at every step: `self` is being mutated, so each read of the stored reference would
/// retain and release it, once per element and per text run.
struct JATSInlineText {
    private let document: JATSDocument
    /// The text so far as UTF-8, white space not yet normalized.
    private(set) var text: [UInt8] = []
    /// The ranges of `text` that are citation labels.
    private(set) var citations: [Range<Int>] = []
    /// Floats met in the text, in document order, to be read after the passage.
    private(set) var deferred: [MarkupDocument.Element] = []

    /// Creates an empty collector for text of `document`.
    init(_ document: JATSDocument) {
        self.document = document
    }

    /// The collected text (UTF-8) with citations removed; white space is left for the builder
    /// to fold.
    func finishedText() -> [UInt8] {
        citations.isEmpty ? text : CitationRemover.removing(citations, from: text)
    }

    /// Appends a text run as it stands.
    mutating func append(_ run: MarkupDocument.TextRun) {
        append(run, of: document)
    }

    private mutating func append(_ run: MarkupDocument.TextRun, of document: JATSDocument) {
        // Room for a typical paragraph at once, rather than growing from a few bytes by doubling.
        if text.isEmpty { text.reserveCapacity(max(512, run.byteCount)) }
        document.markup.appendUTF8(of: run, to: &text)
    }

    /// Appends text as it stands.
    mutating func append(_ string: String) {
        text.append(contentsOf: string.utf8)
    }

    /// Appends one space, to keep the text of neighbouring blocks apart.
    mutating func appendSpace() {
        text.append(UInt8(ascii: " "))
    }

    /// Appends `. ` unless the text is empty or already ends a sentence, so that a caption title
    /// without a final period does not run into the legend that follows it.
    mutating func endSentence() {
        guard let last = lastNonWhiteSpaceScalar() else { return }
        if !(last == "." || last == "!" || last == "?" || last == ":") { text.append(UInt8(ascii: ".")) }
        text.append(UInt8(ascii: " "))
    }

    /// The last Unicode scalar of the text that is not white space, found from the end.
    private func lastNonWhiteSpaceScalar() -> Unicode.Scalar? {
        var end = text.count
        while end > 0 {
            var start = end - 1
            while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
            if let scalar = String(decoding: text[start..<end], as: UTF8.self).unicodeScalars.first,
                !scalar.properties.isWhitespace
            {
                return scalar
            }
            end = start
        }
        return nil
    }

    /// Collects the children of `element` (not its own name: the caller decided to read it).
    mutating func collectChildren(of element: MarkupDocument.Element) {
        collectChildren(of: element, in: document)
    }

    /// Collects one element met in running text.
    mutating func collect(_ element: MarkupDocument.Element) {
        collect(element, in: document)
    }

    private mutating func collectChildren(of element: MarkupDocument.Element, in document: JATSDocument) {
        for node in document.children(of: element) {
            switch node {
            case .text(let run): append(run, of: document)
            case .element(let child): collect(child, in: document)
            }
        }
    }

    private mutating func collect(_ element: MarkupDocument.Element, in document: JATSDocument) {
        // The roles of each name are looked up once per document (see ``JATSDocument``).
        let roles = document.roles(of: element)
        if roles.contains(.crossReference) {
            collectCrossReference(element, in: document)
        } else if roles.contains(.float) {
            appendSpace()
            deferred.append(element)
        } else if roles.contains(.math) {
            collectMath(element, in: document)
        } else if roles.contains(.displayFormula) {
            appendSpace()
        } else if roles.contains(.skipped) {
            return
        } else if roles.contains(.title) {
            collectChildren(of: element, in: document)
            endSentence()
        } else if roles.contains(.inlineBlock) {
            appendSpace()
            collectChildren(of: element, in: document)
            appendSpace()
        } else {
            collectChildren(of: element, in: document)
        }
    }

    private mutating func collectCrossReference(_ xref: MarkupDocument.Element, in document: JATSDocument) {
        let type = document.attribute("ref-type", of: xref) ?? ""
        if type == "bibr" {
            let start = text.count
            collectChildren(of: xref, in: document)
            citations.append(start..<text.count)
        } else if !JATSVocabulary.markerReferenceTypes.contains(type) {
            collectChildren(of: xref, in: document)
        }
    }

    /// Keeps the token text of MathML (`<mi>`, `<mn>`, `<mo>`, `<mtext>`) run together, so that
    /// `p < 0.05` or `IL-6` written as math stays searchable; white space between tokens (layout),
    /// TeX and annotations are dropped.
    private mutating func collectMath(_ element: MarkupDocument.Element, in document: JATSDocument) {
        let isToken = document.is(element, .mathToken)
        for node in document.children(of: element) {
            switch node {
            case .text(let run):
                if isToken { append(run, of: document) }
            case .element(let child):
                let name = document.name(of: child)
                if name == "tex-math" || name == "annotation" || name == "annotation-xml" || name == "inline-graphic"
                    || name == "graphic"
                {
                    continue
                }
                collectMath(child, in: document)
            }
        }
    }
}
