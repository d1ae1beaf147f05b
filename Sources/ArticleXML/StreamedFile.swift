internal import CLibXML2

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read in chunks for libxml2's streaming reader, decompressed on the fly when it is
/// gzip'd.
///
/// libxml2 could open the path and gunzip it itself, but it ends the input quietly where a gzip
/// stream is truncated or corrupt, so a cut-off file would lose its last records without a word,
/// and it has no cap on the decompressed size. Here every such problem is a ``failure`` the caller
/// reports, and libxml2 never opens a path at all.
final class StreamedFile {
    /// Why reading stopped early, or `nil` while all is well.
    private(set) var failure: MarkupError?

    private let descriptor: Int32
    private let decompressedLimit: Int
    private let chunkSize = 1 << 16
    private let chunk: UnsafeMutablePointer<UInt8>
    // Bytes read from the file but not yet consumed, at `chunk[pendingStart..<pendingStart+pendingCount]`
    // for plain files; for gzip files zlib's `next_in`/`avail_in` track them.
    private var pendingStart = 0
    private var pendingCount = 0
    private var fileEnded = false
    // zlib keeps a pointer back to its z_stream, so the stream lives at a fixed address.
    private var inflater: UnsafeMutablePointer<z_stream>?
    private var streamEnded = false
    private var decompressedCount = 0
    private var attributeLimit = AttributeLimit()

    /// Opens `path` for reading.
    ///
    /// - Parameter decompressedLimit: the most bytes a gzip'd file may decompress to.
    /// - Throws: ``MarkupError`` when the file cannot be opened or read.
    init(path: String, decompressedLimit: Int) throws(MarkupError) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw MarkupError(message: StreamedFile.reason(errno)) }
        self.decompressedLimit = decompressedLimit
        chunk = .allocate(capacity: chunkSize)
        pendingCount = fill(chunk, chunkSize)
        if let failure {
            throw failure
        }
        if pendingCount >= 2, chunk[0] == 0x1f, chunk[1] == 0x8b {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard cxml_inflate_init(stream, 15 + 32) == Z_OK else {
                stream.deallocate()
                throw MarkupError(message: "cannot start gzip decoder")
            }
            stream.pointee.next_in = chunk
            stream.pointee.avail_in = UInt32(pendingCount)
            inflater = stream
        }
    }

    deinit {
        if let inflater {
            inflateEnd(inflater)
            inflater.deallocate()
        }
        chunk.deallocate()
        close(descriptor)
    }

    /// Fills `buffer` with up to `count` bytes of (decompressed) content.
    ///
    /// - Returns: the number of bytes written, 0 at the end, -1 after a failure.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard failure == nil else { return -1 }
        guard count > 0 else { return 0 }
        let produced = inflater.map { readGzip($0, into: buffer, count: count) } ?? readPlain(into: buffer, count: count)
        if failure == nil, !attributeLimit.scan(UnsafeBufferPointer(start: buffer, count: produced)) {
            failure = attributeLimit.violation
        }
        return failure == nil ? produced : -1
    }

    private func readPlain(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        if pendingCount > 0 {
            let n = min(count, pendingCount)
            buffer.update(from: chunk + pendingStart, count: n)
            pendingStart += n
            pendingCount -= n
            return n
        }
        return fill(buffer, count)
    }

    private func readGzip(_ stream: UnsafeMutablePointer<z_stream>, into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        var produced = 0
        while produced == 0 && !streamEnded {
            if stream.pointee.avail_in == 0 {
                let n = fill(chunk, chunkSize)
                if failure != nil { return 0 }
                stream.pointee.next_in = chunk
                stream.pointee.avail_in = UInt32(n)
            }
            stream.pointee.next_out = buffer
            stream.pointee.avail_out = UInt32(clamping: count)
            let status = inflate(stream, Z_NO_FLUSH)
            produced = count - Int(stream.pointee.avail_out)
            decompressedCount += produced
            if decompressedCount > decompressedLimit {
                failure = MarkupError(message: "decompressed size exceeds the input size limit of \(decompressedLimit) bytes")
                return 0
            }
            switch status {
            case Z_STREAM_END:
                // Concatenated gzip members are one stream to gunzip: go on if input remains.
                if stream.pointee.avail_in == 0 {
                    let n = fill(chunk, chunkSize)
                    if failure != nil { return 0 }
                    stream.pointee.next_in = chunk
                    stream.pointee.avail_in = UInt32(n)
                }
                if stream.pointee.avail_in == 0 {
                    streamEnded = true
                } else if inflateReset(stream) != Z_OK {
                    failure = MarkupError(message: "corrupt gzip data")
                }
            case Z_OK, Z_BUF_ERROR:
                // No progress with no input left means the file ended inside the stream.
                if produced == 0 && stream.pointee.avail_in == 0 && fileEnded {
                    failure = MarkupError(message: "truncated gzip data")
                }
            default:
                failure = MarkupError(message: "corrupt gzip data")
            }
            if failure != nil { return 0 }
        }
        return produced
    }

    /// Reads up to `count` bytes from the file; 0 at its end (and sets `fileEnded`) or on failure.
    private func fill(_ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        guard !fileEnded else { return 0 }
        while true {
            let n = readFile(descriptor, buffer, count)
            if n > 0 { return n }
            if n == 0 {
                fileEnded = true
                return 0
            }
            if errno == EINTR { continue }
            failure = MarkupError(message: StreamedFile.reason(errno))
            return 0
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory"
        case ELOOP: "too many levels of symbolic links"
        default: String(cString: strerror(code))
        }
    }
}

/// `read(2)`, under a name that the methods called `read` do not hide.
private func readFile(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
