#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        public var location: String { origin + ":" + String(line) }
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
        // Work on the UTF-8 bytes in place (the built-in files are string literals, read where
        // they lie): tabs and newlines are ASCII, and cells are cut without grapheme rules.
        var text = text
        let parsed = text.withUTF8 { Self.parse($0, origin: origin, expectedColumns: expectedColumns) }
        let (header, rows) = try parsed.get()
        guard let header else { throw LexiconError(origin: origin, message: "empty file: no header line") }
        self.columns = header
        self.rows = rows
    }

    /// The header and rows of a file's bytes, or the first error.
    ///
    /// Line ends and tabs are found with `memchr`. A cell spelled as the cell above it (most
    /// cells of a column such as `kind` or `source`) takes that cell's `String` instead of
    /// decoding its bytes again.
    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, origin: String, expectedColumns: [String]?
    ) -> Result<(header: [String]?, rows: [Row]), LexiconError> {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return .success((nil, [])) }
        var header: [String]?
        var rows: [Row] = []
        // The cells of the row before, by column, and where each lies in `bytes`.
        var cellsAbove: [String] = []
        var rangesAbove: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = Self.index(of: 0x0A, in: base, from: lineStart, to: bytes.count)
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            // A line is blank when it holds spaces and tabs alone: one that starts otherwise is not.
            let first: UInt8? = contentEnd > lineStart ? bytes[lineStart] : nil
            if first == UInt8(ascii: "#") { continue }
            if first == nil || first == 0x20 || first == 0x09,
                UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]).allSatisfy({ $0 == 0x20 || $0 == 0x09 })
            {
                continue
            }
            var cells: [String] = []
            // One allocation per row: a row has as many cells as the header (more is an error).
            cells.reserveCapacity(header?.count ?? 8)
            var cellStart = lineStart
            while true {
                let cellEnd = Self.index(of: 0x09, in: base, from: cellStart, to: contentEnd)
                let column = cells.count
                let range = cellStart..<cellEnd
                if column < rangesAbove.count, rangesAbove[column].count == range.count,
                    memcmp(base + rangesAbove[column].lowerBound, base + range.lowerBound, range.count) == 0
                {
                    cells.append(cellsAbove[column])
                } else {
                    let cell = String(decoding: UnsafeBufferPointer(start: base + cellStart, count: range.count), as: UTF8.self)
                    cells.append(cell)
                    if column < rangesAbove.count {
                        cellsAbove[column] = cell
                    } else {
                        cellsAbove.append(cell)
                        rangesAbove.append(range)
                    }
                }
                rangesAbove[column] = range
                if cellEnd == contentEnd { break }
                cellStart = cellEnd + 1
            }
            guard let columns = header else {
                if let expectedColumns, cells != expectedColumns {
                    return .failure(
                        LexiconError(
                            origin: origin, line: lineNumber,
                            message:
                                "header is \(cells.joined(separator: " ")); expected \(expectedColumns.joined(separator: " "))"
                        ))
                }
                header = cells
                continue
            }
            if cells.count > columns.count {
                return .failure(
                    LexiconError(
                        origin: origin, line: lineNumber,
                        message: "\(cells.count) cells but the header has \(columns.count) columns (a tab inside a cell?)"))
            }
            if cells.count < columns.count { cells += repeatElement("", count: columns.count - cells.count) }
            rows.append(Row(cells: cells, origin: origin, line: lineNumber))
        }
        return .success((header, rows))
    }

    /// The index of the first `byte` in `start..<end` of a buffer, or `end` when there is none.
    private static func index(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// The index of a column, or `nil` when the table has no such column.
    public func column(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// Appends the rows of another file of the same table (an extending lexicon folder); rows
    /// identical to rows already present are skipped.
    ///
    /// - Throws: ``LexiconError`` when the other file's columns differ.
    public mutating func append(_ other: LexiconTable) throws(LexiconError) {
        guard other.columns == columns else {
            throw LexiconError(
                origin: other.rows.first?.origin ?? other.name,
                message:
                    "columns \(other.columns.joined(separator: " ")) differ from the built-in \(columns.joined(separator: " "))")
        }
        // A user folder that starts as a copy of lexicon/ repeats the built-in rows: identical rows
        // add nothing, so they are skipped rather than reported as duplicates.
        let present = Set(rows.map(\.cells))
        rows += other.rows.filter { !present.contains($0.cells) }
    }
}
