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

    /// A table of given columns and rows (each row with one cell per column).
    init(name: String, columns: [String], rows: [[String]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
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

    /// The rows as records read by column name; they share the table's column names, so no row
    /// builds a dictionary of its own.
    func records() -> [Record] {
        rows.map { Record(cells: $0, columns: columns) }
    }

    /// One row, read by column name.
    struct Record {
        let cells: [String]
        let columns: [String]

        /// The cell of a column, or `nil` when the table has no column of that name; a repeated
        /// column name reads the last column of that name. A table has a handful of columns, and
        /// comparing a few short names costs less than hashing one.
        subscript(column: String) -> String? {
            columns.lastIndex(of: column).map { cells[$0] }
        }
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
