internal import CLibXML2

/// Builds the ``MarkupElement`` tree of an XML document straight from libxml2's SAX2 events, so
/// that libxml2 never builds (and frees) a tree of its own that ``LibXML2/copyTree(_:)`` would
/// then copy.
///
/// The result is the tree `copyTree` makes of the document libxml2 would have built with the same
/// options: text runs merged, comments and processing instructions left out, entity references
/// resolved through the HTML 4 table only, attribute values as the tree would hold them.
/// libxml2's own handlers still run for everything else (the document, the internal subset and
/// its entity declarations), so parsing, well-formedness and errors are libxml2's, unchanged.
/// One difference: ``MarkupElement/line`` is the true line past 65,535, where libxml2's tree
/// stores 65,535 and guesses from neighbouring nodes.
///
/// The events of a nested parse that libxml2 runs to check an entity's replacement text arrive
/// with another parser context as user data; they are not part of the document and are ignored.
final class SAXTreeBuilder {
    /// The first fatal error of the parse.
    let sink = LibXML2.ErrorSink()
    private let context: xmlParserCtxtPtr
    /// The tree under construction, which the context's `_private` points to. It lives behind a
    /// pointer so that the event handlers, called once per tag and text run, reach and change it
    /// without reference counting and without the run-time exclusivity checks that every access to
    /// a class's stored `var` costs.
    private let state: UnsafeMutablePointer<State>

    /// Installs the builder's handlers and error sink on a parser context that is about to parse.
    init(installingOn context: xmlParserCtxtPtr) {
        self.context = context
        state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(context: context, sink: sink))
        context.pointee._private = UnsafeMutableRawPointer(state)
        let sax = context.pointee.sax!
        sax.pointee.serror = { userData, error in
            guard let state = SAXTreeBuilder.state(userData, nested: true), let error else { return }
            state.pointee.sink.record(error)
        }
        sax.pointee.startElementNs = { userData, localName, _, _, _, _, attributeCount, defaultedCount, attributes in
            SAXTreeBuilder.state(userData)?.pointee.startElement(
                localName, attributes, count: Int(attributeCount - defaultedCount))
        }
        sax.pointee.endElementNs = { userData, _, _, _ in
            SAXTreeBuilder.state(userData)?.pointee.endElement()
        }
        let characters: charactersSAXFunc = { userData, characters, length in
            guard let state = SAXTreeBuilder.state(userData), let characters, length > 0 else { return }
            state.pointee.pendingText.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        // The same function for both, as libxml2's own tree builder has when blanks are kept: the
        // parser then never asks whether white space is ignorable.
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        sax.pointee.cdataBlock = characters
        sax.pointee.reference = { userData, name in
            guard let state = SAXTreeBuilder.state(userData), let name else { return }
            state.pointee.appendEntity(name)
        }
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Detaches the builder from its context.
    func uninstall() {
        context.pointee._private = nil
    }

    /// The root element, once the document has been parsed.
    var rootElement: MarkupElement? { state.pointee.root }

    /// The state of the document being parsed; `nil` for events of a nested parse unless
    /// `nested` (errors of a nested parse are the document's errors: libxml2 hands the nested
    /// context the same `_private`).
    private static func state(_ userData: UnsafeMutableRawPointer?, nested: Bool = false) -> UnsafeMutablePointer<State>? {
        guard let userData else { return nil }
        let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = ctxt.pointee._private else { return nil }
        let state = raw.assumingMemoryBound(to: State.self)
        return nested || state.pointee.context == ctxt ? state : nil
    }

    /// The open elements, the finished root and the text not yet added.
    private struct State {
        let context: xmlParserCtxtPtr
        let sink: LibXML2.ErrorSink
        var open: [MarkupElement] = []
        var root: MarkupElement?
        /// Character data not yet added to the innermost open element, as UTF-8.
        var pendingText: [UInt8] = []
        /// Names by their libxml2 dictionary pointer: the same name is always the same pointer
        /// within one parse, so each distinct name is decoded once.
        var names: [UnsafeRawPointer: String] = [:]

        init(context: xmlParserCtxtPtr, sink: LibXML2.ErrorSink) {
            self.context = context
            self.sink = sink
            pendingText.reserveCapacity(1 << 12)
        }

        mutating func name(_ chars: UnsafePointer<xmlChar>?) -> String {
            guard let chars else { return "" }
            let key = UnsafeRawPointer(chars)
            if let known = names[key] { return known }
            let decoded = String(cString: chars)
            names[key] = decoded
            return decoded
        }

        mutating func startElement(
            _ localName: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
        ) {
            flushText()
            var values = MarkupAttributes()
            if let attributes, count > 0 {
                // Five pointers per attribute: local name, prefix, URI, value start, value end.
                for index in 0..<count {
                    let base = index * 5
                    guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    values[name(attributes[base])] = attributeValue(start, end)
                }
            }
            let line = Int(context.pointee.input?.pointee.line ?? 0)
            open.append(MarkupElement(name: name(localName), attributes: values, children: [], line: line))
        }

        mutating func endElement() {
            flushText()
            guard let element = open.popLast() else { return }
            if open.isEmpty {
                if root == nil { root = element }
            } else {
                open[open.count - 1].children.append(.element(element))
            }
        }

        mutating func appendEntity(_ name: UnsafePointer<xmlChar>) {
            guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return }
            pendingText.append(contentsOf: String(Character(scalar)).utf8)
        }

        private mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            if !open.isEmpty {
                open[open.count - 1].children.append(.text(String(decoding: pendingText, as: UTF8.self)))
            }
            pendingText.removeAll(keepingCapacity: true)
        }

        /// The value as libxml2's tree would hold it. A value without `&` is the text as given;
        /// the parser leaves `&#38;` and references to declared entities in a value for the tree
        /// builder to expand, so such a value is expanded by the same libxml2 function and read as
        /// `copyTree` reads an attribute.
        private func attributeValue(_ start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) -> String {
            let length = end - start
            let bytes = UnsafeBufferPointer(start: start, count: length)
            guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
            guard let list = xmlStringLenGetNodeList(context.pointee.myDoc, start, Int32(length)) else { return "" }
            defer { xmlFreeNodeList(list) }
            var value = ""
            var node: xmlNodePtr? = list
            while let current = node {
                if let content = current.pointee.content { value += String(cString: content) }
                node = current.pointee.next
            }
            return value
        }
    }
}
