import ArticleXML
import Testing

@Suite("Named entities in documents without a doctype")
struct DoctypelessEntityTests {
    @Test("DTD-only entities resolve through the HTML table when the doctype line is missing")
    func resolvedWithoutDoctype() throws {
        let bare = "<article><p>TNF-&alpha;&emsp;and IFN-&gamma; &#x3b2;</p></article>"
        for xml in [bare, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + bare, "\u{FEFF}<?xml version=\"1.0\"?>" + bare] {
            let root = try MarkupParser.parseXML(Array(xml.utf8))
            #expect(root.name == "article")
            #expect(root.text() == "TNF-α\u{2003}and IFN-γ β")
        }
    }

    @Test("A real error in such a document is reported at its own line, not as the entity")
    func realErrorWins() {
        do {
            _ = try MarkupParser.parseXML(Array("<?xml version=\"1.0\"?>\n<a>&alpha;\n<b></a>".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("mismatch"))
        }
    }

    @Test("Only a missing doctype is forgiven: an internal subset without the entity is still an error")
    func internalSubsetStillStrict() throws {
        #expect(throws: MarkupError.self) {
            try MarkupParser.parseXML(Array("<!DOCTYPE a [<!ENTITY b \"x\">]><a>&alpha;</a>".utf8))
        }
        // A name the HTML table does not know is dropped, as in documents that have a doctype.
        let root = try MarkupParser.parseXML(Array("<r>before&xxe;&alpha;after</r>".utf8))
        #expect(root.text() == "beforeαafter")
    }
}
