/// A plain name-table matcher over `lexicon/names.tsv`, used by the evaluations until the
/// mention tagger (branch `tagger`) lands on main.
///
/// INTERIM: replace every use with the tagger once it is merged. It matches whole runs of
/// letters and digits against the match keys of `lexicon/README.md` (case, Greek letters and
/// their names, `tumour`, punctuation), longest first; case-sensitive rows must match their
/// case. It does none of the tagger's context checks, prefix stripping or ellipsis expansion.
public struct InterimMentionFinder: Sendable {
    private struct Entry: Sendable {
        var kind: MentionKind
        var target: String
        var sensitive: Bool
        var caseKey: String
    }

    private let entries: [String: [Entry]]
    /// Every prefix of every key, so that a span that can no longer grow into a name stops early.
    private let prefixes: Set<String>
    private let hgnc: [String: String]
    private let longest = 14

    /// Loads `names.tsv`, `cytokines.tsv` and `receptors.tsv` from a lexicon folder.
    public init(lexiconFolder folder: String) throws {
        var entries: [String: [Entry]] = [:]
        for row in try TSVTable(folder: folder, file: "names.tsv").records() {
            guard let name = row["name"], let kind = MentionKind(rawValue: row["kind"] ?? ""), let target = row["target"] else {
                continue
            }
            let flags = Set((row["flags"] ?? "").split(separator: "|").map(String.init))
            if flags.contains("needs_context") && !flags.contains("common_word") { continue }
            entries[InterimMentionFinder.key(name), default: []].append(
                Entry(
                    kind: kind, target: target, sensitive: row["case"] == "sensitive", caseKey: InterimMentionFinder.caseKey(name)
                ))
        }
        var hgnc: [String: String] = [:]
        for file in ["cytokines.tsv", "receptors.tsv"] {
            for row in try TSVTable(folder: folder, file: file).records() {
                if let symbol = row["symbol"], let id = row["hgnc"] { hgnc[symbol] = id }
            }
        }
        var prefixes = Set<String>()
        for key in entries.keys {
            var prefix = ""
            for character in key {
                prefix.append(character)
                prefixes.insert(prefix)
            }
        }
        self.entries = entries
        self.prefixes = prefixes
        self.hgnc = hgnc
    }

    /// The mentions in `text`, with offsets shifted by `offset` and tagged with sentence `sentence`.
    public func mentions(in text: String, offset: Int = 0, sentence: Int = 0) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        // Pieces: runs of letters and digits, and single other characters.
        var pieces: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            if scalars[i].properties.isWhitespace {
                i += 1
            } else if InterimMentionFinder.isAlphanumeric(scalars[i]) {
                var j = i
                while j < scalars.count, InterimMentionFinder.isAlphanumeric(scalars[j]) { j += 1 }
                pieces.append(i..<j)
                i = j
            } else {
                pieces.append(i..<(i + 1))
                i += 1
            }
        }
        // Keys are built piece by piece; Greek letter names are whole pieces or piece endings ("1beta").
        let pieceKeys = pieces.map { InterimMentionFinder.key(String(String.UnicodeScalarView(scalars[$0]))) }
        let pieceCaseKeys = pieces.map { InterimMentionFinder.caseKey(String(String.UnicodeScalarView(scalars[$0]))) }
        var found: [Mention] = []
        var p = 0
        while p < pieces.count {
            guard InterimMentionFinder.isAlphanumeric(scalars[pieces[p].lowerBound]) else {
                p += 1
                continue
            }
            var best: (end: Int, entry: Entry)?
            var key = ""
            var caseKey = ""
            var q = p
            while q < min(pieces.count, p + longest) {
                key += pieceKeys[q]
                caseKey += pieceCaseKeys[q]
                if !key.isEmpty, !prefixes.contains(key) { break }
                let last = pieces[q]
                if InterimMentionFinder.isAlphanumeric(scalars[last.lowerBound]) || scalars[last.lowerBound] == ")",
                    let candidates = entries[key],
                    let entry = candidates.first(where: { !$0.sensitive || $0.caseKey == caseKey })
                {
                    best = (q, entry)
                }
                q += 1
            }
            if let best {
                let range = pieces[p].lowerBound..<pieces[best.end].upperBound
                found.append(
                    Mention(
                        kind: best.entry.kind, target: best.entry.target,
                        hgnc: best.entry.kind == .group ? nil : hgnc[best.entry.target],
                        text: String(String.UnicodeScalarView(scalars[range])), start: offset + range.lowerBound,
                        end: offset + range.upperBound, sentence: sentence))
                p = best.end + 1
            } else {
                p += 1
            }
        }
        return found
    }

    private static let greek: [Unicode.Scalar: String] = [
        "α": "a", "β": "b", "ß": "b", "γ": "g", "δ": "d", "ε": "e", "κ": "k", "λ": "l", "μ": "m", "µ": "m", "ω": "w", "θ": "q",
        "ζ": "z", "η": "h",
    ]
    private static let greekWords: [(String, String)] = [
        ("epsilon", "e"), ("lambda", "l"), ("lamda", "l"), ("alpha", "a"), ("gamma", "g"), ("delta", "d"), ("kappa", "k"),
        ("omega", "w"), ("theta", "q"), ("beta", "b"),
    ]

    private static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s)
    }

    /// The match key of `lexicon/README.md`.
    static func key(_ name: String) -> String {
        var s = ""
        for scalar in name.lowercased().unicodeScalars {
            if let latin = greek[scalar] { s += latin } else { s.unicodeScalars.append(scalar) }
        }
        for (word, letter) in greekWords where s.contains(word) { s = s.replacing(word, with: letter) }
        s = s.replacing("tumour", with: "tumor")
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }))
    }

    /// The key with case kept, for case-sensitive names.
    static func caseKey(_ name: String) -> String {
        var s = ""
        for scalar in name.unicodeScalars {
            if let latin = greek[scalar] { s += latin } else if isAlphanumeric(scalar) { s.unicodeScalars.append(scalar) }
        }
        return s
    }
}
