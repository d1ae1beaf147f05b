import ArticleXML
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The defusedxml list of XML attacks: nothing may expand, no file or socket may be opened, and
/// each parse ends quickly with a clean result or an error.
@Suite("Hostile XML")
struct HostileXMLTests {
    private func parsesQuickly(_ xml: String) -> (text: String?, seconds: Double) {
        let start = Date()
        let text = (try? MarkupParser.parseXML(Array(xml.utf8)))?.text()
        return (text, Date().timeIntervalSince(start))
    }

    @Test("The loopback listener notices a connection (control for the network tests)")
    func listenerDetectsConnections() throws {
        let listener = try LoopbackListener()
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = listener.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        #expect(listener.wasContacted())
    }

    @Test("An external DTD is never fetched")
    func externalDTD() throws {
        let listener = try LoopbackListener()
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE article SYSTEM \"\(listener.url("jats.dtd"))\">\n<article><p>IL-6</p></article>"
        let result = parsesQuickly(xml)
        #expect(result.text == "IL-6")
        #expect(!listener.wasContacted())
    }

    @Test("An external entity with a URL is never fetched or expanded")
    func externalEntityURL() throws {
        let listener = try LoopbackListener()
        let xml = "<!DOCTYPE r [<!ENTITY e SYSTEM \"\(listener.url("e.xml"))\">]><r>a&e;b</r>"
        #expect(parsesQuickly(xml).text == "ab")
        #expect(!listener.wasContacted())
    }

    @Test("An external parameter entity is neither loaded nor fetched")
    func externalParameterEntity() throws {
        let listener = try LoopbackListener()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dtd = folder.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY leak \"LEAKED\">".utf8).write(to: dtd)
        for target in ["file://\(dtd.path)", listener.url("evil.dtd")] {
            let xml = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(target)\"> %p;]><r>x&leak;y</r>"
            let text = parsesQuickly(xml).text ?? ""
            #expect(!text.contains("LEAKED"))
        }
        #expect(!listener.wasContacted())
    }

    @Test("XInclude is not processed")
    func xinclude() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOPSECRET".utf8).write(to: secret)
        let xml = """
            <r xmlns:xi="http://www.w3.org/2001/XInclude">a<xi:include href="file://\(secret.path)" parse="text"/>b</r>
            """
        #expect(parsesQuickly(xml).text == "ab")
    }

    @Test("An XSLT processing instruction is ignored")
    func xsltInstruction() throws {
        let listener = try LoopbackListener()
        let xml = "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"\(listener.url("x.xsl"))\"?><r>IL-10</r>"
        #expect(parsesQuickly(xml).text == "IL-10")
        #expect(!listener.wasContacted())
    }

    @Test("Quadratic blowup does not expand")
    func quadraticBlowup() {
        let big = String(repeating: "A", count: 50_000)
        let refs = String(repeating: "&a;", count: 20_000)
        let xml = "<!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>\(refs)</r>"
        let result = parsesQuickly(xml)
        #expect((result.text ?? "").count < 1_000_000)
        #expect(result.seconds < 5)
    }

    @Test("100,000-deep nesting is an error, not a crash")
    func deepNesting() {
        let depth = 100_000
        let xml = String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
        #expect(throws: MarkupError.self) { try MarkupParser.parseXML(Array(xml.utf8)) }
    }

    @Test("Deeply nested HTML is read without overflowing the stack")
    func deepHTML() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "IL-6" + String(repeating: "</div>", count: depth)
        let root = MarkupParser.parseHTML(Array(html.utf8))
        #expect(root.name == "html")
    }
}
