import Foundation
import Testing

@testable import ArticleXML

/// `MarkupParser.parseXML` builds its tree from libxml2's parse events; these tests hold it to
/// the tree it used to copy out of libxml2's own tree: same elements, attributes, text, lines and
/// errors, on awkward documents and on every XML file of the shared corpus.
@Suite("Tree from parse events")
struct EventTreeBuilderTests {
    /// Both constructions' outcome: the tree, or the error.
    private func outcomes(_ bytes: [UInt8]) -> (
        events: Result<MarkupElement, MarkupError>, copy: Result<MarkupElement, MarkupError>
    ) {
        let events = Result { () throws(MarkupError) in try MarkupParser.parseXML(bytes, construction: .fromEvents) }
        let copy = Result { () throws(MarkupError) in try MarkupParser.parseXML(bytes, construction: .copyingLibXML2Tree) }
        return (events, copy)
    }

    @Test(
        "Awkward documents give the same tree or the same error",
        arguments: [
            // Entities: HTML 4 names with and without a doctype, unknown names, character references.
            "<a>TNF-&alpha;&emsp;x &unknown; y &#x3b2;&#946; &amp;&lt;&gt;&quot;&apos;</a>",
            "<!DOCTYPE a SYSTEM \"about:none\"><a>&alpha;<b>&nbsp;</b>&unknown;z</a>",
            // Declared internal entities, plain and with markup, used twice (libxml2 parses the
            // replacement text again on later uses), and in attribute values.
            "<!DOCTYPE a [<!ENTITY e \"plain\"><!ENTITY alpha \"A\"><!ENTITY m \"<b>x</b>y\">]><a>1&e;2&e;3&m;4&m;&alpha;</a>",
            "<!DOCTYPE a [<!ENTITY e \"val\"><!ENTITY f \"&#38;amp;\">]><a x=\"1&e;2\" y=\"&amp;&#38;&lt;\" z=\"&f;\">t</a>",
            "<!DOCTYPE a [<!ENTITY ext SYSTEM \"file:///etc/hostname\">]><a>before&ext;after</a>",
            // Attribute defaults from the internal subset are not added; white space in values.
            "<!DOCTYPE a [<!ATTLIST a d CDATA \"default\" n NMTOKENS #IMPLIED>]><a n=\" x  y \">t</a>",
            "<a t=\"line\nbreak\ttab\" e=\"\">x</a>",
            // Text around comments, processing instructions and CDATA merges into one run.
            "<a>one<!-- c -->two<?pi data?>three<![CDATA[<four>&amp;]]>five</a>",
            "<a>\n  <b>x</b>\n  <!-- c -->\n  <c/>\n</a>",
            // Namespaces: prefixes dropped from element and attribute names; xml:lang; a default
            // namespace; a local name given twice under two prefixes (the last one wins).
            "<j:article xmlns:j=\"urn:j\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><j:p xlink:href=\"u\" xml:lang=\"en\">t</j:p></j:article>",
            "<article xmlns=\"http://jats.nlm.nih.gov\"><p id=\"p1\">t</p></article>",
            "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:q\" p:id=\"first\" q:id=\"second\">t</a>",
            // Lines of elements, including a start tag whose attributes span lines.
            "<a>\n<b\n  x=\"1\"\n>\n<c/></b>\n\n<d>t</d></a>",
            // Errors: the first one, with its line and column.
            "<a>\n<b></a>",
            "<a>&undefined;</a>\n<b/>",
            "<a x=\"1\" x=\"2\"/>",
            "",
            "not xml",
            "<?xml version=\"1.0\"?>\n<a>&alpha;\n<b></a>",
            "<!DOCTYPE a [<!ENTITY b \"x\">]><a>&alpha;</a>",
            "<!DOCTYPE a [<!ENTITY l \"&l;\">]><a>&l;</a>",
        ])
    func awkwardDocuments(_ xml: String) {
        let (events, copy) = outcomes(Array(xml.utf8))
        #expect(events == copy)
    }

    @Test("Other encodings and a byte order mark give the same tree")
    func encodings() throws {
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a b=\"\u{E9}\">caf\u{E9} &#x3b3;</a>"
        let latin1 = text.unicodeScalars.map { UInt8($0.value & 0xFF) }
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<a>IFN-\u{3B3}</a>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let withMark: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a>x</a>".utf8)
        for bytes in [latin1, utf16, withMark] {
            let (events, copy) = outcomes(bytes)
            #expect(events == copy)
            #expect((try? events.get()) != nil)
        }
    }

    @Test("A billion laughs is rejected by both, with the same error")
    func billionLaughs() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml +=
                "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let (events, copy) = outcomes(Array(xml.utf8))
        #expect(events == copy)
    }

    @Test("Every XML file of the shared corpus gives the same tree or the same error")
    func sharedCorpus() throws {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        let corpus = folder.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("skipping: no shared corpus at \(corpus.path)")
            return
        }
        var compared = 0
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard ["xml", "nxml"].contains(url.pathExtension.lowercased()) else { continue }
            let bytes = [UInt8](try Data(contentsOf: url))
            let (events, copy) = outcomes(bytes)
            #expect(events == copy, "\(url.path)")
            compared += 1
        }
        #expect(compared > 300)
    }
}
