import CytoLens

/// Walks the inputs of a graph command the way `BatchRunner` does for `text` and `tag`: folders
/// expand in a stable order, every failure is one error line, and the other inputs go on.
struct GraphInputs {
    /// The paths and folders given (`-` for standard input).
    let paths: [String]

    /// Calls `body` with each opened input; returns the number of inputs that failed.
    ///
    /// `body` reports problems inside an input through the `fail` closure it is given, once per
    /// problem; an input with any problem counts as one failure.
    func forEach(alwaysLines: Bool, _ body: (InputStreams.Opened, _ fail: (IngestError) -> Void) -> Void) -> Int {
        var failures = 0
        for item in InputCollector().collect(paths) {
            switch item {
            case .failure(let error):
                Console.error(error.description)
                failures += 1
            case .input(let path):
                do {
                    let opened = try InputStreams.open(path, alwaysLines: alwaysLines)
                    var failed = false
                    body(opened) { error in
                        Console.error(error.description)
                        failed = true
                    }
                    if failed { failures += 1 }
                } catch {
                    Console.error(error.description)
                    failures += 1
                }
            }
        }
        return failures
    }

    /// Calls `body` with each line of a JSON Lines input and its 1-based number, skipping blank
    /// lines; a read error is reported through `fail`.
    static func forEachLine(
        _ reader: LineReader, source: String, fail: (IngestError) -> Void, _ body: (ArraySlice<UInt8>, Int) -> Void
    ) {
        var reader = reader
        do {
            while let line = try reader.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                body(line, reader.lineNumber)
            }
        } catch {
            fail(IngestError(source: source, line: reader.lineNumber + 1, column: 1, message: "cannot read: \(error)"))
        }
    }
}
