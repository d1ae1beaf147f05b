import Testing

@testable import CytoLens

/// ``TSVTable/init(lexiconTable:name:)`` takes a table the lexicon has read; it must be the table
/// read from the text written back, as the cue tables were built before.
@Suite("TSV tables")
struct TSVTableTests {
    /// ``init(text:name:)`` of the table's text written back (the former way).
    static func writtenBack(_ table: LexiconTable, name: String) throws -> TSVTable {
        var text = table.columns.joined(separator: "\t") + "\n"
        for row in table.rows { text += row.cells.joined(separator: "\t") + "\n" }
        return try TSVTable(text: text, name: name)
    }

    @Test("A lexicon's tables are read as their text written back")
    func builtInTables() throws {
        let lexicon = try Lexicon.builtIn()
        var rows = 0
        for (name, table) in lexicon.tables {
            let direct = try TSVTable(lexiconTable: table, name: name)
            #expect(direct == (try TSVTableTests.writtenBack(table, name: name)), "\(name)")
            rows += direct.rows.count
        }
        #expect(lexicon.tables.keys.contains("claim_cues.tsv") && rows > 1000, "\(rows)")
    }

    @Test(
        "Odd cells are read as their text written back",
        arguments: [
            "cue\ttype\nIL-6\tpro\n", "cue\ttype\n\u{A0}\t\u{2003}\nx\ty\n", "cue\ttype\n\u{301}\t \n",
            "cue\ttype\na\u{0D}b\tc\n",
            "cue\ttype\nshort\n", "\u{A0}\t\u{A0}\nrow\tone\n", "cue\ttype\nlast\tcell\u{0D}\u{0D}\n",
        ])
    func oddTables(text: String) throws {
        let table = try LexiconTable(name: "t.tsv", text: text, origin: "t.tsv")
        #expect(try TSVTable(lexiconTable: table, name: "t.tsv") == (try TSVTableTests.writtenBack(table, name: "t.tsv")))
    }

    @Test("A record reads a cell by column name")
    func records() throws {
        let table = try TSVTable(text: "cue\ttype\tcue\nIL-6\tpro\tlast\nTNF\n", name: "t.tsv")
        let records = table.records()
        #expect(records.map { $0["type"] } == ["pro", ""])
        #expect(records.map { $0["cue"] } == ["last", ""])
        #expect(records[0]["missing"] == nil)
    }
}
