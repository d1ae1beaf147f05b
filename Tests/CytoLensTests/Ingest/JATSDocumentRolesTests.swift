import ArticleXML
import Testing

@testable import CytoLens

/// The roles a JATS document gives each element name are looked up once per document; these
/// tests hold them to the vocabulary's sets, name by name.
@Suite("JATS document roles")
struct JATSDocumentRolesTests {
    @Test("Every vocabulary name and some others get exactly the roles of the sets they are in")
    func rolesMatchVocabulary() throws {
        let sets: [(Set<String>, JATSDocument.Roles)] = [
            (JATSVocabulary.floats, .float), (JATSVocabulary.skipped, .skipped),
            (JATSVocabulary.inlineBlocks, .inlineBlock), (JATSVocabulary.inlineMarkup, .inlineMarkup),
            (JATSVocabulary.mathTokens, .mathToken),
        ]
        var names = sets.reduce(into: Set<String>()) { $0.formUnion($1.0) }
        names.formUnion(["xref", "math", "title", "article", "body", "p-x", "Sec", "unknown"])
        let xml = "<root>" + names.sorted().map { "<\($0)/>" }.joined() + "</root>"
        let document = JATSDocument(try MarkupParser.parseXMLDocument(Array(xml.utf8)))
        var checked = 0
        for element in document.elements(of: document.markup.root) {
            let name = document.name(of: element)
            for (set, role) in sets {
                #expect(document.is(element, role) == set.contains(name), "\(name)")
            }
            #expect(document.is(element, .crossReference) == (name == "xref"))
            #expect(document.is(element, .math) == (name == "math" || name == "inline-formula"))
            #expect(document.is(element, .displayFormula) == (name == "disp-formula" || name == "disp-formula-group"))
            #expect(document.is(element, .title) == (name == "title"))
            checked += 1
        }
        #expect(checked == names.count)
    }
}
