/// The text glued after a mention token, as ``SentenceAnalysis`` reads a frame's suffix: the
/// attached tokens after it up to a comma or another mention, with brackets dropped
/// ("-resistant" in "TRAIL-resistant", "-induced" in "IL-1β(-induced)").
///
/// The token scans (``ClaimMaterialScan``, ``RelationMaterialScan``) read suffixes with it before any
/// analysis is made.
enum GluedSuffix {
    /// The bare suffix after the mention token at `index` (empty when nothing is glued to it).
    static func bare(after index: Int, in tokens: [SentenceToken]) -> String {
        read(after: index, in: tokens).bare
    }

    /// The bare suffix after the mention token at `index` and the index of its last glued token
    /// (`index` itself when nothing is glued to it).
    static func read(after index: Int, in tokens: [SentenceToken]) -> (bare: String, end: Int) {
        var next = index + 1
        var suffix = ""
        while next < tokens.count, tokens[next].attached, tokens[next].mention == nil, tokens[next].text != "," {
            suffix += tokens[next].text
            next += 1
        }
        if suffix.isEmpty { return ("", index) }
        return (String(suffix.unicodeScalars.filter { $0 != "(" && $0 != ")" && $0 != "[" && $0 != "]" }), next - 1)
    }

    /// The key of the last hyphenated part of a bare suffix ("resistant" for "-α-resistant"), if it has one.
    static func lastPartKey(of bare: String) -> String? {
        bare.split(separator: "-").last.map { CueKey.of($0) }
    }
}
