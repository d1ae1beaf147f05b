/// The word sets of `lexicon/rule_words.tsv`: vocabulary that a claim rule reads (level nouns,
/// marker nouns, molecular events, claim nouns, …), kept as data so that a curator can extend a
/// set without touching the rule. The rules themselves, and the function words they skip, stay in
/// code. Each set is read once, with the other cue tables, and shared behind one reference.
///
/// A row names its set in the `set` column; every set of ``names`` must have at least one row, and
/// a set name that is not one of them is an error (``LexiconValidator`` reports it with its file
/// and line, and loading the cues refuses it). A word is read as its key (``CueKey``: lower case,
/// "tumours" → "tumors"), the form the rules compare with a token's key, or for
/// `noun_phrase_negation` with a negation cue's key ("lack of").
final class RuleWords: Sendable {
    /// The set names, in the order of the table's documentation.
    static let names = [
        "low_level_word", "level_noun", "sample_word", "group_level_word", "marker_noun", "molecular_event", "claim_noun",
        "gene_class_noun", "host_word", "genitive_head", "describing_noun", "descriptor_head", "noun_phrase_negation",
        "therapy_target_word", "malignant_cell_word",
    ]

    /// Function words that may stand between a describing outcome word and the mention besides the
    /// `descriptor_head` words ("the proangiogenic factors, such as IL-8"): grammar, so kept in code.
    static let descriptorFunctionWords: Set<String> = [
        "the", "a", "an", "such", "as", "including", ",", "several", "other", "(", ")",
    ]

    /// Words that say a level is low, before a mention (`LowLevelPhrase`).
    let lowLevelWords: Set<String>
    /// Nouns that name a level or an amount made (`LowLevelPhrase`).
    let levelNouns: Set<String>
    /// Words between a mention and its level noun ("IL-33 plasma levels", `LowLevelPhrase`).
    let sampleWords: Set<String>
    /// Words that name a measured level of a cytokine compared between groups (`GroupLevelComparison`).
    let groupLevelWords: Set<String>
    /// Nouns that name markers (`MarkerMention`).
    let markerNouns: Set<String>
    /// Nouns for a molecular event of a gene ("phosphorylation", `AgentOfAnotherEvent`).
    let molecularEvents: Set<String>
    /// Nouns that name a claim about the cytokine, which a hedge adjective may doubt (`AttributiveHedge`).
    let claimNouns: Set<String>
    /// Nouns for genes and their products that an outcome adjective may describe.
    let geneClassNouns: Set<String>
    /// Hosts, tumors and cells before a place word, which keep the cytokine after it the subject.
    let hostWords: Set<String>
    /// Nouns an outcome adjective may describe before "of" and the cytokine ("activity", "effect").
    let genitiveHeads: Set<String>
    /// Nouns that make an outcome word before them describe the mention before ("EMT inducer").
    let describingNouns: Set<String>
    /// Words between a describing outcome word and the mention: the `descriptor_head` rows and ``descriptorFunctionWords``.
    let descriptorHeads: Set<String>
    /// Keys of the negation cues that open a noun phrase and deny only it ("lack of", "without").
    let nounPhraseNegations: Set<String>
    /// Verb forms that name what a therapy acts on ("targeting IL-6", `TargetedInTherapy`).
    let therapyTargetWords: Set<String>
    /// Words that make the cells after them tumor cells ("transformed keratinocytes", `MalignantCells`).
    let malignantCellWords: Set<String>

    /// The sets of the `set` and `word` columns of `rule_words.tsv`.
    ///
    /// - Throws: ``TSVFileError`` when a row names an unknown set, a word is empty or a set has no row.
    convenience init(table: TSVTable) throws {
        var sets: [String: Set<String>] = [:]
        for row in table.records() {
            let set = row["set"] ?? ""
            let word = row["word"] ?? ""
            guard RuleWords.names.contains(set) else {
                throw TSVFileError(file: table.name, message: "unknown set \"\(set)\" for \"\(word)\"")
            }
            guard !word.isEmpty else { throw TSVFileError(file: table.name, message: "an empty word in set \(set)") }
            sets[set, default: []].insert(CueKey.of(word))
        }
        try self.init(sets: sets, file: table.name)
    }

    /// The sets by name (every name of ``names`` must be present).
    ///
    /// - Throws: ``TSVFileError`` naming `file` when a set is missing.
    init(sets: [String: Set<String>], file: String) throws {
        func set(_ name: String) throws -> Set<String> {
            guard let words = sets[name], !words.isEmpty else {
                throw TSVFileError(file: file, message: "missing set \(name): it needs at least one row")
            }
            return words
        }
        lowLevelWords = try set("low_level_word")
        levelNouns = try set("level_noun")
        sampleWords = try set("sample_word")
        groupLevelWords = try set("group_level_word")
        markerNouns = try set("marker_noun")
        molecularEvents = try set("molecular_event")
        claimNouns = try set("claim_noun")
        geneClassNouns = try set("gene_class_noun")
        hostWords = try set("host_word")
        genitiveHeads = try set("genitive_head")
        describingNouns = try set("describing_noun")
        descriptorHeads = try set("descriptor_head").union(RuleWords.descriptorFunctionWords)
        nounPhraseNegations = try set("noun_phrase_negation")
        therapyTargetWords = try set("therapy_target_word")
        malignantCellWords = try set("malignant_cell_word")
        self.sets = sets
    }

    /// The keys of each set's words (``descriptorHeads`` without its function words), for ``CueIndex``.
    let sets: [String: Set<String>]
}
