import ArticleXML
import Foundation
import Testing

@Suite("Secure XML parsing")
struct SecureParsingTests {
    @Test("Billion laughs is rejected quickly, not expanded")
    func billionLaughs() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 {
            let ref = "&lol\(level - 1);"
            xml += "<!ENTITY lol\(level) \"\(String(repeating: ref, count: 10))\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        let start = Date()
        let text = (try? MarkupParser.parseXML(Array(xml.utf8)))?.text() ?? ""
        #expect(text.count < 1000)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test("An external entity pointing at a local file is not loaded")
    func externalEntityNotLoaded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOPSECRET".utf8).write(to: secret)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <r>before&xxe;after</r>
            """
        let root = try MarkupParser.parseXML(Array(xml.utf8))
        #expect(root.text() == "beforeafter")
    }

    @Test("JATS named entities resolve without the DTD")
    func namedEntitiesWithoutDTD() throws {
        let xml = """
            <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
            <article><p>TNF-&alpha;&nbsp;and IFN-&gamma; &#x3b2;</p></article>
            """
        let root = try MarkupParser.parseXML(Array(xml.utf8))
        #expect(root.text() == "TNF-α\u{A0}and IFN-γ β")
    }

    @Test("The first error is reported with its location")
    func firstError() {
        #expect(throws: MarkupError.self) { try MarkupParser.parseXML(Array("<a>\n<b></a>".utf8)) }
        do {
            _ = try MarkupParser.parseXML(Array("<a>\n<b></a>".utf8))
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("mismatch"))
        }
    }

    @Test("HTML recovers from broken markup")
    func htmlRecovers() {
        let root = MarkupParser.parseHTML(Array("<p>IL-6 <b>promotes<p>growth</i><script>x()</script>".utf8))
        #expect(root.name == "html")
        #expect(root.text(skipping: ["script"]).contains("IL-6 promotes"))
    }
}
