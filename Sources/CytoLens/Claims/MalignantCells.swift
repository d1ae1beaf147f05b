/// Cells that a malignancy word turns into tumor cells: "apoptosis of transformed keratinocytes",
/// "malignant B cells", "neoplastic hepatocytes". `cell_types.tsv` lists keratinocytes,
/// hepatocytes and B cells as normal cells (no claim) and T cells as effector cells (their
/// proliferation is anti-tumor), but the same cells after "transformed", "malignant", "leukemic"
/// (the `malignant_cell_word` set of `rule_words.tsv`) are the tumor: their death is anti-tumor
/// and their growth pro-tumor. The word must stand right before the cell phrase; "normal
/// keratinocytes" and "tumor-infiltrating lymphocytes" keep their own roles.
enum MalignantCells {
    /// The cells with each one that a malignancy word opens given the tumor role.
    static func roles(
        _ cells: [(tokens: Range<Int>, role: CellRole)], tokens: [SentenceToken], words: RuleWords
    ) -> [(tokens: Range<Int>, role: CellRole)] {
        cells.map { cell in
            let before = cell.tokens.lowerBound - 1
            guard cell.role == .normal || cell.role == .effector, before >= 0,
                words.malignantCellWords.contains(tokens[before].key)
            else { return cell }
            return (cell.tokens, .tumor)
        }
    }
}
