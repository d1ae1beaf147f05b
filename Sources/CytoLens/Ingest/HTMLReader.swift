import ArticleXML

/// Reads a publisher or PMC article page: title and identifiers from its `<meta>` tags, and the
/// article text from its main content as title, abstract, paragraph, caption and table passages.
///
/// Navigation, banners, scripts, forms, share widgets, front-matter panels, reference lists and
/// citation links are left out. HTML parsing recovers from any malformation, so a page never
/// fails on its content; only an input that cannot be read is an error.
public struct HTMLReader: ArticleReader {
    /// Creates a reader.
    public init() {}

    /// Reads the one article of `input`.
    ///
    /// - Throws: ``IngestError`` when the input cannot be read (missing file, corrupt gzip).
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        try emit(article(fromPage: try input.loadBytes(), source: input.source))
    }

    /// The article of an HTML page given as bytes.
    ///
    /// - Parameters:
    ///   - bytes: the page; UTF-8 unless it is not valid UTF-8, in which case the page's own
    ///     `<meta charset>` (or libxml2's default, Latin-1) decides.
    ///   - source: the input's name, kept in ``Article/source``.
    public func article(fromPage bytes: [UInt8], source: String) -> Article {
        let isUTF8 =
            !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF])
            && String(validating: bytes, as: UTF8.self) != nil
        let page = MarkupParser.parseHTML(bytes, encoding: isUTF8 ? "UTF-8" : nil)
        let metadata = HTMLMetadata(page: page)
        let content = HTMLContentRoot.find(in: page)
        let title = metadata.declaredTitle ?? HTMLReader.firstH1(content) ?? HTMLReader.firstH1(page) ?? metadata.pageTitle ?? ""

        var builder = ArticleBuilder(source: source)
        builder.identifiers = metadata.identifiers
        builder.title = title
        builder.add(.title, title)
        var walker = HTMLPassageWalker(builder: builder, citations: CitationMarkers(page: page), title: title)
        walker.read(content)
        return walker.builder.article
    }

    /// The text of the first `h1` outside scripts and styles, or `nil`.
    private static func firstH1(_ root: MarkupElement) -> String? {
        var stack = [root]
        while let element = stack.popLast() {
            if ["script", "style", "noscript", "template", "svg"].contains(element.name) { continue }
            if element.name == "h1" {
                let text = TextCleaner.normalizeWhitespace(element.text(skipping: ["script", "style"]))
                if !text.isEmpty { return text }
                continue
            }
            stack.append(contentsOf: element.elements.reversed())
        }
        return nil
    }
}
