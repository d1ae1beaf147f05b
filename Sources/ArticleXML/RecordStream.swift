internal import CLibXML2

/// Streams the records of a large XML file (one `<PubmedArticle>` at a time) without loading the
/// whole document, with the same security options as ``MarkupParser``.
///
/// Each record is expanded, copied into a ``MarkupElement`` and handed to the caller; libxml2
/// frees it as the reader moves on, so memory stays flat whatever the file size.
public struct RecordStream {
    /// Where the XML comes from.
    public enum Source {
        /// A file path; gzip-compressed files are decompressed on the fly, and a truncated or
        /// corrupt gzip stream is an error.
        case file(String)
        /// A document already in memory.
        case bytes([UInt8])
    }

    let source: Source
    let decompressedLimit: Int

    /// Creates a stream over a file or in-memory bytes.
    ///
    /// - Parameter decompressedLimit: the most bytes a gzip'd file may decompress to (a guard
    ///   against gzip bombs); plain files are streamed whatever their size.
    public init(_ source: Source, decompressedLimit: Int = Int.max) {
        self.source = source
        self.decompressedLimit = decompressedLimit
    }

    /// Calls `body` for every element whose local name is in `recordNames`, in document order;
    /// records nested inside a record are part of it and not reported separately.
    ///
    /// - Returns: the local name of the document's root element.
    /// - Throws: the first fatal parse error; records before it have already been reported.
    @discardableResult
    public func forEachRecord(
        named recordNames: Set<String>, _ body: (MarkupElement) throws -> Void
    ) throws -> String {
        _ = LibXML2.initialized
        // The sink is installed before the reader exists: opening it already decodes the input.
        let sink = LibXML2.ErrorSink()
        return try sink.capturingThreadErrors {
            switch source {
            case .file(let path):
                let file = try StreamedFile(path: path, decompressedLimit: decompressedLimit)
                return try withExtendedLifetime(file) {
                    let reader = xmlReaderForIO(
                        { context, buffer, count in
                            guard let context, let buffer else { return -1 }
                            let file = Unmanaged<StreamedFile>.fromOpaque(context).takeUnretainedValue()
                            let bytes = UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
                            return Int32(file.read(into: bytes, count: Int(count)))
                        }, nil, Unmanaged.passUnretained(file).toOpaque(), nil, nil, LibXML2.secureXMLOptions)
                    guard let reader else { throw sink.first ?? MarkupError(message: "cannot open for reading") }
                    // A read failure ends libxml2's input early; it is the real error, whatever
                    // libxml2 made of the shortened document.
                    do {
                        let root = try run(reader, sink, recordNames, body)
                        if let failure = file.failure { throw failure }
                        return root
                    } catch let error as MarkupError {
                        throw file.failure ?? error
                    }
                }
            case .bytes(let bytes):
                guard !bytes.isEmpty else { throw MarkupError(message: "empty document") }
                try AttributeLimit.check(bytes)
                return try bytes.withUnsafeBufferPointer { buffer in
                    let reader = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlReaderForMemory($0, Int32(clamping: buffer.count), nil, nil, LibXML2.secureXMLOptions)
                    }
                    guard let reader else { throw sink.first ?? MarkupError(message: "out of memory") }
                    return try run(reader, sink, recordNames, body)
                }
            }
        }
    }

    private func run(
        _ reader: xmlTextReaderPtr, _ sink: LibXML2.ErrorSink, _ recordNames: Set<String>,
        _ body: (MarkupElement) throws -> Void
    ) throws -> String {
        defer { xmlFreeTextReader(reader) }
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { userData, error in
                guard let userData, let error else { return }
                Unmanaged<LibXML2.ErrorSink>.fromOpaque(userData).takeUnretainedValue().record(error)
            }, sinkPointer)
        var rootName = ""
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
                let name = LibXML2.string(xmlTextReaderConstLocalName(reader)) ?? ""
                if rootName.isEmpty { rootName = name }
                if recordNames.contains(name) {
                    guard let node = xmlTextReaderExpand(reader) else {
                        // The parser read ahead and met an error. The record is still whole
                        // when something was parsed after it, so report it before the error.
                        if let current = xmlTextReaderCurrentNode(reader), current.pointee.next != nil {
                            try body(LibXML2.copyTree(current))
                        }
                        break
                    }
                    try body(LibXML2.copyTree(node))
                    status = xmlTextReaderNext(reader)
                    continue
                }
            }
            status = xmlTextReaderRead(reader)
        }
        if let error = sink.first { throw error }
        if status < 0 { throw MarkupError(message: "malformed XML") }
        if rootName.isEmpty { throw MarkupError(message: "no root element") }
        return rootName
    }
}
