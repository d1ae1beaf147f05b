/// A gold mention that counts as a cytokine mention, with the human genes it names.
public struct GoldCytokineMention: Sendable, Hashable {
    /// The first code point, in document coordinates.
    public var start: Int
    /// Just past the last code point.
    public var end: Int
    /// The annotated text.
    public var text: String
    /// The HGNC symbols of the human genes it names; empty when the gold gives no resolvable id.
    public var targets: Set<String>
    /// The cytokine family of its first target (`UNKNOWN` without targets).
    public var family: String
}

/// Decides which gold annotations are cytokine mentions, and what genes they name. The rules,
/// documented in `lexicon/README.md` ("Evaluation"):
///
/// - Gene-id gold (BioRED): a gene mention is a cytokine mention when one of its NCBI Gene ids
///   is a human cytokine (the `ncbi` column of `cytokines.tsv`, plus any extra table given) or a
///   non-human id most of whose mentions (more than half, over all documents read) name a
///   lexicon cytokine or group; such an id stands for that cytokine's human gene(s).
/// - Entity-type gold (TCRE): only documents with at least one `CYTOKINE` entity are scored; in
///   them a `CYTOKINE` entity is a cytokine mention, and so is a `PROTEIN`, `DNA` or `RNA` entity
///   whose text is a lexicon cytokine or group name (not a class word): the corpus labels the same
///   names either way, even within one document. TCRE gives no
///   ids, so the genes are those the entity's text names in the lexicon.
/// - Either way, a mention whose text is a receptor name ("IL-6 receptor", "Il12rb2") is not a
///   cytokine mention.
public struct GoldCytokineSelection: Sendable {
    /// The cytokine mentions of each document (empty for a document that is not scored).
    public private(set) var mentions: [[GoldCytokineMention]] = []
    /// Whether each document is scored.
    public private(set) var scored: [Bool] = []
    /// Gold mentions left out because their text names a receptor.
    public private(set) var receptorMentions = 0
    /// Gold cytokine mentions taken from `PROTEIN`, `DNA` or `RNA` entities (entity-type gold).
    public private(set) var proteinMentions = 0
    /// Non-human gene ids taken as cytokines, with the human genes they stand for.
    public private(set) var nonHumanIdentifiers: [String: Set<String>] = [:]

    private let lexicon: CompiledLexicon

    /// Selects the cytokine mentions of the documents.
    ///
    /// - Parameter humanGenes: extra human cytokine gene ids (NCBI Gene id → HGNC symbol), for
    ///   example from `cytokine_genes_human_hgnc.tsv`.
    public init(_ documents: [GoldDocument], lexicon: CompiledLexicon, humanGenes: [String: String] = [:]) {
        self.lexicon = lexicon
        var human = humanGenes
        for cytokine in lexicon.lexicon.cytokines where !cytokine.ncbi.isEmpty { human[cytokine.ncbi] = cytokine.symbol }
        nonHumanIdentifiers = nonHumanCytokines(documents, human: human)
        for document in documents {
            switch document.scheme {
            case .geneIdentifiers: selectGenes(document, human: human)
            case .entityTypes: selectEntities(document)
            }
        }
    }

    /// The lexicon entity a gold text names, looked up by match key (no case or context rule),
    /// ignoring a bracketed abbreviation ("interleukin (IL)-6") and a species prefix ("hIL-6").
    public func resolve(_ text: String) -> LexiconEntity? {
        var forms = [text]
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            forms.append(String(text[..<open] + text[text.index(after: close)...]))
        }
        for prefix in ["rh", "rm", "hu", "mu", "h", "m", "r", "s"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            if let first = rest.unicodeScalars.first, first.properties.isUppercase { forms.append(String(rest)) }
        }
        for form in forms {
            if let found = lexicon.rows(forKeyOf: form) { return found.entity }
        }
        return nil
    }

    private func nonHumanCytokines(_ documents: [GoldDocument], human: [String: String]) -> [String: Set<String>] {
        var total: [String: Int] = [:]
        var named: [String: [LexiconEntity: Int]] = [:]
        for document in documents where document.scheme == .geneIdentifiers {
            for annotation in document.annotations where annotation.type == "GeneOrGeneProduct" {
                let entity = resolve(annotation.text).flatMap { $0.kind == .receptor ? nil : $0 }
                for id in annotation.identifiers where human[id] == nil {
                    total[id, default: 0] += 1
                    if let entity { named[id, default: [:]][entity, default: 0] += 1 }
                }
            }
        }
        var result: [String: Set<String>] = [:]
        for (id, counts) in named {
            let resolved = counts.values.reduce(0, +)
            guard resolved * 2 > total[id, default: 0] else { continue }
            // The commonest gene wins over groups; ties go to the smaller target name.
            let best = counts.sorted {
                ($0.key.kind == .cytokine ? 1 : 0, $0.value, $1.key.target) > (
                    $1.key.kind == .cytokine ? 1 : 0, $1.value, $0.key.target
                )
            }.first!.key
            result[id] = Set(best.members)
        }
        return result
    }

    private mutating func selectGenes(_ document: GoldDocument, human: [String: String]) {
        var selected: [GoldCytokineMention] = []
        for annotation in document.annotations where annotation.type == "GeneOrGeneProduct" {
            var targets: Set<String> = []
            for id in annotation.identifiers {
                if let symbol = human[id] {
                    targets.insert(symbol)
                } else if let genes = nonHumanIdentifiers[id] {
                    targets.formUnion(genes)
                }
            }
            guard !targets.isEmpty else { continue }
            if resolve(annotation.text)?.kind == .receptor {
                receptorMentions += 1
                continue
            }
            selected.append(mention(annotation, targets: targets))
        }
        mentions.append(selected)
        scored.append(true)
    }

    /// The entity types under which TCRE also marks cytokine names (the protein, gene or transcript).
    private static let geneTypes: Set<String> = ["PROTEIN", "DNA", "RNA"]

    private mutating func selectEntities(_ document: GoldDocument) {
        let annotated = document.annotations.contains { $0.type == "CYTOKINE" }
        var selected: [GoldCytokineMention] = []
        if annotated {
            for annotation in document.annotations where annotation.type == "CYTOKINE" || Self.geneTypes.contains(annotation.type)
            {
                let entity = resolve(annotation.text)
                if entity?.kind == .receptor {
                    if annotation.type == "CYTOKINE" { receptorMentions += 1 }
                    continue
                }
                if annotation.type != "CYTOKINE" {
                    guard let entity, !entity.isClass else { continue }
                    proteinMentions += 1
                }
                selected.append(mention(annotation, targets: Set(entity?.members ?? [])))
            }
        }
        mentions.append(selected)
        scored.append(annotated)
    }

    private func mention(_ annotation: GoldAnnotation, targets: Set<String>) -> GoldCytokineMention {
        let family = targets.min().flatMap { lexicon.entity(.cytokine, $0)?.family } ?? "UNKNOWN"
        return GoldCytokineMention(
            start: annotation.start, end: annotation.end, text: annotation.text, targets: targets, family: family)
    }
}
