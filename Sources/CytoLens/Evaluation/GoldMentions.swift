/// The cytokine mentions of the GENIA gold (`cytokine_mentions.tsv`), as ``Mention``s, so that
/// relation rules can be scored apart from the tagger.
public struct GoldMentions: Sendable {
    private let byDocument: [String: [Mention]]

    /// Reads the table; a symbol set that is a group's member set becomes that group's id.
    public init(path: String, groups: [String: Set<String>]) throws {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let file = String(path.split(separator: "/").last ?? "")
        let table = try TSVTable(folder: (path.hasPrefix("/") ? "/" : "") + folder, file: file)
        let groupBySymbols = Dictionary(groups.map { ($0.value.sorted().joined(separator: "|"), $0.key) }, uniquingKeysWith: min)
        var byDocument: [String: [Mention]] = [:]
        for row in table.records() {
            guard let document = row["doc"], let start = Int(row["start"] ?? ""), let end = Int(row["end"] ?? "") else {
                continue
            }
            let symbols = (row["symbols"] ?? "").split(separator: "|").map(String.init).sorted()
            let target =
                symbols.count == 1
                ? symbols[0] : (groupBySymbols[symbols.joined(separator: "|")] ?? symbols.joined(separator: "|"))
            byDocument[document, default: []].append(
                Mention(
                    kind: symbols.count == 1 ? .cytokine : .group, target: target, hgnc: nil, text: row["text"] ?? "",
                    start: start,
                    end: end, sentence: 0))
        }
        self.byDocument = byDocument.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// The mentions of one document, in text order.
    public func mentions(of document: String) -> [Mention] {
        byDocument[document] ?? []
    }
}
