import Foundation

/// Counts what the JATS reader claims to emit — paragraphs, captions, table rows — with XPath 1.0
/// evaluated by `xmllint`, independently of the reader's tree walk.
///
/// The rules are the reader's documented policy, written out again here as XPath (not shared
/// with the reader's code, so a change on either side shows up as a disagreement):
/// - a *paragraph* is a `<p>` outside front matter, abstracts, captions, tables, figures,
///   definition lists and the skipped regions, not nested in another `<p>` (unless a box lies
///   between them), with some text outside skipped inline elements (citations, formulas, floats);
///   plus runs of stray text directly in a block container, and definition-list items;
/// - a *caption* is a `<caption>` of a float with such text, plus a table whose only text is its
///   footnotes;
/// - a *table row* is a `<tr>`/`<row>` of a read table with such text.
enum JATSXPathCounts {
    /// The three counts for one file.
    struct Counts: Equatable, CustomStringConvertible {
        var paragraphs: Int
        var captions: Int
        var tableRows: Int

        var description: String { "\(paragraphs) paragraphs, \(captions) captions, \(tableRows) table rows" }
    }

    /// The `xmllint` executable, or `nil` when it is not installed.
    static let xmllint: URL? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders + ["/usr/bin"] {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("xmllint")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// Runs `xmllint --xpath` on one file.
    static func counts(of file: URL, using xmllint: URL) throws -> Counts {
        let process = Process()
        process.executableURL = xmllint
        process.arguments = ["--nonet", "--xpath", expression, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let numbers = String(decoding: data, as: UTF8.self).split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard numbers.count == 6 else { throw CocoaError(.fileReadCorruptFile) }
        return Counts(
            paragraphs: numbers[0] + numbers[1] + numbers[2], captions: numbers[3] + numbers[4], tableRows: numbers[5])
    }

    // MARK: The expression, from named parts

    private static func named(_ name: String) -> String { "local-name()='\(name)'" }

    private static func anyNamed(_ names: [String]) -> String {
        "(" + names.map(named).joined(separator: " or ") + ")"
    }

    private static func oneOf(_ attribute: String, _ values: [String]) -> String {
        "(" + values.map { "\(attribute)='\($0)'" }.joined(separator: " or ") + ")"
    }

    private static let skippedSubArticles = [
        "decision-letter", "reply", "article-commentary", "referee-report", "ref-report", "editor-report",
        "author-comment", "aggregated-review-documents", "review-report", "translation", "correction", "retraction",
    ]
    private static let skippedAbstracts = ["teaser", "toc", "precis", "graphical"]
    private static let boilerplateTypes = [
        "additional-information", "coi-statement", "author-contribution", "author-contributions", "data-availability",
        "datasets", "funding-information", "ethics-statement", "acknowledgment", "acknowledgments",
    ]
    private static let boilerplateTitles = [
        "acknowledg", "author contribution", "authors contribution", "authors' contribution", "authorship contribution",
        "credit author", "contributors", "competing interest", "competing financial interest", "conflict of interest",
        "conflicts of interest", "declaration of interest", "declaration of competing", "disclosure", "funding",
        "financial support", "data availability", "data and code availability", "data and materials availability",
        "data and material availability", "availability of data", "ethics statement", "ethics approval",
        "ethical approval", "consent for publication", "abbreviations", "author information",
        "author and article information", "publisher's note",
    ]
    private static let floats = [
        "fig", "fig-group", "table-wrap", "table-wrap-group", "boxed-text", "supplementary-material", "media",
        "chem-struct-wrap",
    ]

    /// An administrative section, by lower-cased `sec-type` or title start.
    private static let boilerplateSection: String = {
        let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u{2019}"
        let lower = "abcdefghijklmnopqrstuvwxyz'"
        let title = "translate(normalize-space(*[\(named("title"))]), \"\(upper)\", \"\(lower)\")"
        let type = "translate(@sec-type, \"\(upper)\", \"\(lower)\")"
        let titles = boilerplateTitles.map { "starts-with(\(title), \"\($0)\")" }.joined(separator: " or ")
        return "(\(named("sec")) and (\(oneOf(type, boilerplateTypes)) or \(titles)))"
    }()

    /// Regions never read, wherever they are.
    private static let skippedRegion = [
        anyNamed([
            "ref-list", "ref", "mixed-citation", "element-citation", "nlm-citation", "citation", "fn-group", "fn", "ack",
            "glossary", "notes", "sec-meta", "kwd-group", "permissions", "disp-formula", "disp-formula-group", "response",
            "trans-abstract", "front-stub", "processing-meta", "label", "title",
        ]),
        "(\(named("sub-article")) and \(oneOf("@article-type", skippedSubArticles)))",
        "(\(named("abstract")) and \(oneOf("@abstract-type", skippedAbstracts)))",
        boilerplateSection,
    ].joined(separator: " or ")

    /// Inline elements whose text is not kept (citations, markers, formulas as markup, floats).
    private static let droppedInline = [
        anyNamed(
            [
                "fn", "label", "tex-math", "graphic", "inline-graphic", "alt-text", "long-desc", "object-id",
                "private-char", "annotation", "annotation-xml", "attrib", "ref", "mixed-citation", "element-citation",
                "nlm-citation", "citation", "disp-formula", "disp-formula-group", "sec-meta", "kwd-group", "permissions",
                "table-wrap-foot",
            ] + floats),
        "(\(named("xref")) and \(oneOf("@ref-type", ["bibr", "fn", "table-fn", "author-notes", "corresp", "aff"])))",
    ].joined(separator: " or ")

    /// `//*[owner]` that have non-blank text outside dropped inline elements.
    private static func withText(_ owner: String) -> String {
        "//*[\(owner)][count(.//text()[normalize-space()]) > count(.//*[\(droppedInline)]//text()[normalize-space()])]"
    }

    private static let notParagraphRegion = anyNamed([
        "front", "abstract", "caption", "table-wrap", "table", "fig", "supplementary-material", "media",
        "chem-struct-wrap", "def-list",
    ])

    private static let paragraph =
        "(\(named("p")) and not(ancestor::*[\(skippedRegion) or \(notParagraphRegion)])"
        + " and not(count(ancestor::*[\(named("p"))][1]/ancestor::*) > count(ancestor::*[\(named("boxed-text"))][1]/ancestor::*)))"

    private static let strayTextContainer = anyNamed([
        "body", "sec", "app", "app-group", "back", "floats-group", "list", "list-item", "disp-quote", "boxed-text",
        "statement",
    ])

    private static let outsideFrontUnlessAbstract = "(not(ancestor::*[\(named("front"))]) or ancestor::*[\(named("abstract"))])"
    private static let inTable = anyNamed(["table", "td", "th", "entry"])

    private static let caption =
        "(\(named("caption")) and parent::*[\(anyNamed(floats))] and not(ancestor::*[\(skippedRegion)])"
        + " and \(outsideFrontUnlessAbstract) and not(ancestor::*[\(inTable)]))"

    private static let row =
        "(\(anyNamed(["tr", "row"])) and count(ancestor::*[\(named("table"))])=1 and ancestor::*[\(named("table-wrap"))]"
        + "[not(ancestor-or-self::*[\(skippedRegion)])][\(outsideFrontUnlessAbstract)][not(ancestor::*[\(anyNamed(["td", "th", "entry", "caption"]))])])"

    private static let expression: String = {
        let blockOrSkipped =
            "\(skippedRegion) or \(anyNamed(["front", "abstract", "caption", "table-wrap", "table", "fig", "p"]))"
        let paragraphs = "count(\(withText(paragraph)))"
        let strayText =
            "count(//text()[normalize-space()]/parent::*[\(strayTextContainer)][not(ancestor-or-self::*[\(blockOrSkipped)])])"
        let definitions = "count(//*[\(named("def-item"))][not(ancestor::*[\(blockOrSkipped)])][normalize-space()])"
        let captions = "count(\(withText(caption)))"
        let footnoteOnlyTables =
            "count(//*[\(named("table-wrap"))][not(ancestor::*[\(skippedRegion)])][\(outsideFrontUnlessAbstract)]"
            + "[not(ancestor::*[\(inTable)])][normalize-space(*[\(named("table-wrap-foot"))])][not(normalize-space(*[\(named("caption"))]))])"
        let rows = "count(\(withText(row)))"
        let parts = [paragraphs, strayText, definitions, captions, footnoteOnlyTables, rows]
        return "concat(" + parts.joined(separator: ", \" \", ") + ")"
    }()
}
