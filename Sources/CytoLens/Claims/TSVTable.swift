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

    /// Parses the text of a table.
    init(text: String, name: String) throws {
        self.name = name
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        lines.removeAll { $0.allSatisfy(\.isWhitespace) }
        guard let header = lines.first else { throw TSVFileError(file: name, message: "the file is empty") }
        columns = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        rows = lines.dropFirst().map { line in
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while cells.count < header.split(separator: "\t", omittingEmptySubsequences: false).count { cells.append("") }
            return cells
        }
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

    /// The rows as column-name → cell records.
    func records() -> [[String: String]] {
        rows.map { row in
            var record: [String: String] = [:]
            for (index, column) in columns.enumerated() { record[column] = row[index] }
            return record
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
