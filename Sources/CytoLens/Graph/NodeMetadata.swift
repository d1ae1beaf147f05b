/// What the graph shows about a node beyond the counts: a readable label, the HGNC id, the
/// family and the full name. The caller supplies it (from the lexicon, a TSV, or by hand), so the
/// graph does not depend on how the lexicon is loaded.
public struct NodeMetadata: Sendable, Hashable {
    /// A short name for people (`IL-6`, `TNF-α`); `nil` to derive it from the id.
    public var label: String?
    /// The HGNC id (`HGNC:6018`).
    public var hgnc: String?
    /// The family id (`IL6_FAMILY`, `CC_CHEMOKINE`).
    public var family: String?
    /// The approved full name (`interleukin 6`).
    public var name: String?

    /// Creates metadata.
    public init(label: String? = nil, hgnc: String? = nil, family: String? = nil, name: String? = nil) {
        self.label = label
        self.hgnc = hgnc
        self.family = family
        self.name = name
    }
}

/// Anything that can tell the graph about a node by its id.
public protocol NodeMetadataSource: Sendable {
    /// The metadata of a node (HGNC symbol or group id), or `nil` when unknown.
    func metadata(for id: String) -> NodeMetadata?
}

/// Metadata held in memory, by node id.
public struct NodeMetadataTable: NodeMetadataSource, Sendable, Hashable {
    /// The metadata by node id.
    public var entries: [String: NodeMetadata]

    /// Creates a table.
    public init(_ entries: [String: NodeMetadata] = [:]) {
        self.entries = entries
    }

    /// Reads a tab-separated table with a header line, such as `lexicon/cytokines.tsv`
    /// (`symbol hgnc ncbi family name …`) or `lexicon/groups.tsv` (`group type name members`).
    ///
    /// The id is the `symbol`, `group` or `id` column; `label`, `hgnc`, `family` and `name` are
    /// used when present; other columns are ignored; empty cells count as absent.
    /// - Throws: ``NodeMetadataTable/FormatError`` when the header has no id column.
    public init(tsv: String) throws(FormatError) {
        var lines = tsv.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.makeIterator()
        guard let header = lines.next() else { throw FormatError(message: "empty table") }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map { Self.trimmed($0).lowercased() }
        guard let idColumn = columns.firstIndex(where: { ["symbol", "group", "id"].contains($0) }) else {
            throw FormatError(message: "no 'symbol', 'group' or 'id' column in the header")
        }
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
        let label = column("label"), hgnc = column("hgnc"), family = column("family"), name = column("name")
        var entries: [String: NodeMetadata] = [:]
        while let line = lines.next() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
            func cell(_ index: Int?) -> String? {
                guard let index, cells.indices.contains(index), !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            guard let id = cell(idColumn) else { continue }
            entries[id] = NodeMetadata(label: cell(label), hgnc: cell(hgnc), family: cell(family), name: cell(name))
        }
        self.entries = entries
    }

    private static func trimmed(_ cell: Substring) -> String {
        String(cell.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// This table with the entries of `other` added; `other` wins where both have an id.
    public func adding(_ other: NodeMetadataTable) -> NodeMetadataTable {
        NodeMetadataTable(entries.merging(other.entries) { _, new in new })
    }

    /// The metadata of a node.
    public func metadata(for id: String) -> NodeMetadata? {
        entries[id]
    }

    /// Why a table could not be read.
    public struct FormatError: Error, Sendable, Hashable {
        /// A sentence a person can act on.
        public var message: String

        /// Creates an error.
        public init(message: String) {
            self.message = message
        }
    }
}
