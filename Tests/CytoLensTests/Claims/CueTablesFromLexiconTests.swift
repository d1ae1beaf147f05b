import Testing

@testable import CytoLens

@Suite("Cue tables taken over from a lexicon")
struct CueTablesFromLexiconTests {
    /// A table's text as the lexicon holds it: the header and every row, cells joined by tabs.
    static func text(of table: LexiconTable) -> String {
        ([table.columns] + table.rows.map(\.cells)).map { $0.joined(separator: "\t") + "\n" }.joined()
    }

    @Test("Every cue table of the built-in lexicon reads as its text re-read")
    func builtInTables() throws {
        let lexicon = try Lexicon.builtIn()
        var rows = 0
        for file in LexiconSchema.cueTables.keys.sorted() + [LexiconSchema.claimModel.file] {
            let table = try #require(lexicon.tables[file])
            let taken = TSVTable(lexiconTable: table)
            let reread = try TSVTable(text: Self.text(of: table), name: file)
            #expect(taken == reread, "\(file)")
            rows += taken.rows.count
        }
        #expect(rows > 2000)
    }

    @Test("A row of white space alone is skipped and a carriage return ending a row is dropped, as in the text")
    func blankRowsAndCarriageReturns() throws {
        let table = try LexiconTable(
            name: "hedge_cues.tsv",
            text: "cue\ttype\tsource\nmay\tspeculative\tcurated\n\u{A0}\t \t\nmight\tspeculative\tcurated\r\r\nthe\u{A0}end\n",
            origin: "test")
        #expect(table.rows.count == 4)
        let taken = TSVTable(lexiconTable: table)
        let reread = try TSVTable(text: Self.text(of: table), name: "hedge_cues.tsv")
        #expect(taken == reread)
        #expect(taken.rows.map { $0[0] } == ["may", "might", "the\u{A0}end"])
        #expect(taken.rows[1][2] == "curated")
    }
}
