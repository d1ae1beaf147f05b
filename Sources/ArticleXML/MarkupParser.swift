internal import CLibXML2

/// Parses XML and HTML documents into ``MarkupElement`` trees, safely.
///
/// The parser never fetches from the network, never loads a DTD or external entity, never
/// substitutes entities (so entity expansion attacks have nothing to expand), and keeps
/// libxml2's depth and size limits. Nothing libxml2 allocates outlives a call. XML elements go
/// from libxml2's parse events straight into Swift values, without a libxml2 tree in between
/// (several times cheaper than building that tree and copying it); HTML is copied from
/// libxml2's tree.
public enum MarkupParser {
    /// Parses a well-formed XML document and returns its root element.
    ///
    /// A document without a doctype that uses named entities only a DTD defines (`&alpha;`,
    /// `&emsp;`) is not well-formed, yet common (a JATS file whose doctype line was stripped). It is
    /// read as if it had a doctype naming an external DTD: libxml2 then keeps such references as
    /// references, which the HTML 4 table resolves, as for documents that have their doctype. The
    /// DTD is still never loaded, and any other error in such a document is reported as usual
    /// (columns on the first line then count the inserted doctype).
    ///
    /// - Parameter bytes: the document; its encoding comes from the BOM or the XML declaration,
    ///   UTF-8 by default.
    /// - Throws: the first fatal error, with its line and column.
    public static func parseXML(_ bytes: [UInt8]) throws(MarkupError) -> MarkupElement {
        try parseXML(bytes, construction: .fromEvents)
    }

    /// Parses a well-formed XML document as ``parseXML(_:)`` does, into a flat
    /// ``MarkupDocument`` instead of a tree: the same content, much cheaper to build, walk and
    /// free, for readers that walk a whole document once.
    ///
    /// - Throws: the first fatal error, with its line and column, as ``parseXML(_:)`` does.
    public static func parseXMLDocument(_ bytes: [UInt8]) throws(MarkupError) -> MarkupDocument {
        switch try parse(bytes, construction: .fromEvents) {
        case .document(let document): return document
        case .tree(let root): return MarkupDocument(tree: root)
        }
    }

    /// A parse's result, as the construction made it.
    private enum Parsed {
        case document(MarkupDocument)
        case tree(MarkupElement)
    }

    private enum XMLOutcome {
        case parsed(Parsed)
        case failed(MarkupError)
        /// Failed only because of an entity a DTD would define, in a document without a doctype.
        case undeclaredEntityWithoutDoctype(MarkupError)
    }

    /// How ``parseXML(_:)`` turns libxml2's parse into a ``MarkupElement`` tree.
    enum TreeConstruction {
        /// From the ``MarkupDocument`` built straight from the parser's events
        /// (``SAXDocumentBuilder``): what ``parseXML(_:)`` does.
        case fromEvents
        /// By copying the tree libxml2 builds (``LibXML2/copyTree(_:)``): the reference the
        /// event builder is tested against.
        case copyingLibXML2Tree
    }

    /// ``parseXML(_:)`` with a choice of tree construction, for the tests that compare the two.
    static func parseXML(_ bytes: [UInt8], construction: TreeConstruction) throws(MarkupError) -> MarkupElement {
        switch try parse(bytes, construction: construction) {
        case .document(let document): document.tree(document.root)
        case .tree(let root): root
        }
    }

    private static func parse(_ bytes: [UInt8], construction: TreeConstruction) throws(MarkupError) -> Parsed {
        _ = LibXML2.initialized
        guard !bytes.isEmpty else { throw MarkupError(message: "empty document") }
        guard bytes.count < Int(Int32.max) - 64 else { throw MarkupError(message: "document larger than 2 GiB") }
        try AttributeLimit.check(bytes)
        switch parseXMLOnce(bytes, construction: construction) {
        case .parsed(let root):
            return root
        case .failed(let error):
            throw error
        case .undeclaredEntityWithoutDoctype(let error):
            guard let withDoctype = insertingDoctype(into: bytes) else { throw error }
            switch parseXMLOnce(withDoctype, construction: construction) {
            case .parsed(let root): return root
            // The entity was not the real problem: report the one that is.
            case .failed(let other), .undeclaredEntityWithoutDoctype(let other): throw other
            }
        }
    }

    private static func parseXMLOnce(_ bytes: [UInt8], construction: TreeConstruction) -> XMLOutcome {
        bytes.withUnsafeBufferPointer { buffer in
            guard let ctxt = xmlNewParserCtxt() else { return .failed(MarkupError(message: "out of memory")) }
            defer { xmlFreeParserCtxt(ctxt) }
            let builder: SAXDocumentBuilder?
            let sink: LibXML2.ErrorSink
            switch construction {
            case .fromEvents:
                builder = SAXDocumentBuilder(installingOn: ctxt)
                sink = builder!.sink
            case .copyingLibXML2Tree:
                builder = nil
                sink = LibXML2.ErrorSink()
                sink.install(on: ctxt)
            }
            defer { builder?.uninstall() }
            let doc = withExtendedLifetime(builder) {
                sink.capturingThreadErrors {
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlCtxtReadMemory(ctxt, $0, Int32(buffer.count), nil, nil, LibXML2.secureXMLOptions)
                    }
                }
            }
            defer { if let doc { xmlFreeDoc(doc) } }
            if doc == nil || ctxt.pointee.wellFormed == 0 {
                let error = sink.first ?? MarkupError(message: "malformed XML")
                let noDoctype = ctxt.pointee.intSubName == nil && ctxt.pointee.standalone != 1
                if sink.firstCode == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) && noDoctype {
                    return .undeclaredEntityWithoutDoctype(error)
                }
                if doc == nil || sink.first != nil { return .failed(error) }
            }
            if let builder {
                guard doc != nil, let document = builder.document else {
                    return .failed(MarkupError(message: "no root element"))
                }
                return .parsed(.document(document))
            }
            guard let doc, let root = xmlDocGetRootElement(doc) else {
                return .failed(MarkupError(message: "no root element"))
            }
            return .parsed(.tree(LibXML2.copyTree(root)))
        }
    }

    /// The document with `<!DOCTYPE x SYSTEM "about:none">` right after its XML declaration, on the
    /// same line so that line numbers stay right; `nil` for encodings that are not ASCII-based.
    private static func insertingDoctype(into bytes: [UInt8]) -> [UInt8]? {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.prefix(4).contains(0) {
            return nil
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[start...].starts(with: Array("<?xml".utf8)) {
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            start = end + 1
        }
        var result = Array(bytes[..<start])
        result.append(contentsOf: Array("<!DOCTYPE x SYSTEM \"about:none\">".utf8))
        result.append(contentsOf: bytes[start...])
        return result
    }

    /// Parses an HTML page, recovering from any malformation, and returns its `<html>` element.
    ///
    /// HTML parsing never fails on content; an empty page gives an empty `html` element.
    /// - Parameters:
    ///   - bytes: the page.
    ///   - encoding: the character set when known (from an HTTP header); otherwise the page's
    ///     `<meta charset>` or UTF-8 is used.
    public static func parseHTML(_ bytes: [UInt8], encoding: String? = nil) -> MarkupElement {
        _ = LibXML2.initialized
        let empty = MarkupElement(name: "html")
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return empty }
        return bytes.withUnsafeBufferPointer { buffer in
            // HTML recovers from everything; the sink only keeps libxml2 from printing.
            let doc = LibXML2.ErrorSink().capturingThreadErrors {
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, encoding, LibXML2.secureHTMLOptions)
                }
            }
            guard let doc else { return empty }
            defer { xmlFreeDoc(doc) }
            guard let root = xmlDocGetRootElement(doc) else { return empty }
            return LibXML2.copyTree(root)
        }
    }
}
