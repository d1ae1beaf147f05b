#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file's bytes straight into an array with POSIX calls: one buffer of the file's size,
/// filled in place, where `FileHandle` would first gather a `Data` that then has to be copied.
enum FileBytes {
    /// The first `limit` bytes of the file at `path` (all of it when `limit` is `nil`), or `nil`
    /// when the file cannot be opened or read.
    ///
    /// The size from `fstat` is only a first guess: reading goes on until the end of the file, so
    /// files that grow and files with no size (pipes, `/proc`) read whole too.
    static func read(_ path: String, limit: Int? = nil) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let wanted = limit ?? Int.max
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(wanted, max(size, 0))) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = Self.read(
                    descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])))
                guard let got else {
                    failed = true
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        if failed { return nil }
        // Past the expected size: usually one read that finds the end of the file, into a buffer
        // on the stack (a fresh heap buffer per file would cost more than the read).
        let ended = withUnsafeTemporaryAllocation(byteCount: 1 << 14, alignment: 16) { chunk -> Bool in
            while bytes.count < wanted {
                let room = min(chunk.count, wanted - bytes.count)
                guard let got = Self.read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: chunk[..<room])) else {
                    return false
                }
                if got == 0 { break }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<got]))
            }
            return true
        }
        if !ended { return nil }
        return bytes
    }

    /// One `read(2)` into `buffer`, retried when interrupted; `nil` on error, 0 at the end of file.
    private static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            #if canImport(Glibc)
                let got = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
                let got = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if got >= 0 { return got }
            if errno != EINTR { return nil }
        }
    }
}
