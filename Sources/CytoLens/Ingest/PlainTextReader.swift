/// Reads plain text: one article per input.
///
/// Paragraphs are split on blank lines, on line ends when the text has one paragraph per line (as
/// text scraped from a web page does), and on intended line ends of hard-wrapped text. Page
/// chrome left in by a scrape (log-in and e-mail prompts, "Keywords:", "Received:", "Copyright:"
/// lines) is dropped. The title is the longest title-like line before the first paragraph of
/// prose; the short header lines above it (journal, article type) and affiliation lines around it
/// are dropped too. Known section headings ("Abstract", "Methods", "2. Results") give the
/// section path; paragraphs under "Abstract" are abstract passages and a reference list is left
/// out.
public struct PlainTextReader: ArticleReader {
    /// How many leading paragraphs may hold the title when no prose paragraph comes first.
    private static let frontLimit = 12

    /// Creates a reader.
    public init() {}

    /// Reads the one article of `input`.
    ///
    /// - Throws: ``IngestError`` when the input cannot be read.
    public func read(_ input: ArticleInput, emit: (Article) throws -> Void) throws {
        try emit(article(fromText: ArticleInput.decodeText(try input.loadBytes()), source: input.source))
    }

    /// The article of a plain text.
    public func article(fromText text: String, source: String) -> Article {
        let paragraphs = PlainTextParagraphs.split(text).map(TextCleaner.normalizeWhitespace).filter {
            !$0.isEmpty && !PageChromeText.isChrome($0)
        }
        var builder = ArticleBuilder(source: source)
        var body = paragraphs
        // The front: the paragraphs before the first one of prose, where a title would be.
        let frontEnd = min(paragraphs.firstIndex(where: PlainTextLines.isProse) ?? paragraphs.count, PlainTextReader.frontLimit)
        if paragraphs.count > 1, let titleIndex = PlainTextReader.titleIndex(in: paragraphs[..<frontEnd]) {
            builder.title = paragraphs[titleIndex]
            builder.add(.title, paragraphs[titleIndex])
            // Above the title: journal name, article type, section label. Around it: affiliations.
            body =
                paragraphs[(titleIndex + 1)..<frontEnd].filter { !PlainTextLines.isAffiliation($0) }
                + paragraphs[frontEnd...]
        }
        addBody(body, to: &builder)
        return builder.article
    }

    /// The longest title-like paragraph of the front, or `nil`.
    private static func titleIndex(in front: ArraySlice<String>) -> Int? {
        var best: Int?
        for index in front.indices where PlainTextLines.isTitleLike(front[index]) {
            if best.map({ front[index].count > front[$0].count }) ?? true { best = index }
        }
        return best
    }

    /// Adds paragraphs as passages, following the section headings among them.
    private func addBody(_ paragraphs: [String], to builder: inout ArticleBuilder) {
        var section: [String] = []
        var kind = SectionHeading.Kind.body
        // A structured abstract has its own headings ("Background", "Results"); the body starts at
        // a later "Introduction", at a heading the abstract already had, or after many paragraphs.
        var abstractHeadings: Set<String> = []
        var abstractParagraphs = 0
        for paragraph in paragraphs {
            if let heading = PlainTextLines.heading(paragraph) {
                if kind == .abstract, heading.kind == .body, abstractParagraphs == 0 || heading.name != "introduction",
                    !abstractHeadings.contains(heading.name), abstractParagraphs < 8, let abstract = section.first
                {
                    abstractHeadings.insert(heading.name)
                    section = [abstract, heading.title]
                } else {
                    section = [heading.title]
                    kind = heading.kind
                    abstractHeadings = []
                    abstractParagraphs = 0
                }
                continue
            }
            if CaptionLabel.isBare(paragraph) { continue }
            // Under a known heading, a short title-like line is a subsection heading.
            if let top = section.first, PlainTextLines.isSubheading(paragraph) {
                section = [top, paragraph]
                continue
            }
            switch kind {
            case .references:
                continue
            case .abstract:
                abstractParagraphs += 1
                builder.add(.abstract, paragraph, section: section)
            case .body:
                builder.add(.paragraph, paragraph, section: section)
            }
        }
    }
}
