#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// A temporary file for the `file` fuzz target, rewritten with each input. It is unlinked as soon
/// as it is made and reached through `/proc/self/fd`, so no file is left behind, even after a
/// crash; it lives in `/dev/shm` when there is one, so no disk is involved.
final class ScratchFile: Sendable {
    /// A path that opens the file.
    let path: String
    private let descriptor: Int32

    init() {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        let name = "\(folder)/cytolens-fuzz-\(getpid())"
        descriptor = open(name, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        unlink(name)
        path = "/proc/self/fd/\(descriptor)"
    }

    /// Replaces the content; `false` when the file cannot be written.
    func write(_ bytes: [UInt8]) -> Bool {
        guard descriptor >= 0, ftruncate(descriptor, 0) == 0 else { return false }
        return bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) } == bytes.count
    }
}
