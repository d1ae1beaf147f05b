/// The files a lexicon folder may hold and the columns each must have (see `lexicon/README.md`).
public enum LexiconSchema {
    /// The four name tables every lexicon needs.
    public static let nameTables: [String: [String]] = [
        "cytokines.tsv": ["symbol", "hgnc", "ncbi", "family", "name", "tier"],
        "groups.tsv": ["group", "type", "name", "members"],
        "receptors.tsv": ["symbol", "hgnc", "name", "ligands"],
        "names.tsv": ["name", "kind", "target", "case", "flags", "source"],
    ]

    /// The hand-curated cue tables; the first column is the cue (in `rule_words.tsv`, the set
    /// the word of the second column belongs to).
    public static let cueTables: [String: [String]] = [
        "claim_cues.tsv": ["cue", "category", "polarity", "effect", "source"],
        "negation_cues.tsv": ["cue", "type", "source"],
        "hedge_cues.tsv": ["cue", "type", "source"],
        "inverters.tsv": ["cue", "position", "kind", "source"],
        "context_cues.tsv": ["cue", "type", "source"],
        "relation_cues.tsv": ["cue", "type", "voice", "source"],
        "cancers.tsv": ["name", "cancer", "source"],
        "evidence_cues.tsv": ["cue", "evidence", "source"],
        "mention_cues.tsv": ["cue", "type", "source"],
        "cell_types.tsv": ["cue", "role", "source"],
        "rule_words.tsv": ["set", "word", "note"],
    ]

    /// Documentation only: the names the generator left out and why (read by `lexicon lookup`).
    public static let droppedNames: (file: String, columns: [String]) = (
        "dropped_names.tsv", ["name", "kind", "target", "reason"]
    )

    /// The names of other things that hold a cytokine name ("EGF-like domain", "EG-VEGF"): the
    /// tagger matches them like any name, so that the longest name wins, and drops them.
    public static let otherNames: (file: String, columns: [String]) = (
        "other_names.tsv", ["name", "case", "meaning", "source"]
    )

    /// The weights of the learned claim layer (`ClaimModel`), written by `scripts/train_claim_model.py`.
    public static let claimModel: (file: String, columns: [String]) = (
        "claim_model.tsv", ["head", "label", "feature", "weight"]
    )

    /// Every known file and its columns.
    public static var allTables: [String: [String]] {
        var all = nameTables.merging(cueTables) { first, _ in first }
        all[droppedNames.file] = droppedNames.columns
        all[otherNames.file] = otherNames.columns
        all[claimModel.file] = claimModel.columns
        return all
    }

    /// The flags `names.tsv` may carry.
    public static let nameFlags: Set<String> = [
        "ambiguous", "needs_context", "common_word", "mouse", "optional", "subunit", "isoform", "soluble", "decoy", "short",
    ]
}
