import CytoLens
import Foundation

/// Reads an input one line at a time without holding it whole (gzip'd files are the exception:
/// they are decompressed in memory), so `cytolens tag … | cytolens graph -` runs in bounded memory.
struct LineReader {
    private var handle: FileHandle?
    private var buffer: [UInt8]
    private var start = 0
    private var finished = false
    /// The 1-based number of the last line returned.
    private(set) var lineNumber = 0
    /// The input path as given (`-` for standard input), for messages.
    let source: String

    /// Reads from a handle, after the bytes already taken from it.
    init(source: String, handle: FileHandle, prefetched: [UInt8] = []) {
        self.source = source
        self.handle = handle
        buffer = prefetched
    }

    /// Reads lines from bytes in memory.
    init(source: String, bytes: [UInt8]) {
        self.source = source
        handle = nil
        buffer = bytes
        finished = true
    }

    /// The next line without its line break, or `nil` at the end.
    mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = buffer[start..<newline]
                start = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                lineNumber += 1
                return line
            }
            if finished || handle == nil {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line.last == 0x0D ? line.dropLast() : line
            }
            let chunk = try handle!.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty {
                finished = true
                continue
            }
            buffer.removeFirst(start)
            start = 0
            buffer.append(contentsOf: chunk)
        }
    }

    /// Reads up to `count` bytes from the start of a handle, fewer at its end.
    static func prefix(of handle: FileHandle, count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < count, let chunk = try handle.read(upToCount: count - bytes.count), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }
}
