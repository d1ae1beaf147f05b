#if canImport(Glibc)
    internal import CMalloc
#endif

/// How the CLI process asks glibc's allocator to treat freed memory.
///
/// Every document builds buffers of a few hundred KiB to a few MiB (the XML node and text
/// arrays, the file bytes) that grow by doubling and are freed when the document is done. With
/// glibc's defaults, blocks above the dynamic mmap threshold are mapped and unmapped each time,
/// and the freed top of each heap is given back to the kernel (`madvise`, `brk`) as soon as it
/// passes the dynamic trim threshold, so the next document faults the same pages in again:
/// about 15,000 page faults for `graph --jobs 1` on the shared JATS corpus, most in
/// `SAXDocumentBuilder` and `ByteAccumulator` growth. Fixed thresholds keep a bounded amount of
/// freed memory for the next document instead: about 3,700 faults, and 4–9% less CPU time for
/// `graph`, for a peak RSS about 7 MB higher with two jobs (each thread's heap may keep up to the
/// trim threshold), which stays flat as the input grows. With a trim threshold of 2 MiB most of the
/// faults come back.
///
/// The library does not set this: the allocator belongs to the process, which the CLI owns.
enum AllocatorPolicy {
    /// Blocks of this size or more are mapped on their own and unmapped when freed, so one
    /// huge input does not leave a huge heap behind.
    static let mapThresholdBytes: Int32 = 4 << 20

    /// Free memory at the top of a heap is kept for reuse up to this size (per heap), and only
    /// the excess is returned to the kernel.
    static let trimThresholdBytes: Int32 = 4 << 20

    /// Sets the thresholds once, at process start, before any thread exists. On a C library
    /// without `mallopt` it does nothing.
    static func keepFreedMemoryForReuse() {
        #if canImport(Glibc)
            _ = mallopt(M_MMAP_THRESHOLD, mapThresholdBytes)
            _ = mallopt(M_TRIM_THRESHOLD, trimThresholdBytes)
        #endif
    }
}
