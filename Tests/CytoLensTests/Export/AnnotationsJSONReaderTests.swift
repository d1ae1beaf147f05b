import CytoLens
import Testing

@Suite("Reading `cytolens tag` JSON Lines back")
struct AnnotationsJSONReaderTests {
    @Test("Every fixture document survives a write and a read unchanged")
    func fixturesRoundTrip() throws {
        for document in GraphFixtures.documents {
            let line = AnnotationsJSON.line(document, layers: true)
            #expect(try AnnotationsJSONReader.annotations(fromLine: Array(line.utf8)) == document)
        }
    }

    @Test("Awkward text, optional fields and every mention kind round-trip")
    func awkward() throws {
        var document = GraphFixtures.makeArticle(
            source: "odd \"name\"\n\\path", pmid: "1",
            passages: [(.title, [], "Tab\there, quote \", slash \\, 🧬 and \u{2028}."), (.table, ["A", "B"], "IL-6\t3\tng/ml")]
        )
        .annotated()
        document.article.identifiers = ArticleIdentifiers(pmid: "1", pmcid: "PMC2", doi: "10.1/x\"y")
        document.mentions = [
            Mention(kind: .group, target: "TGFB", hgnc: nil, text: "TGF-β", start: 0, end: 5, sentence: 0),
            Mention(kind: .receptor, target: "IL6R", hgnc: "HGNC:6019", text: "IL-6R", start: 1, end: 2, sentence: 0),
            Mention(kind: .cytokine, target: "IL6", hgnc: nil, text: "IL-6", start: 3, end: 7, sentence: 0),
        ]
        document.claims = [
            Claim(
                cytokine: "IL6", polarity: .contextDependent, negated: true, negationCue: "not", hedged: true, hedgeCue: "may",
                effect: nil, cues: ["a", "b\"c"], sentence: 0,
                context: ClaimContext(cancer: "breast", evidence: "in_vitro", section: ["R"]))
        ]
        document.relations = [
            Relation(source: "A", target: "B", type: .synergizes, negated: true, hedged: true, sentence: 0, cues: [])
        ]
        let line = AnnotationsJSON.line(document, layers: true)
        #expect(try AnnotationsJSONReader.annotations(fromLine: Array(line.utf8)) == document)
    }

    @Test("`cytolens text` lines read as documents without layers")
    func textLines() throws {
        let document = GraphFixtures.makeArticle(source: "t", pmid: nil, passages: [(.paragraph, [], "One. Two.")]).annotated()
        let line = AnnotationsJSON.line(document)
        #expect(try AnnotationsJSONReader.annotations(fromLine: Array(line.utf8)) == document)
    }

    @Test("Real articles round-trip", .enabled(if: !RealDocuments.annotations.isEmpty, "no real documents"))
    func realDocuments() throws {
        for document in RealDocuments.annotations {
            let line = AnnotationsJSON.line(document, layers: true)
            #expect(try AnnotationsJSONReader.annotations(fromLine: Array(line.utf8)) == document, "\(document.article.source)")
        }
    }

    @Test(
        "Malformed lines say what is wrong",
        arguments: [
            ("{\"document\":", "not valid JSON"),
            ("{\"passages\":[],\"sentences\":[]}", "missing \"document\""),
            (
                "{\"document\":{\"source\":\"a\",\"title\":\"t\"},\"passages\":[{\"index\":0}],\"sentences\":[]}",
                "missing \"type\" at passages[0]"
            ),
            (
                "{\"document\":{\"source\":\"a\",\"title\":\"t\"},\"passages\":[],\"sentences\":[],\"mentions\":[{\"text\":\"x\"}]}",
                "missing \"cytokine\" at mentions[0]"
            ),
        ])
    func errors(line: String, message: String) {
        #expect(throws: AnnotationsJSONReader.ReadError(message: message)) {
            try AnnotationsJSONReader.annotations(fromLine: Array(line.utf8))
        }
    }

    @Test(
        "Annotations are recognized by their first key",
        arguments: [
            ("{\"document\":{}}", true), ("  { \"document\" : 1}", true), ("\u{FEFF}{\"document\"", true),
            ("{\"passages\":[]}", false),
            ("<article>", false), ("IL-6 promotes", false),
        ])
    func detection(prefix: String, expected: Bool) {
        #expect(AnnotationsJSONReader.looksLikeAnnotations(Array(prefix.utf8)) == expected)
    }
}
