/// What a paragraph of plain text is, judged by its shape and a few generic cues: an
/// affiliation, a title, a section heading, or prose. (Page chrome is ``PageChromeText``'s call.)
enum PlainTextLines {
    /// Words that mark an affiliation line.
    private static let affiliationWords: [String] = [
        "university", "institute", "hospital", "college", "department", "school of", "laboratory", "faculty",
        "centre", "center for", "academy",
    ]

    /// Whether a short paragraph names an institution (an affiliation line of the front matter).
    static func isAffiliation(_ paragraph: String) -> Bool {
        guard paragraph.count <= 300, !paragraph.hasSuffix(".") || paragraph.count < 120 else { return false }
        return ASCIICaseless.containsAny(paragraph, affiliationWords)
    }

    /// Whether a paragraph reads like a title: one line of a few words without final punctuation,
    /// not a list of names (three or more commas) and not an affiliation.
    static func isTitleLike(_ paragraph: String) -> Bool {
        guard paragraph.count >= 8, paragraph.count <= 300 else { return false }
        guard let last = paragraph.last, !".:;,".contains(last) else { return false }
        guard paragraph.split(separator: " ").count >= 2 else { return false }
        if PlainTextParagraphs.startsListItem(Substring(paragraph)) { return false }
        if paragraph.filter({ $0 == "," }).count >= 3 { return false }
        return !isAffiliation(paragraph) && heading(paragraph) == nil
    }

    /// Whether a paragraph is a short heading-like line: a few words, capitalised, without final
    /// punctuation ("Strain differences", "QTL Analysis").
    static func isSubheading(_ paragraph: String) -> Bool {
        guard paragraph.count <= 100, let first = paragraph.first, first.isUppercase || first.isNumber else { return false }
        guard let last = paragraph.last, !".:;,?!".contains(last) else { return false }
        return paragraph.split(separator: " ").count <= 12 && !PlainTextParagraphs.startsListItem(Substring(paragraph))
    }

    /// Prose: long enough and made of sentences.
    static func isProse(_ paragraph: String) -> Bool {
        paragraph.count >= 200 && (paragraph.hasSuffix(".") || ASCIICaseless.contains(paragraph, ". "))
    }

    /// A section heading recognised by name ("Abstract", "2. Methods", "RESULTS:"), or `nil`.
    static func heading(_ paragraph: String) -> SectionHeading? {
        guard paragraph.count <= 60 else { return nil }
        var key = Substring(paragraph.lowercased())
        key = key.drop { $0.isNumber || $0 == "." || $0 == " " || $0 == ")" }
        while let last = key.last, last == ":" || last == "." || last == " " { key = key.dropLast() }
        let name = String(key)
        if ["abstract", "summary", "author summary", "structured abstract"].contains(name) {
            return SectionHeading(title: paragraph, name: name, kind: .abstract)
        }
        if ["references", "bibliography", "literature cited", "reference list", "works cited"].contains(name) {
            return SectionHeading(title: paragraph, name: name, kind: .references)
        }
        let body: Set<String> = [
            "background", "introduction", "methods", "materials and methods", "material and methods",
            "methods and materials", "patients and methods", "results", "discussion", "results and discussion",
            "conclusion", "conclusions", "objective", "objectives", "aim", "aims", "purpose", "design",
            "findings", "interpretation", "significance", "limitations", "acknowledgements", "acknowledgments",
            "funding", "author contributions", "conflict of interest", "conflicts of interest",
            "competing interests", "abbreviations", "supplementary material", "data availability",
            "ethics statement", "case presentation", "case report",
        ]
        return body.contains(name) ? SectionHeading(title: paragraph, name: name, kind: .body) : nil
    }
}

/// A section heading of plain text and what it opens.
struct SectionHeading {
    /// What kind of section a heading opens.
    enum Kind {
        /// The abstract: its paragraphs are abstract passages.
        case abstract
        /// The reference list: left out.
        case references
        /// Any other section.
        case body
    }

    /// The heading as written, without a trailing colon.
    var title: String
    /// The heading lower-cased, without numbering or punctuation ("2. Results:" → "results").
    var name: String
    /// What it opens.
    var kind: Kind

    init(title: String, name: String, kind: Kind) {
        var clean = Substring(title)
        while let last = clean.last, last == ":" || last == " " { clean = clean.dropLast() }
        self.title = String(clean)
        self.name = name
        self.kind = kind
    }
}
