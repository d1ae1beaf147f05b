/// A mention annotated by people in a BioC or PubTator file (BioRED, PubTator3 exports), for
/// scoring cytolens' own mentions against.
///
/// Offsets are code point indices in the input's own document coordinates, the same coordinates
/// as the ``Passage/offset`` of the articles ``BioCReader`` and ``PubTatorReader`` read from the
/// same input. Gold annotations are read separately from articles
/// (``BioCReader/annotations(in:)``, ``PubTatorReader/annotations(in:)``) so that reading
/// articles never depends on them.
public struct GoldAnnotation: Sendable, Hashable, Codable {
    /// The ``Article/source`` of the article the annotation belongs to (`path#N`): the key to
    /// join annotations with articles read from the same input.
    public var source: String
    /// The document id as the input writes it (a PMID in BioRED and PubTator files).
    public var document: String
    /// The code point offset of the first character, in document coordinates.
    public var start: Int
    /// The code point offset just past the last character, in document coordinates.
    public var end: Int
    /// The pieces of a discontinuous mention, in input order; one range covering
    /// ``start``..<``end`` for an ordinary mention.
    public var fragments: [Range<Int>]
    /// The mention text as the input gives it.
    public var text: String
    /// The entity type (`GeneOrGeneProduct`, `Gene`, `Chemical`, …).
    public var type: String
    /// The normalized identifiers (`3569`, `MESH:D003409`); empty when the input gives none or `-`.
    public var identifiers: [String]

    /// Creates an annotation; `fragments` defaults to the one range `start..<end`.
    public init(
        source: String, document: String, start: Int, end: Int, fragments: [Range<Int>]? = nil, text: String,
        type: String, identifiers: [String]
    ) {
        self.source = source
        self.document = document
        self.start = start
        self.end = end
        self.fragments = fragments ?? [start..<end]
        self.text = text
        self.type = type
        self.identifiers = identifiers
    }

    /// Splits an identifier field into identifiers: on commas (BioRED: `D004409,D006948`), and on
    /// semicolons (PubTator: `7124;7125`) unless the field is a variant in tmVar notation
    /// (`p|SUB|V|600|E;HGVS:p.V600E`), whose semicolons separate parts of one identifier.
    /// Empty parts and `-` are dropped.
    static func splitIdentifiers(_ field: String) -> [String] {
        let pieces =
            field.contains("|")
            ? field.split(separator: ",")
            : field.split(whereSeparator: { $0 == "," || $0 == ";" })
        return pieces.map { IdentifierCleaning.trim(String($0)) }.filter { !$0.isEmpty && $0 != "-" }
    }
}
