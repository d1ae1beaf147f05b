internal import CLibXML2

/// Parses XML and HTML documents into ``MarkupElement`` trees, safely.
///
/// The parser never fetches from the network, never loads a DTD or external entity, never
/// substitutes entities (so entity expansion attacks have nothing to expand), and keeps
/// libxml2's depth and size limits. The libxml2 tree is freed before any function returns.
public enum MarkupParser {
    /// Parses a well-formed XML document and returns its root element.
    ///
    /// - Parameter bytes: the document; its encoding comes from the BOM or the XML declaration,
    ///   UTF-8 by default.
    /// - Throws: the first fatal error, with its line and column.
    public static func parseXML(_ bytes: [UInt8]) throws(MarkupError) -> MarkupElement {
        _ = LibXML2.initialized
        guard !bytes.isEmpty else { throw MarkupError(message: "empty document") }
        guard bytes.count < Int(Int32.max) else { throw MarkupError(message: "document larger than 2 GiB") }
        let result: Result<MarkupElement, MarkupError> = bytes.withUnsafeBufferPointer { buffer in
            guard let ctxt = xmlNewParserCtxt() else { return .failure(MarkupError(message: "out of memory")) }
            defer { xmlFreeParserCtxt(ctxt) }
            let sink = LibXML2.ErrorSink()
            sink.install(on: ctxt)
            let doc = sink.capturingThreadErrors {
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(ctxt, $0, Int32(buffer.count), nil, nil, LibXML2.secureXMLOptions)
                }
            }
            guard let doc else { return .failure(sink.first ?? MarkupError(message: "malformed XML")) }
            defer { xmlFreeDoc(doc) }
            if ctxt.pointee.wellFormed == 0, let first = sink.first { return .failure(first) }
            guard let root = xmlDocGetRootElement(doc) else {
                return .failure(MarkupError(message: "no root element"))
            }
            return .success(LibXML2.copyTree(root))
        }
        return try result.get()
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
