internal import CLibXML2

extension RecordStream {
    /// Calls `body` with each record as a flat ``MarkupDocument`` whose root is the record, as
    /// ``forEachRecord(named:_:)`` does with trees: the same records with the same content
    /// (``MarkupDocument/tree(_:)`` of each is the element that method reports).
    ///
    /// The records come straight from libxml2's parse events (``SAXDocumentBuilder`` in record
    /// mode), fed from the input a chunk at a time through a push parser: libxml2 builds no tree,
    /// and nothing is copied into ``MarkupElement`` values. Memory stays flat whatever the file
    /// size: a record is handed to `body` at the end of the chunk in which it ends, then freed.
    ///
    /// - Returns: the local name of the document's root element.
    /// - Throws: the first fatal parse error; every record that ended before it, with something
    ///   parsed in between, has already been reported.
    @discardableResult
    public func forEachRecordDocument(
        named recordNames: Set<String>, _ body: (MarkupDocument) throws -> Void
    ) throws -> String {
        _ = LibXML2.initialized
        // The sink is installed before the parser exists: creating it already decodes the input.
        let sink = LibXML2.ErrorSink()
        return try sink.capturingThreadErrors {
            switch source {
            case .file(let path):
                let file = try StreamedFile(path: path, decompressedLimit: decompressedLimit)
                // A read failure ends the input early; it is the real error, whatever libxml2
                // made of the shortened document.
                do {
                    let root = try pushParse(sink, recordNames, body) { file.read(into: $0, count: $1) }
                    if let failure = file.failure { throw failure }
                    return root
                } catch let error as MarkupError {
                    throw file.failure ?? error
                }
            case .bytes(let bytes):
                guard !bytes.isEmpty else { throw MarkupError(message: "empty document") }
                try AttributeLimit.check(bytes)
                var offset = 0
                return try pushParse(sink, recordNames, body) { buffer, count in
                    let n = min(count, bytes.count - offset)
                    bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + offset, count: n) }
                    offset += n
                    return n
                }
            }
        }
    }

    /// Parses the input `read` gives (up to `count` bytes into the buffer; 0 at the end, -1 on
    /// failure) and reports its records.
    private func pushParse(
        _ sink: LibXML2.ErrorSink, _ recordNames: Set<String>, _ body: (MarkupDocument) throws -> Void,
        read: (UnsafeMutablePointer<UInt8>, Int) -> Int
    ) throws -> String {
        let chunkSize = 1 << 16
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        var count = read(chunk, chunkSize)
        guard count >= 0 else { throw MarkupError(message: "cannot read") }
        // The first bytes go to the context as libxml2's own reader gives them: they tell the
        // encoding.
        let head = min(count, 4)
        let created = chunk.withMemoryRebound(to: CChar.self, capacity: chunkSize) {
            xmlCreatePushParserCtxt(nil, nil, $0, Int32(head), nil)
        }
        guard let ctxt = created else { throw sink.first ?? MarkupError(message: "out of memory") }
        defer {
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            ctxt.pointee.myDoc = nil
            xmlFreeParserCtxt(ctxt)
        }
        xmlCtxtUseOptions(ctxt, LibXML2.secureXMLOptions)
        let builder = SAXDocumentBuilder(installingOn: ctxt, sink: sink, records: recordNames)
        defer { builder.uninstall() }
        var start = head
        while true {
            let last = count == 0
            let pending = chunk.withMemoryRebound(to: CChar.self, capacity: chunkSize) { $0 + start }
            _ = xmlParseChunk(ctxt, pending, Int32(count - start), last ? 1 : 0)
            for record in builder.takeRecords(atEnd: last && sink.first == nil) { try body(record) }
            if sink.first != nil || last { break }
            count = read(chunk, chunkSize)
            start = 0
            guard count >= 0 else { throw MarkupError(message: "cannot read") }
        }
        if let error = sink.first { throw error }
        guard let root = builder.rootName else { throw MarkupError(message: "no root element") }
        return root
    }
}
