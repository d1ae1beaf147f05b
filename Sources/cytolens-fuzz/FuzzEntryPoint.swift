#if FUZZING
    #if canImport(Glibc)
        @preconcurrency import Glibc
    #endif

    /// The target chosen by `CYTOLENS_FUZZ_TARGET`, read once.
    private let selectedTarget: FuzzTarget = {
        let name = getenv(FuzzTarget.environmentVariable).map { String(cString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            fputs("cytolens-fuzz: set \(FuzzTarget.environmentVariable) to one of: \(names)\n", stderr)
            exit(2)
        }
        return target
    }()

    /// libFuzzer's entry point: one input, run through the selected target.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { [UInt8](UnsafeBufferPointer(start: $0, count: size)) } ?? []
        selectedTarget.run(bytes)
        return 0
    }
#else
    import Foundation

    /// Without `-DFUZZING`: replays saved inputs (crashes, the regression fixtures) through the
    /// same code, so `swift build` keeps the fuzz targets compiling and a crash can be debugged
    /// without libFuzzer.
    ///
    /// Usage: `CYTOLENS_FUZZ_TARGET=TARGET cytolens-fuzz FILE...`
    @main
    enum FuzzReplay {
        static func main() {
            let name = ProcessInfo.processInfo.environment[FuzzTarget.environmentVariable] ?? ""
            guard let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
                FileHandle.standardError.write(
                    Data("usage: \(FuzzTarget.environmentVariable)=TARGET cytolens-fuzz FILE... (TARGET: \(names))\n".utf8))
                exit(2)
            }
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cytolens-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                let count = target.run([UInt8](data))
                print("\(target.rawValue): \(path): ok, \(count) article\(count == 1 ? "" : "s")")
            }
        }
    }
#endif
