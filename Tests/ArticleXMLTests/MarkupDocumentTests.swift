import Foundation
import Testing

@testable import ArticleXML

/// `MarkupParser.parseXMLDocument` gives the flat document the JATS reader walks; these tests hold
/// its accessors to the `MarkupElement` tree of the same input, element by element.
@Suite("Flat markup document")
struct MarkupDocumentTests {
    /// Walks the document and the tree side by side and checks every accessor of every element.
    private func expectSame(_ document: MarkupDocument, _ tree: MarkupElement, _ label: String = "") {
        var pairs = [(document.root, tree)]
        while let (element, node) = pairs.popLast() {
            #expect(document.name(of: element) == node.name, "\(label)")
            #expect(document.line(of: element) == node.line, "\(label)")
            #expect(document.attributeCount(of: element) == node.attributes.count, "\(label)")
            for (name, value) in node.attributes.pairs {
                #expect(document.attribute(name, of: element) == value, "\(label) \(name)")
            }
            #expect(document.attribute("no-such-attribute", of: element) == nil)
            #expect(document.text(of: element) == node.text(), "\(label) <\(node.name)>")
            let children = Array(document.children(of: element))
            #expect(children.count == node.children.count, "\(label) <\(node.name)>")
            for (child, expected) in zip(children, node.children) {
                switch (child, expected) {
                case (.text(let run), .text(let text)):
                    #expect(document.string(of: run) == text)
                    #expect(run.byteCount == text.utf8.count)
                    var bytes: [UInt8] = []
                    document.appendUTF8(of: run, to: &bytes)
                    #expect(bytes == Array(text.utf8))
                case (.element(let childElement), .element(let childNode)):
                    pairs.append((childElement, childNode))
                default:
                    Issue.record("\(label): a text run and an element in the same place")
                }
            }
            #expect(Array(document.elements(of: element)).map { document.name(of: $0) } == node.elements.map(\.name))
            for name in Set(node.elements.map(\.name)) {
                let first = document.child(name, of: element)
                #expect(first.map { document.tree($0) } == node.child(name))
            }
            #expect(document.child("no-such-element", of: element) == nil)
        }
    }

    @Test("Accessors match the tree: names, lines, attributes under prefixes, text runs, entities")
    func accessors() throws {
        let xml = """
            <!DOCTYPE a [<!ENTITY e "val">]>
            <a xmlns:p="urn:p" xmlns:q="urn:q" p:id="first" q:id="second" x="1&e;2">lead &amp; <b
              k="v">bold<i>it</i></b> tail<![CDATA[<cd>]]><!-- c --><c/>
            <d>TNF-&#x3b1;</d></a>
            """
        let bytes = Array(xml.utf8)
        let document = try MarkupParser.parseXMLDocument(bytes)
        let tree = try MarkupParser.parseXML(bytes)
        expectSame(document, tree)
        #expect(document.attribute("id", of: document.root) == "second")
        #expect(document.attribute("x", of: document.root) == "1val2")
        #expect(document.text(of: document.root) == "lead & boldit tail<cd>\nTNF-\u{3B1}")
        #expect(Set(document.names).isSuperset(of: ["a", "b", "i", "c", "d", "id", "x", "k"]))
    }

    @Test("A tree made into a document and back is the same tree")
    func roundTrip() throws {
        let tree = MarkupElement(
            name: "r", attributes: ["a": "1", "b": ""],
            children: [
                .text("one"), .text("two"),
                .element(MarkupElement(name: "s", children: [.element(MarkupElement(name: "t", line: 3))], line: 2)),
                .text("\u{3B3} three"),
            ], line: 1)
        let document = MarkupDocument(tree: tree)
        #expect(document.tree(document.root) == tree)
        expectSame(document, tree)
    }

    @Test("Errors are the tree parser's errors")
    func errors() {
        for xml in ["<a>\n<b></a>", "", "not xml", "<a>&undefined;</a>\n<b/>"] {
            let flat = Result { () throws(MarkupError) in try MarkupParser.parseXMLDocument(Array(xml.utf8)) }
            let tree = Result { () throws(MarkupError) in try MarkupParser.parseXML(Array(xml.utf8)) }
            switch (flat, tree) {
            case (.failure(let a), .failure(let b)): #expect(a == b)
            default: Issue.record("\(xml) parsed")
            }
        }
    }

    @Test("Accessors match the tree on the XML files of the shared corpus")
    func sharedCorpus() throws {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        let corpus = folder.deletingLastPathComponent().appendingPathComponent("shared/corpus/jats")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("skipping: no shared corpus at \(corpus.path)")
            return
        }
        var compared = 0
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL, compared < 60 {
            guard ["xml", "nxml"].contains(url.pathExtension.lowercased()) else { continue }
            let bytes = [UInt8](try Data(contentsOf: url))
            guard let tree = try? MarkupParser.parseXML(bytes) else { continue }
            expectSame(try MarkupParser.parseXMLDocument(bytes), tree, url.lastPathComponent)
            compared += 1
        }
        #expect(compared == 60)
    }
}
