/// One article as read from an input file: identifiers, title and ordered passages of text.
///
/// All offsets are Unicode code point indices in *document coordinates*: the passage texts laid
/// end to end as the reader placed them (one `\n` apart for the formats we lay out ourselves; the
/// input's own offsets for BioC and PubTator).
public struct Article: Sendable, Hashable, Codable {
    /// Where the article came from: the input path as given (`-` for standard input), with
    /// `#N` appended for the N-th article (1-based) of a record set: always for PubMed, BioC and
    /// PubTator files (they are streamed, so the count is not known in advance), and for JATS
    /// only when a wrapper such as `<pmc-articleset>` holds more than one article.
    public var source: String
    /// PubMed id, PMC id and DOI, where the input gives them.
    public var identifiers: ArticleIdentifiers
    /// The article title, plain text.
    public var title: String
    /// The text of the article in reading order.
    public var passages: [Passage]

    /// Creates an article.
    public init(source: String, identifiers: ArticleIdentifiers = .init(), title: String = "", passages: [Passage] = []) {
        self.source = source
        self.identifiers = identifiers
        self.title = title
        self.passages = passages
    }

    /// The best identifier for people: PMID, then PMCID, then DOI, then the source.
    public var displayID: String {
        if let pmid = identifiers.pmid { return "PMID:\(pmid)" }
        if let pmcid = identifiers.pmcid { return pmcid }
        if let doi = identifiers.doi { return "doi:\(doi)" }
        return source
    }
}

/// The identifiers of an article; each is `nil` when the input does not give it.
public struct ArticleIdentifiers: Sendable, Hashable, Codable {
    /// PubMed id, digits only (`"31234567"`).
    public var pmid: String?
    /// PubMed Central id with its prefix (`"PMC6543210"`).
    public var pmcid: String?
    /// DOI without a resolver prefix (`"10.7554/eLife.12345"`).
    public var doi: String?

    /// Creates identifiers.
    public init(pmid: String? = nil, pmcid: String? = nil, doi: String? = nil) {
        self.pmid = pmid
        self.pmcid = pmcid
        self.doi = doi
    }
}

/// What part of an article a passage is.
public enum PassageType: String, Sendable, Hashable, Codable, CaseIterable {
    /// The article title.
    case title
    /// A paragraph of the abstract (structured abstracts give one passage per section).
    case abstract
    /// A body paragraph.
    case paragraph
    /// A figure or table caption (title and legend).
    case caption
    /// The text of one table row, cells separated by tabs.
    case table
}

/// A run of article text: a title, an abstract section, a paragraph, a caption or a table row.
public struct Passage: Sendable, Hashable, Codable {
    /// Position in the article's passage list, from 0.
    public var index: Int
    /// What kind of text this is.
    public var type: PassageType
    /// The section titles from the outermost to the innermost (`["Results", "IL-6 drives STAT3"]`);
    /// empty outside any titled section.
    public var section: [String]
    /// The code point offset of the first character in document coordinates.
    public var offset: Int
    /// The text, with markup removed and white space runs folded to one space (table rows keep
    /// one tab between cells).
    public var text: String

    /// Creates a passage.
    public init(index: Int, type: PassageType, section: [String], offset: Int, text: String) {
        self.index = index
        self.type = type
        self.section = section
        self.offset = offset
        self.text = text
    }

    /// The number of Unicode code points in ``text``.
    ///
    /// Counted on the UTF-8 bytes (every byte that does not continue a sequence starts a code
    /// point) in one branch-free pass, many times faster than walking the scalars.
    public var length: Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes { count &+= byte & 0xC0 == 0x80 ? 0 : 1 }
            return count
        } ?? text.unicodeScalars.count
    }

    /// The document-coordinate offset just past the last character.
    public var end: Int { offset + length }
}
