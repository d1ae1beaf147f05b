/// One TSV table of the lexicon: its columns and rows, each row remembering the file and line it
/// came from. Blank lines and lines starting with `#` are skipped.
public struct LexiconTable: Sendable {
    /// One data row.
    public struct Row: Sendable {
        /// The cells, one per column (missing trailing cells are empty strings).
        public var cells: [String]
        /// The file the row came from.
        public var origin: String
        /// The 1-based line in that file.
        public var line: Int

        /// Where the row is, as `origin:line`.
        public var location: String { "\(origin):\(line)" }
    }

    /// The file name (`names.tsv`).
    public let name: String
    /// The column names, from the header line.
    public let columns: [String]
    /// The rows in file order; rows of an extending file follow the built-in ones.
    public private(set) var rows: [Row]

    /// Parses a table from the text of one file.
    ///
    /// - Throws: ``LexiconError`` when the header is missing or differs from `expectedColumns`,
    ///   or a row has more cells than the header.
    public init(name: String, text: String, origin: String, expectedColumns: [String]? = nil) throws(LexiconError) {
        self.name = name
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                if let expectedColumns, cells != expectedColumns {
                    throw LexiconError(
                        origin: origin, line: lineNumber,
                        message: "header is \(cells.joined(separator: " ")); expected \(expectedColumns.joined(separator: " "))")
                }
                header = cells
                continue
            }
            if cells.count > columns.count {
                throw LexiconError(
                    origin: origin, line: lineNumber,
                    message: "\(cells.count) cells but the header has \(columns.count) columns (a tab inside a cell?)")
            }
            rows.append(
                Row(cells: cells + Array(repeating: "", count: columns.count - cells.count), origin: origin, line: lineNumber))
        }
        guard let header else { throw LexiconError(origin: origin, message: "empty file: no header line") }
        self.columns = header
        self.rows = rows
    }

    /// The index of a column, or `nil` when the table has no such column.
    public func column(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// Appends the rows of another file of the same table (an extending lexicon folder).
    ///
    /// - Throws: ``LexiconError`` when the other file's columns differ.
    public mutating func append(_ other: LexiconTable) throws(LexiconError) {
        guard other.columns == columns else {
            throw LexiconError(
                origin: other.rows.first?.origin ?? other.name,
                message:
                    "columns \(other.columns.joined(separator: " ")) differ from the built-in \(columns.joined(separator: " "))")
        }
        rows += other.rows
    }
}
