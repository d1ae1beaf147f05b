import Testing

@testable import CytoLens

@Suite("Lexicon table reading")
struct LexiconTableParseTests {
    /// The rows of a table's text by a plain reading: lines split at `\n` with a final `\r`
    /// dropped, blank lines (spaces and tabs alone) and `#` lines skipped, cells split at tabs
    /// and padded to the header's width. Each row is its cells and its 1-based line.
    static func plainRows(of text: String) -> (header: [String], rows: [(cells: [String], line: Int)]) {
        var header: [String]?
        var rows: [(cells: [String], line: Int)] = []
        // Bytes, not characters: "\r\n" is one character.
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            var line = Array(rawLine)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            guard let columns = header else {
                header = cells
                continue
            }
            rows.append((cells + Array(repeating: "", count: max(0, columns.count - cells.count)), offset + 1))
        }
        return (header ?? [], rows)
    }

    static func expectSameAsPlainReading(_ text: String, name: String) throws {
        let table = try LexiconTable(name: name, text: text, origin: "test")
        let plain = plainRows(of: text)
        #expect(table.columns == plain.header, "\(name)")
        #expect(table.rows.map(\.cells) == plain.rows.map(\.cells), "\(name)")
        #expect(table.rows.map(\.line) == plain.rows.map(\.line), "\(name)")
    }

    @Test("Every built-in table reads as a plain split of its text")
    func builtInTables() throws {
        var cells = 0
        for (name, text) in EmbeddedLexicon.files {
            try Self.expectSameAsPlainReading(text, name: name)
            cells += try LexiconTable(name: name, text: text, origin: "test").rows.reduce(0) { $0 + $1.cells.count }
        }
        #expect(cells > 40_000)
    }

    @Test("Cells equal to, longer or shorter than the cell above, empty cells, comments, blank lines and CRLF")
    func cellsAgainstTheCellAbove() throws {
        let text = [
            "name\tkind\ttarget\tflags",
            "IL-6\tcytokine\tIL6\tambiguous|needs_context",
            "IL-6\tcytokine\tIL6\tambiguous|needs_context",
            "IL-6R\tcytokine\tIL6R\tambiguous",
            "IL-6\tcytokin\tIL6\tambiguous|needs_context_x",
            "# a comment\tIL-6",
            " \t ",
            "",
            "\tcytokine\t\t",
            "\t\t\t",  // tabs alone: blank
            "TNF-\u{3B1}\tcytokine\tTNF\r",
            "TNF-\u{3B1}\tgroup",
            "TNF-\u{3B2}\tgroup\tTNF\tx\r",
            "  leading space\tgroup\tTNF",
            "last\tgroup\tTNF\tambiguous",
        ].joined(separator: "\n")
        try Self.expectSameAsPlainReading(text, name: "names.tsv")
        try Self.expectSameAsPlainReading(text + "\n", name: "names.tsv")
        let table = try LexiconTable(name: "names.tsv", text: text, origin: "test")
        #expect(table.rows[3].cells == ["IL-6", "cytokin", "IL6", "ambiguous|needs_context_x"])
        #expect(table.rows[4].cells == ["", "cytokine", "", ""])
        #expect(table.rows[5].cells == ["TNF-\u{3B1}", "cytokine", "TNF", ""])
        #expect(table.rows[6].cells == ["TNF-\u{3B1}", "group", "", ""])
    }

    @Test("A row with more cells than the header is an error at its line; an empty text has no header")
    func errors() {
        #expect(throws: LexiconError.self) {
            try LexiconTable(name: "names.tsv", text: "a\tb\n1\t2\n1\t2\t3\n", origin: "test")
        }
        let error = #expect(throws: LexiconError.self) {
            try LexiconTable(name: "names.tsv", text: "a\tb\n\n1\t2\t3\n", origin: "test")
        }
        #expect(error?.line == 3)
        #expect(throws: LexiconError.self) { try LexiconTable(name: "names.tsv", text: "", origin: "test") }
        #expect(throws: LexiconError.self) { try LexiconTable(name: "names.tsv", text: "\n \t\n# only\n", origin: "test") }
    }
}
