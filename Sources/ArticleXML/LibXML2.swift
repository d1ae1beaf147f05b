internal import CLibXML2

/// Internal glue for libxml2: one-time initialization, the parse options we allow, error capture
/// and the copy of C trees into ``MarkupElement`` values.
enum LibXML2 {
    /// Runs `xmlInitParser` once, before any thread uses libxml2.
    static let initialized: Void = { xmlInitParser() }()

    /// No network, no entity substitution, no DTD loading, no XInclude, no huge documents:
    /// the depth and size limits of libxml2 stay on. Errors are captured, never printed.
    static let secureXMLOptions = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// HTML is parsed in recovery mode, without network access.
    static let secureHTMLOptions = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    static func string(_ chars: UnsafePointer<xmlChar>?) -> String? {
        guard let chars else { return nil }
        return String(cString: chars)
    }

    /// Keeps the first error of a parse; libxml2's own "last error" is usually a consequence of it.
    final class ErrorSink {
        var first: MarkupError?
        /// The libxml2 error code (`xmlParserErrors`) of ``first``.
        var firstCode: Int32 = 0

        func record(_ error: UnsafePointer<xmlError>) {
            guard first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            // An entity a DTD we never load would define: libxml2 says "error", but the document is
            // well-formed and the reference is resolved later (see `copyTree`).
            if error.pointee.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue) { return }
            firstCode = error.pointee.code
            var message = error.pointee.message.map { String(cString: $0) } ?? "malformed input"
            while message.last?.isNewline == true { message.removeLast() }
            first = MarkupError(message: message, line: Int(error.pointee.line), column: Int(error.pointee.int2))
        }

        /// Runs `body` with this thread's context-free libxml2 errors (encoding conversion, I/O)
        /// recorded here and its generic messages silenced, so that nothing reaches stderr and an
        /// input that fails to decode is an error rather than a quietly shortened document. The
        /// handlers are per thread and reset to libxml2's defaults afterwards.
        func capturingThreadErrors<Value>(_ body: () throws -> Value) rethrows -> Value {
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { userData, error in
                guard let userData, let error else { return }
                Unmanaged<ErrorSink>.fromOpaque(userData).takeUnretainedValue().record(error)
            }
            cxml_silence_generic_errors()
            defer {
                xmlSetStructuredErrorFunc(nil, nil)
                cxml_restore_generic_errors()
            }
            return try withExtendedLifetime(self) { try body() }
        }

        /// Routes the structured errors of a parser context to this sink through `_private`.
        func install(on ctxt: xmlParserCtxtPtr) {
            ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
            ctxt.pointee.sax.pointee.serror = { userData, error in
                guard let userData, let error else { return }
                let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                guard let raw = ctxt.pointee._private else { return }
                Unmanaged<ErrorSink>.fromOpaque(raw).takeUnretainedValue().record(error)
            }
        }
    }

    /// Copies an element and its subtree into Swift values, iteratively so that deep input
    /// cannot overflow the stack. Entity-reference nodes are never followed: only names of the
    /// HTML 4 table are resolved, which needs no DTD and cannot recurse.
    static func copyTree(_ root: xmlNodePtr) -> MarkupElement {
        struct Frame {
            var element: MarkupElement
            var next: xmlNodePtr?
        }
        var stack = [Frame(element: shallowCopy(root), next: root.pointee.children)]
        while true {
            let top = stack.count - 1
            guard let node = stack[top].next else {
                let done = stack.removeLast()
                if stack.isEmpty { return done.element }
                stack[stack.count - 1].element.children.append(.element(done.element))
                continue
            }
            stack[top].next = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                stack.append(Frame(element: shallowCopy(node), next: node.pointee.children))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    appendText(String(cString: content), to: &stack[top].element)
                }
            case XML_ENTITY_REF_NODE:
                if let name = node.pointee.name, let entity = htmlEntityLookup(name),
                    let scalar = Unicode.Scalar(entity.pointee.value)
                {
                    appendText(String(Character(scalar)), to: &stack[top].element)
                }
            default:
                break
            }
        }
    }

    private static func appendText(_ text: String, to element: inout MarkupElement) {
        guard !text.isEmpty else { return }
        if case .text(let previous) = element.children.last {
            element.children[element.children.count - 1] = .text(previous + text)
        } else {
            element.children.append(.text(text))
        }
    }

    private static func shallowCopy(_ node: xmlNodePtr) -> MarkupElement {
        var attributes = MarkupAttributes()
        var attribute = node.pointee.properties
        while let a = attribute {
            if let name = string(a.pointee.name) {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                attributes[name] = value
            }
            attribute = a.pointee.next
        }
        return MarkupElement(
            name: string(node.pointee.name) ?? "", attributes: attributes, children: [],
            line: Int(xmlGetLineNo(node)))
    }
}
