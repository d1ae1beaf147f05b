/// One labelled (sentence, cytokine) pair of the claims gold set (`corpus/gold/claims/claims.tsv`).
public struct ClaimGoldRow: Sendable, Hashable {
    /// The row id (`c0042`).
    public var id: String
    /// `dev` or `test`.
    public var split: String
    /// The source file, relative to the corpus root, for a real sentence; empty for a written one.
    public var source: String
    /// Code point offsets of the sentence in the source file.
    public var start: Int
    /// The end offset (exclusive).
    public var end: Int
    /// The sentence itself, for a written sentence; empty for a real one.
    public var text: String
    /// The cytokine (HGNC symbol or group id).
    public var cytokine: String
    /// The gold label; `nil` is `none`.
    public var polarity: ClaimPolarity?
    /// Whether the gold marks the statement negated.
    public var negated: Bool
    /// Whether the gold marks it hedged.
    public var hedged: Bool
    /// What tricky kind the row exercises (`inversion`, `negation_scope`, …).
    public var kind: String
}

/// Reads the claims gold TSV (`id split source start end text cytokine polarity negated hedged kind`).
public enum ClaimGold {
    /// Parses the gold file's text.
    public static func parse(_ text: String, name: String = "claims.tsv") throws -> [ClaimGoldRow] {
        let table = try TSVTable(text: text, name: name)
        return try table.records().map { row in
            let polarityText = row["polarity"] ?? ""
            let polarity: ClaimPolarity?
            if polarityText == "none" {
                polarity = nil
            } else if let known = ClaimPolarity(rawValue: polarityText) {
                polarity = known
            } else {
                throw TSVFileError(file: name, message: "row \(row["id"] ?? "?"): unknown polarity \"\(polarityText)\"")
            }
            return ClaimGoldRow(
                id: row["id"] ?? "", split: row["split"] ?? "", source: row["source"] ?? "", start: Int(row["start"] ?? "") ?? 0,
                end: Int(row["end"] ?? "") ?? 0, text: row["text"] ?? "", cytokine: row["cytokine"] ?? "", polarity: polarity,
                negated: row["negated"] == "yes", hedged: row["hedged"] == "yes", kind: row["kind"] ?? "")
        }
    }
}
