internal import CLibXML2

/// Builds the ``MarkupDocument`` of an XML document straight from libxml2's SAX2 events, so that
/// libxml2 never builds (and frees) a tree of its own that ``LibXML2/copyTree(_:)`` would then
/// copy.
///
/// The result holds the tree `copyTree` makes of the document libxml2 would have built with the same
/// options: text runs merged, comments and processing instructions left out, entity references
/// resolved through the HTML 4 table only, attribute values as the tree would hold them.
/// libxml2's own handlers still run for everything else (the document, the internal subset and
/// its entity declarations), so parsing, well-formedness and errors are libxml2's, unchanged.
/// One difference: an element's line is the true line past 65,535, where libxml2's tree
/// stores 65,535 and guesses from neighbouring nodes.
///
/// Given record names, it builds one document per record instead (see ``init(installingOn:sink:records:)``).
///
/// The events of a nested parse that libxml2 runs to check an entity's replacement text arrive
/// with another parser context as user data; they are not part of the document and are ignored.
final class SAXDocumentBuilder {
    /// The first fatal error of the parse.
    let sink: LibXML2.ErrorSink
    private let context: xmlParserCtxtPtr
    /// The tree under construction, which the context's `_private` points to. It lives behind a
    /// pointer so that the event handlers, called once per tag and text run, reach and change it
    /// without reference counting and without the run-time exclusivity checks that every access to
    /// a class's stored `var` costs.
    private let state: UnsafeMutablePointer<State>

    /// Installs the builder's handlers and error sink on a parser context that is about to parse.
    ///
    /// - Parameter recordNames: when given, only elements with one of these local names become
    ///   documents, one per element (its subtree, records nested in it included), taken with
    ///   ``takeRecords()`` as the parse goes; everything outside them is skipped.
    init(
        installingOn context: xmlParserCtxtPtr, sink: LibXML2.ErrorSink = LibXML2.ErrorSink(),
        records recordNames: Set<String>? = nil
    ) {
        self.context = context
        self.sink = sink
        state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(context: context, sink: sink, recordNames: recordNames))
        context.pointee._private = UnsafeMutableRawPointer(state)
        let sax = context.pointee.sax!
        sax.pointee.serror = { userData, error in
            guard let state = SAXDocumentBuilder.state(userData, nested: true), let error else { return }
            state.pointee.sink.record(error)
        }
        sax.pointee.startElementNs = { userData, localName, _, _, _, _, attributeCount, defaultedCount, attributes in
            SAXDocumentBuilder.state(userData)?.pointee.startElement(
                localName, attributes, count: Int(attributeCount - defaultedCount))
        }
        sax.pointee.endElementNs = { userData, _, _, _ in
            SAXDocumentBuilder.state(userData)?.pointee.endElement()
        }
        let characters: charactersSAXFunc = { userData, characters, length in
            guard let state = SAXDocumentBuilder.state(userData), let characters, length > 0 else { return }
            state.pointee.appendText(characters, Int(length))
        }
        // The same function for both, as libxml2's own tree builder has when blanks are kept: the
        // parser then never asks whether white space is ignorable.
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        sax.pointee.cdataBlock = characters
        sax.pointee.reference = { userData, name in
            guard let state = SAXDocumentBuilder.state(userData), let name else { return }
            state.pointee.appendEntity(name)
        }
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        if recordNames != nil { installRecordHandlers(sax) }
    }

    /// The handlers of record mode: each event first releases the record held before it (see
    /// ``takeRecords(atEnd:)``), and a start tag outside any record starts one only for a record
    /// name. They are separate so that a whole document's parse pays for none of it.
    private func installRecordHandlers(_ sax: UnsafeMutablePointer<xmlSAXHandler>) {
        sax.pointee.startElementNs = { userData, localName, _, _, _, _, attributeCount, defaultedCount, attributes in
            guard let state = SAXDocumentBuilder.state(userData) else { return }
            state.pointee.releaseHeldRecord()
            guard state.pointee.enterElement() else { return }
            guard state.pointee.startsRecordContent(localName) else { return }
            state.pointee.startElement(localName, attributes, count: Int(attributeCount - defaultedCount))
        }
        sax.pointee.endElementNs = { userData, _, _, _ in
            guard let state = SAXDocumentBuilder.state(userData) else { return }
            state.pointee.releaseHeldRecord()
            state.pointee.depth -= 1
            state.pointee.endElement()
        }
        let characters: charactersSAXFunc = { userData, characters, length in
            guard let state = SAXDocumentBuilder.state(userData), let characters, length > 0 else { return }
            state.pointee.releaseHeldRecord()
            state.pointee.appendText(characters, Int(length))
        }
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        sax.pointee.cdataBlock = characters
        sax.pointee.reference = { userData, name in
            guard let state = SAXDocumentBuilder.state(userData), let name else { return }
            state.pointee.releaseHeldRecord()
            state.pointee.appendEntity(name)
        }
        // A comment or processing instruction after a record is something parsed after it.
        sax.pointee.comment = { userData, _ in SAXDocumentBuilder.state(userData)?.pointee.releaseHeldRecord() }
        sax.pointee.processingInstruction = { userData, _, _ in
            SAXDocumentBuilder.state(userData)?.pointee.releaseHeldRecord()
        }
    }

    deinit {
        state.pointee.utf8.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Detaches the builder from its context.
    func uninstall() {
        context.pointee._private = nil
    }

    /// The document, once parsed; `nil` when it has no root element.
    var document: MarkupDocument? {
        guard state.pointee.rootEnded else { return nil }
        var document = state.pointee.document
        document.utf8 = state.pointee.utf8.bytes
        return document
    }

    /// The records completed since the last call, in document order (record mode only).
    ///
    /// A record counts as complete once something is parsed after its end tag, as libxml2's
    /// streaming reader has it: a record followed at once by a fatal error is not reported (when
    /// the record is the root element, the error is extra content after it). `atEnd`, once the
    /// whole input is parsed without error, releases the last record too.
    func takeRecords(atEnd: Bool = false) -> [MarkupDocument] {
        if atEnd { state.pointee.releaseHeldRecord() }
        guard !state.pointee.records.isEmpty else { return [] }
        defer { state.pointee.records.removeAll(keepingCapacity: true) }
        return state.pointee.records
    }

    /// The local name of the first element, once it has started.
    var rootName: String? { state.pointee.rootName }

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

    /// The document under construction, the open elements and where the pending text starts.
    private struct State {
        let context: xmlParserCtxtPtr
        let sink: LibXML2.ErrorSink
        var document = MarkupDocument()
        /// The open elements, outermost first.
        var open: [Int32] = []
        /// The UTF-8 of the text runs and attribute values, `document.utf8` once parsed.
        var utf8 = ByteAccumulator(capacity: 1 << 16)
        /// Where the character data not yet made a text run starts in `utf8`.
        var pendingStart = 0
        /// Whether the root element has ended.
        var rootEnded = false
        /// Name indices by their libxml2 dictionary pointer, so that each distinct name is decoded
        /// once.
        var nameIndices = PointerIndexTable()
        /// The names of the elements that are records, or `nil` when the whole document is one.
        let recordNames: Set<String>?
        /// Completed records not yet taken.
        var records: [MarkupDocument] = []
        /// The record whose end tag is the last thing parsed: it joins `records` at the next event.
        var heldRecord: MarkupDocument?
        /// The number of open elements, inside records or not (record mode).
        var depth = 0
        /// The local name of the first element (record mode only).
        var rootName: String?

        init(context: xmlParserCtxtPtr, sink: LibXML2.ErrorSink, recordNames: Set<String>?) {
            self.context = context
            self.sink = sink
            self.recordNames = recordNames
            document.nodes.reserveCapacity(1 << 10)
        }

        mutating func nameIndex(_ chars: UnsafePointer<xmlChar>?) -> Int32 {
            // A missing name (never seen from libxml2) is the empty name, under a key of its own.
            let key = chars.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(bitPattern: 1)!
            return nameIndices.index(of: key) {
                document.names.append(chars.map { String(cString: $0) } ?? "")
                return Int32(document.names.count - 1)
            }
        }

        /// Moves the held record, if any, to `records`.
        mutating func releaseHeldRecord() {
            if let record = heldRecord {
                records.append(record)
                heldRecord = nil
            }
        }

        /// Whether a start tag is part of a record (record mode): inside one, or a record's own;
        /// outside any record, pending text is dropped and the first name kept as the root's.
        /// Counts a start tag in `depth`, or stops the parse with libxml2's own error when the
        /// document is nested deeper than libxml2's limit (`xmlParserMaxDepth`, 256, without
        /// `XML_PARSE_HUGE`). libxml2's push parser leaves that check to its tree builder, which
        /// record mode replaces; the error is the one the tree builder raises, at the same place.
        mutating func enterElement() -> Bool {
            guard depth < 257 else {
                if sink.first == nil {
                    sink.first = MarkupError(
                        message: "Excessive depth in document: 256 use XML_PARSE_HUGE option",
                        line: Int(context.pointee.input?.pointee.line ?? 0), column: Int(context.pointee.input?.pointee.col ?? 0))
                    sink.firstCode = Int32(XML_ERR_INTERNAL_ERROR.rawValue)
                }
                xmlStopParser(context)
                return false
            }
            depth += 1
            return true
        }

        mutating func startsRecordContent(_ localName: UnsafePointer<xmlChar>?) -> Bool {
            guard let recordNames, open.isEmpty else { return true }
            flushText()
            let name = localName.map { String(cString: $0) } ?? ""
            if rootName == nil { rootName = name }
            return recordNames.contains(name)
        }

        mutating func appendText(_ characters: UnsafePointer<xmlChar>, _ length: Int) {
            utf8.append(characters, count: length)
        }

        mutating func startElement(
            _ localName: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
        ) {
            flushText()
            let firstAttribute = document.attributes.count
            if let attributes, count > 0 {
                // Five pointers per attribute: local name, prefix, URI, value start, value end.
                for index in 0..<count {
                    let base = index * 5
                    guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    let name = nameIndex(attributes[base])
                    let valueStart = utf8.count
                    appendAttributeValue(start, end)
                    let value = MarkupDocument.Attribute(name: name, start: valueStart, end: utf8.count)
                    // A local name given twice (under two prefixes) keeps its first place and the
                    // last value, as a ``MarkupAttributes`` does.
                    var same = firstAttribute
                    while same < document.attributes.count && document.attributes[same].name != name { same += 1 }
                    if same < document.attributes.count {
                        document.attributes[same] = value
                    } else {
                        document.attributes.append(value)
                    }
                }
            }
            pendingStart = utf8.count
            let line = Int32(truncatingIfNeeded: context.pointee.input?.pointee.line ?? 0)
            // The end of its subtree is known when it ends.
            open.append(Int32(document.nodes.count))
            document.nodes.append(
                MarkupDocument.Node(
                    name: nameIndex(localName), line: line, subtreeEnd: -1, start: firstAttribute,
                    end: document.attributes.count))
        }

        mutating func endElement() {
            flushText()
            // The first element is the root, node 0; nothing outside it becomes a node.
            guard let element = open.popLast() else { return }
            document.nodes[Int(element)].subtreeEnd = Int32(document.nodes.count)
            if open.isEmpty {
                rootEnded = true
                if recordNames != nil { finishRecord() }
            }
        }

        /// Moves the record just ended to `records` and starts the next one afresh, names
        /// included, so that each record holds only its own content.
        private mutating func finishRecord() {
            var record = document
            record.utf8 = utf8.bytes
            heldRecord = record
            let nodeCount = document.nodes.count
            document = MarkupDocument()
            document.nodes.reserveCapacity(min(nodeCount, 1 << 12))
            nameIndices = PointerIndexTable()
            utf8.truncate(to: 0)
            pendingStart = 0
        }

        mutating func appendEntity(_ name: UnsafePointer<xmlChar>) {
            guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return }
            utf8.append(String(Character(scalar)))
        }

        /// Makes the pending character data a text run of the innermost open element.
        private mutating func flushText() {
            let end = utf8.count
            guard end > pendingStart else { return }
            if open.isEmpty {
                utf8.truncate(to: pendingStart)
            } else {
                let index = Int32(document.nodes.count)
                document.nodes.append(
                    MarkupDocument.Node(name: -1, line: 0, subtreeEnd: index + 1, start: pendingStart, end: end))
            }
            pendingStart = utf8.count
        }

        /// Appends the value as libxml2's tree would hold it. A value without `&` is the text as
        /// given; the parser leaves `&#38;` and references to declared entities in a value for the
        /// tree builder to expand, so such a value is expanded by the same libxml2 function and
        /// read as `copyTree` reads an attribute.
        private mutating func appendAttributeValue(_ start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) {
            let length = end - start
            let bytes = UnsafeBufferPointer(start: start, count: length)
            guard bytes.contains(UInt8(ascii: "&")) else {
                utf8.append(bytes)
                return
            }
            guard let list = xmlStringLenGetNodeList(context.pointee.myDoc, start, Int32(length)) else { return }
            defer { xmlFreeNodeList(list) }
            var node: xmlNodePtr? = list
            while let current = node {
                if let content = current.pointee.content {
                    utf8.append(content, count: Int(xmlStrlen(content)))
                }
                node = current.pointee.next
            }
        }
    }
}
