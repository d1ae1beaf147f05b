internal import CLibXML2

/// Decompresses gzip (and zlib) data in memory, with a cap on the output size so that a
/// "gzip bomb" costs a bounded amount of memory.
public enum Gunzip {
    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        return it.next() == 0x1f && it.next() == 0x8b
    }

    /// Why decompression failed.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// A sentence a person can act on.
        public var description: String
    }

    /// Decompresses all gzip members of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: gzip data.
    ///   - limit: the largest output accepted, in bytes.
    ///   - prefixOnly: stop quietly at `limit` instead of failing (for format sniffing).
    /// - Throws: ``Failure`` for corrupt or truncated data, or output over `limit`.
    public static func decompress(_ bytes: [UInt8], limit: Int, prefixOnly: Bool = false) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        var stream = z_stream()
        guard cxml_inflate_init(&stream, 15 + 32) == Z_OK else { throw Failure(description: "cannot start gzip decoder") }
        defer { inflateEnd(&stream) }
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let outcome: Failure? = bytes.withUnsafeBufferPointer { input -> Failure? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(clamping: input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                if output.count + produced > limit {
                    if prefixOnly {
                        output.append(contentsOf: chunk[0..<(limit - output.count)])
                        return nil
                    }
                    return Failure(description: "decompressed size exceeds the input size limit of \(limit) bytes")
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    // Concatenated gzip members are one stream to gunzip; go on if input remains.
                    if stream.avail_in == 0 { return nil }
                    if inflateReset(&stream) != Z_OK { return Failure(description: "corrupt gzip data") }
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 {
                        return prefixOnly ? nil : Failure(description: "truncated gzip data")
                    }
                case Z_BUF_ERROR:
                    return prefixOnly ? nil : Failure(description: "truncated gzip data")
                default:
                    return Failure(description: "corrupt gzip data")
                }
            }
        }
        if let outcome { throw outcome }
        return output
    }
}
