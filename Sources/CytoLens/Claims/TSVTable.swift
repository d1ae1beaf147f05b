import Foundation

/// One tab-separated table (a `lexicon/` file or a gold set): a header line naming the columns,
/// then one row per line. The claim and relation code reads its own tables with it; the mention
/// tagger has its own lexicon reader.
///
/// Blank lines are skipped. Cells are kept as written (no trimming beyond the line ending), so a
/// biologist's edit is read exactly as typed.
struct TSVTable: Sendable, Hashable {
    /// The column names from the header line.
    let columns: [String]
    /// The rows, each with one cell per column (missing trailing cells read as "").
    let rows: [[String]]
    /// The file name or label the table was read from, for error messages.
    let name: String

    /// Parses the text of a table. Lines end at `\n` (a `\r` before it is dropped); cells are cut
    /// at tabs in the UTF-8 bytes, which no other character contains.
    init(text: String, name: String) throws {
        self.name = name
        var text = text
        let lines: [[String]] = text.withUTF8 { bytes in
            var lines: [[String]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd])
                if String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace) { continue }
                lines.append(
                    line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                        String(decoding: $0, as: UTF8.self)
                    })
            }
            return lines
        }
        guard let header = lines.first else { throw TSVFileError(file: name, message: "the file is empty") }
        columns = header
        rows = lines.dropFirst().map { line in
            line.count < header.count ? line + Array(repeating: "", count: header.count - line.count) : line
        }
    }

    /// The table a lexicon has already read, as ``init(text:name:)`` reads the table's text
    /// written back (header, then each row's cells joined by tabs), without writing and reading it
    /// again. A table whose cells hold a tab, a line break or a carriage return, or whose header
    /// line reads as blank, is written back and read: only then could the two differ.
    init(lexiconTable table: LexiconTable, name: String) throws {
        let cells = [table.columns] + table.rows.map(\.cells)
        let reread = cells.contains { row in
            row.contains { cell in cell.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        }
        guard !reread, !TSVTable.readsAsBlank(table.columns) else {
            var text = table.columns.joined(separator: "\t") + "\n"
            for row in table.rows { text += row.cells.joined(separator: "\t") + "\n" }
            self = try TSVTable(text: text, name: name)
            return
        }
        self.name = name
        let header = table.columns
        columns = header
        rows = table.rows.lazy.map(\.cells).filter { !TSVTable.readsAsBlank($0) }.map { line in
            line.count < header.count ? line + Array(repeating: "", count: header.count - line.count) : line
        }
    }

    /// Whether cells joined by tabs make a line ``init(text:name:)`` skips as blank (all white
    /// space). A printable ASCII character is never white space nor part of a white space
    /// character, so a line with one is not blank and is not joined to find out.
    private static func readsAsBlank(_ cells: [String]) -> Bool {
        if cells.contains(where: { $0.utf8.contains { $0 > 0x20 && $0 < 0x7F } }) { return false }
        return cells.joined(separator: "\t").allSatisfy(\.isWhitespace)
    }

    /// Reads `name` (for example `claim_cues.tsv`) from a lexicon folder.
    init(folder: String, file: String) throws {
        let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TSVFileError(file: path, message: "cannot read the file")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), name: path)
    }

    /// The cells of one column, row by row.
    func column(_ column: String) throws -> [String] {
        guard let index = columns.firstIndex(of: column) else {
            throw TSVFileError(file: name, message: "no column named \"\(column)\"")
        }
        return rows.map { $0[index] }
    }

    /// The rows as records read by column name.
    func records() -> [TSVRecord] {
        rows.map { TSVRecord(columns: columns, cells: $0) }
    }
}

/// One row of a ``TSVTable``, read by column name: `row["cue"]` is the cell of the column `cue`
/// (of the last column so named), `nil` for a column the table does not have.
struct TSVRecord: Sendable, Hashable {
    /// The table's column names.
    let columns: [String]
    /// The row's cells, at least one per column.
    let cells: [String]

    /// The cell of a column, if the table has it.
    subscript(_ column: String) -> String? {
        columns.lastIndex(of: column).map { cells[$0] }
    }
}

/// A lexicon file that cannot be read or does not have the expected shape.
public struct TSVFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (path or label).
    public var file: String
    /// What is wrong, in words a person can act on.
    public var message: String

    /// Creates an error.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `file: message`.
    public var description: String { "\(file): \(message)" }
}
