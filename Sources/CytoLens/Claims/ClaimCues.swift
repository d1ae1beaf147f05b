/// The cue tables the claim and relation rules read, loaded once from `lexicon/` and shared.
///
/// Every word the rules react to comes from these tables; the rules themselves are in
/// ``ClaimExtractor`` and ``RelationExtractor``. See `lexicon/README.md` for the columns.
public struct ClaimCues: Sendable {
    /// The tables, shared by every copy of the cues.
    private let tables: ClaimCueTables
    /// Effect outcomes with their tumor valence (`tumor growth` +1, `apoptosis` −1).
    var outcomes: PhraseTable<OutcomeCue> { tables.outcomes }
    /// Words that link an agent to an outcome, with their sign (`promotes` +1, `inhibits` −1).
    var links: PhraseTable<LinkCue> { tables.links }
    /// Suffixes glued to a mention that make it the cause of the next outcome (`-induced`).
    var modifierSuffixes: [String: LinkCue] { tables.modifierSuffixes }
    /// Nouns right after a mention that state its role by themselves ("TRAIL resistance": TRAIL is anti-tumor).
    var compounds: [String: OutcomeCue] { tables.compounds }
    /// Negation cues.
    var negations: PhraseTable<NegationCue> { tables.negations }
    /// Hedge cues (and the words the hedge list types as not hedging).
    var hedges: PhraseTable<HedgeCue> { tables.hedges }
    /// Perturbations of a cytokine: loss (blockade, knockout…) or gain (recombinant, overexpression…).
    var perturbations: PhraseTable<PerturbationCue> { tables.perturbations }
    /// Perturbations glued to a mention (`-deficient`, `-secreting`).
    var perturbationSuffixes: [String: PerturbationCue] { tables.perturbationSuffixes }
    /// Dual-role, dependency, controversy and tumor-setting cues.
    var settings: PhraseTable<SettingCue> { tables.settings }
    /// Evidence-kind cues (`in vitro`, `mice`, `patients`…).
    var evidence: PhraseTable<String> { tables.evidence }
    /// Cancer names, normalized (`TNBC` → breast).
    var cancers: PhraseTable<String> { tables.cancers }
    /// Cell types and their role in the tumor (effector, suppressive, tumor…).
    var cellTypes: PhraseTable<CellRole> { tables.cellTypes }
    /// Relation verbs between cytokines.
    var relations: PhraseTable<RelationCue> { tables.relations }
    /// Relation suffixes glued to a mention (`-induced`, `-producing`).
    var relationSuffixes: [String: RelationCue] { tables.relationSuffixes }
    /// Keys of the words for a gene variant (`variant`, `snp`, `locus`).
    var geneticVariantWords: Set<String> { tables.geneticVariantWords }
    /// The word keys of the section-heading cues that mark a methods section (["methods"], ["statistical", "analysis"]).
    var methodsSectionWords: [[String]] { tables.methodsSectionWords }
    /// The learned layer over the rules (`claim_model.tsv`), when the lexicon has one.
    var model: ClaimModel? { tables.model }
    /// The word sets the rules read (`rule_words.tsv`).
    var ruleWords: RuleWords { tables.ruleWords }
    /// The outcomes and links whose cue names tumors ("tumor growth", "metastasis"), for ``SettingScan``.
    var tumorElements: PhraseTable<Bool> { tables.tumorElements }
    /// Every word of every phrase table, by id.
    var cueWords: CueWordTable { tables.cueWords }
    /// For each word id, the bits of the tables that have a phrase starting with the word.
    var cueStarts: [UInt16] { tables.cueStarts }

    /// Loads the cue files from a `lexicon/` folder.
    ///
    /// - Parameter withModel: whether to load the claim model (`claim_model.tsv`), if the folder has one.
    public init(lexiconFolder folder: String, withModel: Bool = ClaimModel.onByDefault) throws {
        try self.init(tables: { try TSVTable(folder: folder, file: $0) }, withModel: withModel)
    }

    /// Builds the cues from file contents given by file name (`claim_cues.tsv`, `cell_types.tsv`, …),
    /// for a lexicon that is not a folder (one compiled into the binary).
    ///
    /// - Parameter withModel: whether to load the claim model (`claim_model.tsv`), if there is one.
    public init(fileTexts: (String) throws -> String, withModel: Bool = ClaimModel.onByDefault) throws {
        try self.init(tables: { try TSVTable(text: try fileTexts($0), name: $0) }, withModel: withModel)
    }

    /// Cues over tables already built (read from a ``CueIndex``).
    init(cueTables: ClaimCueTables) {
        tables = cueTables
    }

    /// The tables, for ``CueIndex`` to write.
    var cueTables: ClaimCueTables { tables }

    init(tables: (String) throws -> TSVTable, withModel: Bool) throws {
        var outcomes = PhraseTable<OutcomeCue>()
        var links = PhraseTable<LinkCue>()
        var modifierSuffixes: [String: LinkCue] = [:]
        var compounds: [String: OutcomeCue] = [:]
        let claimRows = try tables("claim_cues.tsv").records()
        // Tables sized for their rows up front grow no more while they are filled.
        outcomes.reserveCapacity(claimRows.count)
        links.reserveCapacity(claimRows.count)
        for row in claimRows {
            let cue = row["cue"] ?? "", polarity = row["polarity"] ?? "", effect = row["effect"] ?? ""
            switch row["category"] {
            case "outcome", "outcome_verb":
                let valence: Int
                switch polarity {
                case "pro_tumor": valence = 1
                case "anti_tumor": valence = -1
                default: valence = 0
                }
                outcomes.add(
                    cue,
                    OutcomeCue(
                        valence: valence, byCellType: polarity == "by_cell_type", effect: effect,
                        isVerb: row["category"] == "outcome_verb"))
            case "verb", "link", "association", "condition":
                let kind = LinkCue.Kind(rawValue: row["category"] ?? "") ?? .verb
                links.add(cue, LinkCue(sign: polarity == "-1" ? -1 : 1, kind: kind, lemma: effect))
            case "modifier":
                modifierSuffixes[CueKey.of(cue)] = LinkCue(sign: polarity == "-1" ? -1 : 1, kind: .modifier, lemma: effect)
            case "compound":
                compounds[CueKey.of(cue)] = OutcomeCue(
                    valence: polarity == "pro_tumor" ? 1 : -1, byCellType: false, effect: effect, isVerb: false)
            default:
                throw TSVFileError(
                    file: "claim_cues.tsv", message: "unknown category \"\(row["category"] ?? "")\" for \"\(cue)\"")
            }
        }
        var negations = PhraseTable<NegationCue>()
        let negationRows = try tables("negation_cues.tsv").records()
        negations.reserveCapacity(negationRows.count)
        for row in negationRows {
            guard let type = NegationCue.Kind(rawValue: row["type"] ?? "") else {
                throw TSVFileError(file: "negation_cues.tsv", message: "unknown type \"\(row["type"] ?? "")\"")
            }
            negations.add(row["cue"] ?? "", NegationCue(kind: type))
        }
        var hedges = PhraseTable<HedgeCue>()
        let hedgeRows = try tables("hedge_cues.tsv").records()
        hedges.reserveCapacity(hedgeRows.count)
        for row in hedgeRows {
            hedges.add(row["cue"] ?? "", HedgeCue(type: row["type"] ?? ""))
        }
        var perturbations = PhraseTable<PerturbationCue>()
        var perturbationSuffixes: [String: PerturbationCue] = [:]
        let inverterRows = try tables("inverters.tsv").records()
        perturbations.reserveCapacity(inverterRows.count)
        for row in inverterRows {
            let cue = row["cue"] ?? ""
            let kind = row["kind"] ?? ""
            let payload = PerturbationCue(sign: kind == "gain" ? 1 : -1, kind: kind)
            if row["position"] == "suffix" {
                perturbationSuffixes[CueKey.of(cue)] = payload
            } else {
                perturbations.add(cue, payload)
            }
        }
        var settings = PhraseTable<SettingCue>()
        var methodsSectionWords: [[String]] = []
        var geneticVariantWords: Set<String> = []
        let contextRows = try tables("context_cues.tsv").records()
        settings.reserveCapacity(contextRows.count)
        for row in contextRows {
            guard let kind = SettingCue.Kind(rawValue: row["type"] ?? "") else {
                throw TSVFileError(file: "context_cues.tsv", message: "unknown type \"\(row["type"] ?? "")\"")
            }
            if kind == .methodsSection {
                methodsSectionWords.append(ClaimCues.headingWords(row["cue"] ?? ""))
            } else if kind == .geneticVariant {
                geneticVariantWords.insert(CueKey.of(row["cue"] ?? ""))
            } else {
                settings.add(row["cue"] ?? "", SettingCue(kind: kind))
            }
        }
        var evidence = PhraseTable<String>()
        let evidenceRows = try tables("evidence_cues.tsv").records()
        evidence.reserveCapacity(evidenceRows.count)
        for row in evidenceRows { evidence.add(row["cue"] ?? "", row["evidence"] ?? "") }
        var cancers = PhraseTable<String>()
        let cancerRows = try tables("cancers.tsv").records()
        cancers.reserveCapacity(cancerRows.count)
        for row in cancerRows { cancers.add(row["name"] ?? "", row["cancer"] ?? "") }
        var cellTypes = PhraseTable<CellRole>()
        let cellTypeRows = try tables("cell_types.tsv").records()
        cellTypes.reserveCapacity(cellTypeRows.count)
        for row in cellTypeRows {
            guard let role = CellRole(rawValue: row["role"] ?? "") else {
                throw TSVFileError(file: "cell_types.tsv", message: "unknown role \"\(row["role"] ?? "")\"")
            }
            cellTypes.add(row["cue"] ?? "", role)
        }
        var relations = PhraseTable<RelationCue>()
        var relationSuffixes: [String: RelationCue] = [:]
        let relationRows = try tables("relation_cues.tsv").records()
        relations.reserveCapacity(relationRows.count)
        for row in relationRows {
            guard let type = RelationType(rawValue: row["type"] ?? ""),
                let voice = RelationCue.Voice(rawValue: row["voice"] ?? "")
            else {
                throw TSVFileError(file: "relation_cues.tsv", message: "unknown type or voice in \"\(row["cue"] ?? "")\"")
            }
            let cue = row["cue"] ?? ""
            if cue.hasPrefix("-") {
                relationSuffixes[CueKey.of(cue)] = RelationCue(type: type, voice: voice)
            } else {
                relations.add(cue, RelationCue(type: type, voice: voice))
            }
        }
        var cueWords = CueWordTable()
        var cueStarts: [UInt16] = []
        var nextBit: UInt16 = 1
        func register<Payload>(_ table: inout PhraseTable<Payload>) {
            table.register(bit: nextBit, words: &cueWords)
            nextBit <<= 1
            cueStarts += Array(repeating: 0, count: cueWords.count - cueStarts.count)
            for word in table.firstWords { cueStarts[Int(cueWords.insert(word))] |= table.bit }
        }
        register(&outcomes)
        register(&links)
        register(&negations)
        register(&hedges)
        register(&perturbations)
        register(&settings)
        register(&evidence)
        register(&cancers)
        register(&cellTypes)
        register(&relations)
        let ruleWords = try RuleWords(table: tables("rule_words.tsv"))
        var tumorElements = PhraseTable<Bool>()
        outcomes.addPhrases(where: SentenceAnalysis.hasTumorStem, to: &tumorElements, true)
        links.addPhrases(where: SentenceAnalysis.hasTumorStem, to: &tumorElements, true)
        register(&tumorElements)
        // The model is optional: a lexicon without `claim_model.tsv` runs the rules alone. It is only
        // read when asked for, so that a run with the model off does not pay for loading it.
        let model = withModel ? try (try? tables("claim_model.tsv")).map { try ClaimModel(table: $0) } : nil
        self.tables = ClaimCueTables(
            outcomes: outcomes, links: links, modifierSuffixes: modifierSuffixes, compounds: compounds, negations: negations,
            hedges: hedges, perturbations: perturbations, perturbationSuffixes: perturbationSuffixes, settings: settings,
            evidence: evidence, cancers: cancers, cellTypes: cellTypes, relations: relations, relationSuffixes: relationSuffixes,
            geneticVariantWords: geneticVariantWords, methodsSectionWords: methodsSectionWords, ruleWords: ruleWords,
            model: model, tumorElements: tumorElements, cueWords: cueWords, cueStarts: cueStarts)
    }
}

/// The tables of ``ClaimCues``, behind one reference: the rules copy the cues (into each sentence
/// analysis and extractor) far more often than the tables change, which is never once loaded, and
/// a copy of one reference costs one retain instead of one per table.
final class ClaimCueTables: Sendable {
    /// Effect outcomes with their tumor valence (`tumor growth` +1, `apoptosis` −1).
    let outcomes: PhraseTable<OutcomeCue>
    /// Words that link an agent to an outcome, with their sign (`promotes` +1, `inhibits` −1).
    let links: PhraseTable<LinkCue>
    /// Suffixes glued to a mention that make it the cause of the next outcome (`-induced`).
    let modifierSuffixes: [String: LinkCue]
    /// Nouns right after a mention that state its role by themselves ("TRAIL resistance": TRAIL is anti-tumor).
    let compounds: [String: OutcomeCue]
    /// Negation cues.
    let negations: PhraseTable<NegationCue>
    /// Hedge cues (and the words the hedge list types as not hedging).
    let hedges: PhraseTable<HedgeCue>
    /// Perturbations of a cytokine: loss (blockade, knockout…) or gain (recombinant, overexpression…).
    let perturbations: PhraseTable<PerturbationCue>
    /// Perturbations glued to a mention (`-deficient`, `-secreting`).
    let perturbationSuffixes: [String: PerturbationCue]
    /// Dual-role, dependency, controversy and tumor-setting cues.
    let settings: PhraseTable<SettingCue>
    /// Evidence-kind cues (`in vitro`, `mice`, `patients`…).
    let evidence: PhraseTable<String>
    /// Cancer names, normalized (`TNBC` → breast).
    let cancers: PhraseTable<String>
    /// Cell types and their role in the tumor (effector, suppressive, tumor…).
    let cellTypes: PhraseTable<CellRole>
    /// Relation verbs between cytokines.
    let relations: PhraseTable<RelationCue>
    /// Relation suffixes glued to a mention (`-induced`, `-producing`).
    let relationSuffixes: [String: RelationCue]
    /// Keys of the words for a gene variant (`variant`, `snp`, `locus`).
    let geneticVariantWords: Set<String>
    /// The word keys of the section-heading cues that mark a methods section (["methods"], ["statistical", "analysis"]).
    let methodsSectionWords: [[String]]
    /// The word sets the rules read (`rule_words.tsv`).
    let ruleWords: RuleWords
    /// The learned layer over the rules (`claim_model.tsv`), when the lexicon has one.
    let model: ClaimModel?
    /// The outcomes and links whose cue names tumors ("tumor growth", "metastasis"), for ``SettingScan``.
    let tumorElements: PhraseTable<Bool>
    /// Every word of every phrase table, by id.
    let cueWords: CueWordTable
    /// For each word id, the bits of the tables that have a phrase starting with the word.
    let cueStarts: [UInt16]

    init(
        outcomes: PhraseTable<OutcomeCue>, links: PhraseTable<LinkCue>, modifierSuffixes: [String: LinkCue],
        compounds: [String: OutcomeCue], negations: PhraseTable<NegationCue>, hedges: PhraseTable<HedgeCue>,
        perturbations: PhraseTable<PerturbationCue>, perturbationSuffixes: [String: PerturbationCue],
        settings: PhraseTable<SettingCue>, evidence: PhraseTable<String>, cancers: PhraseTable<String>,
        cellTypes: PhraseTable<CellRole>, relations: PhraseTable<RelationCue>, relationSuffixes: [String: RelationCue],
        geneticVariantWords: Set<String>, methodsSectionWords: [[String]], ruleWords: RuleWords, model: ClaimModel?,
        tumorElements: PhraseTable<Bool>,
        cueWords: CueWordTable, cueStarts: [UInt16]
    ) {
        self.outcomes = outcomes
        self.links = links
        self.modifierSuffixes = modifierSuffixes
        self.compounds = compounds
        self.negations = negations
        self.hedges = hedges
        self.perturbations = perturbations
        self.perturbationSuffixes = perturbationSuffixes
        self.settings = settings
        self.evidence = evidence
        self.cancers = cancers
        self.cellTypes = cellTypes
        self.relations = relations
        self.relationSuffixes = relationSuffixes
        self.geneticVariantWords = geneticVariantWords
        self.methodsSectionWords = methodsSectionWords
        self.ruleWords = ruleWords
        self.model = model
        self.tumorElements = tumorElements
        self.cueWords = cueWords
        self.cueStarts = cueStarts
    }
}

/// An outcome of tumor biology and its valence: +1 helps the tumor, −1 restrains it, 0 has no
/// direction of its own (`overall survival`), and `byCellType` outcomes take their valence from
/// the cells they happen to (expansion of T cells vs of regulatory T cells).
struct OutcomeCue: Sendable, Hashable {
    var valence: Int
    var byCellType: Bool
    var effect: String
    /// A verb that names the outcome and links to it at once ("killed", "expanded").
    var isVerb: Bool
}

/// A word that links an agent to what follows it, with a sign.
struct LinkCue: Sendable, Hashable {
    /// How the word links.
    enum Kind: String, Sendable, Hashable {
        /// A signed effect verb or its noun (`promotes`, `inhibition`).
        case verb
        /// An unsigned link read as +1 (`plays a role in`, `is`, `leads to`).
        case link
        /// A statistical association (`correlated with`): a biomarker statement.
        case association
        /// A condition or means that points back to an outcome ("when", "in response to", "by").
        case condition
        /// A suffix glued to a mention (`-induced`).
        case modifier
    }
    var sign: Int
    var kind: Kind
    var lemma: String
}

/// A negation cue and how it scopes.
struct NegationCue: Sendable, Hashable {
    /// The types of `negation_cues.tsv`.
    enum Kind: String, Sendable, Hashable {
        case pre, post, pseudo, terminate
    }
    var kind: Kind
}

/// A hedge cue; some rows of the hedge list are typed as not hedging a claim.
struct HedgeCue: Sendable, Hashable {
    var type: String
    /// The row types that do not make a claim uncertain.
    static let notHedging: Set<String> = [
        "association", "capability", "alternative", "factive", "cancel", "aim", "aim_passive", "finding",
    ]
    var hedges: Bool { !HedgeCue.notHedging.contains(type) }
}

extension ClaimCues {
    /// The tokens of a sentence (``SentenceTokens``) with their cue starts marked; `mentions` have
    /// code point offsets relative to the text.
    func markedTokens(_ text: String, mentions: [Mention]) -> [SentenceToken] {
        SentenceTokens.tokenize(text, mentions: mentions.map { $0.start..<$0.end }, marker: cueMarker)
    }

    /// The marker that gives word tokens their ids and cue starts as the tokenizer makes them.
    var cueMarker: CueMarker { CueMarker(words: cueWords, starts: cueStarts) }

    /// Whether a section path is a methods section ("Materials and Methods", "2.3 Statistical analysis"),
    /// whose sentences describe procedures rather than findings.
    func isMethodsSection(_ section: [String]) -> Bool {
        section.contains(where: isMethodsHeading)
    }

    /// Whether one heading of a section path names a methods section: its word keys hold the
    /// word keys of a methods cue in a row (``headingWords(_:)``).
    func isMethodsHeading(_ heading: String) -> Bool {
        let words = ClaimCues.headingWords(heading)
        return methodsSectionWords.contains { cue in
            // A cue of no words has the padded key "  ", which only a heading of no words has.
            guard cue.count <= words.count, !cue.isEmpty else { return cue.isEmpty && words.isEmpty }
            return (0...(words.count - cue.count)).contains { start in
                cue.indices.allSatisfy { words[start + $0] == cue[$0] }
            }
        }
    }

    /// The cue keys of a heading's words, its runs of letters and digits ("2.3 Statistical analysis"
    /// → 2, 3, statistical, analysis).
    static func headingWords(_ heading: String) -> [String] {
        var bytes = heading
        // An ASCII heading's letters and digits are the bytes A-Z, a-z and 0-9.
        let asciiWords = bytes.withUTF8 { utf8 -> [String]? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            // The words go straight into the array, with no array of slices between.
            var words: [String] = []
            var start = 0
            for end in 0...utf8.count {
                if end < utf8.count {
                    let byte = utf8[end]
                    let isWordByte =
                        ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
                        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    if isWordByte { continue }
                }
                if end > start {
                    let word = UnsafeBufferPointer(rebasing: utf8[start..<end])
                    words.append(CueKey.of(bytes: word, text: String(decoding: word, as: UTF8.self)))
                }
                start = end + 1
            }
            return words
        }
        return asciiWords ?? heading.split { !($0.isLetter || $0.isNumber) }.map { CueKey.of($0) }
    }
}

/// A perturbation of a cytokine: −1 for loss (blockade, knockout, siRNA…), +1 for gain.
struct PerturbationCue: Sendable, Hashable {
    var sign: Int
    var kind: String
}

/// A cue about the setting of a claim.
struct SettingCue: Sendable, Hashable {
    /// The types of `context_cues.tsv`.
    enum Kind: String, Sendable, Hashable {
        case dual, dependency, controversy
        /// A dependency word that usually describes a graded, one-way effect ("dose-dependently", "late-stage").
        case dependencyWeak = "dependency_weak"
        /// "low doses" / "high doses": a dependency only when the sentence contrasts both.
        case doseContrast = "dose_contrast"
        /// A word that places the sentence in tumor biology (`xenograft`, `malignant`).
        case tumor = "tumor_setting"
        /// A word that places the sentence outside tumor biology (`sepsis`, `asthma`).
        case nonTumor = "non_tumor_setting"
        /// A section heading word whose sentences describe procedures (`Methods`, `Materials`):
        /// "cells were treated with IL-6" there states no finding.
        case methodsSection = "methods_section"
        /// A word for a gene variant (`variant`, `SNP`, `locus`): next to a mention it makes the
        /// sentence about the variant, not about what the cytokine does.
        case geneticVariant = "genetic_variant"
    }
    var kind: Kind
}

/// What a cell type does in a tumor, which decides the valence of its expansion, death, recruitment.
enum CellRole: String, Sendable, Hashable {
    /// Cytotoxic or helper cells that fight the tumor (CD8 T cells, NK cells, Th1, M1, DCs).
    case effector
    /// Cells that shield the tumor (regulatory T cells, MDSCs, M2 macrophages, CAFs).
    case suppressive
    /// The tumor cells themselves.
    case tumor
    /// Endothelial cells, whose growth is angiogenesis.
    case endothelial
    /// Normal cells, with no tumor valence.
    case normal

    /// The factor by which the role turns an outcome's valence (expansion of effector cells is anti-tumor).
    var valenceFactor: Int? {
        switch self {
        case .effector: -1
        case .suppressive, .tumor, .endothelial: 1
        case .normal: nil
        }
    }

    /// The factor for one effect: differentiation of tumor cells restrains them, unlike their growth.
    func valenceFactor(for effect: String) -> Int? {
        if effect == "differentiation", self == .tumor { return -1 }
        return valenceFactor
    }
}

/// A relation verb between cytokines and how its arguments are placed.
struct RelationCue: Sendable, Hashable {
    /// The voices of `relation_cues.tsv`.
    enum Voice: String, Sendable, Hashable {
        case active
        case activeOrPassive = "active_or_passive"
        case passive, adjectival, nominal
        case objectNoun = "object_noun"
        case adverb
    }
    var type: RelationType
    var voice: Voice
}
