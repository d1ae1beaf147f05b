#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and error for the CLI: buffered, and quiet when the reader of a pipe goes
/// away (`cytolens text corpus/ | head` ends without a crash or an error message).
enum Console {
    /// Ignores SIGPIPE so that a closed pipe shows up as a write error we handle.
    static func setUp() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes a line to standard output; exits quietly with status 0 if the pipe is closed.
    static func writeLine(_ line: String) {
        var text = line
        text += "\n"
        let ok = text.withUTF8 { buffer in
            fwrite(buffer.baseAddress, 1, buffer.count, stdout) == buffer.count
        }
        if !ok { exitQuietlyOnClosedPipe() }
    }

    /// Writes a line given as UTF-8 bytes (without its newline) to standard output; exits
    /// quietly with status 0 if the pipe is closed.
    static func writeLine(utf8 line: [UInt8]) {
        let ok = line.withUnsafeBufferPointer { buffer in
            fwrite(buffer.baseAddress, 1, buffer.count, stdout) == buffer.count
        }
        if !ok || putc(0x0A, stdout) == EOF { exitQuietlyOnClosedPipe() }
    }

    /// Flushes standard output; exits quietly if the pipe is closed.
    static func flush() {
        if fflush(stdout) != 0 { exitQuietlyOnClosedPipe() }
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        fputs(line + "\n", stderr)
    }

    private static func exitQuietlyOnClosedPipe() {
        if errno == EPIPE { exit(0) }
        fputs("cytolens: cannot write to standard output\n", stderr)
        exit(1)
    }
}
