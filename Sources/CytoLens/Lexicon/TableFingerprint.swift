/// A fingerprint of some lexicon tables: 64-bit FNV-1a over each table's file name and text, in a
/// given order, each followed by a zero byte. A precompiled index stores the fingerprint of the
/// tables it was compiled from, so that an index older than its tables is noticed and refused.
enum TableFingerprint {
    /// The fingerprint of `tables` (file names, in this order) as found in `files`; a table missing
    /// from `files` counts as empty.
    static func of(_ tables: [String], in files: [(name: String, text: String)]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        for table in tables {
            var name = table
            var text = files.first { $0.name == table }?.text ?? ""
            name.withUTF8(add)
            [UInt8(0)].withUnsafeBufferPointer(add)
            text.withUTF8(add)
            [UInt8(0)].withUnsafeBufferPointer(add)
        }
        return hash
    }

    /// The header line of an index of this `kind` ("name", "cue") compiled from tables with
    /// `fingerprint`: `# cytolens KIND index` and the fingerprint as 16 hexadecimal digits.
    static func header(_ kind: String, _ fingerprint: UInt64) -> String {
        let digits = String(fingerprint, radix: 16)
        return "# cytolens \(kind) index " + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
