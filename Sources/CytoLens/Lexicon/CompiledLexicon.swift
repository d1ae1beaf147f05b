/// The lexicon compiled for tagging: a trie over the match keys of every name, the entities they
/// resolve to, and the context words the tagger consults. Built once at start-up and shared,
/// immutable, by every worker.
public struct CompiledLexicon: Sendable {
    /// How the rows of one match key accept a stretch of text.
    struct KeyEntry: Sendable {
        /// The entity every row of the key resolves to.
        var entity: Int32
        /// Whether a case-insensitive row accepts any case; `nil` when there is none.
        var anyCaseNeedsContext: Bool?
        /// The case keys of the case-sensitive rows, each with whether it needs context.
        var caseKeys: [(caseKey: [UInt8], needsContext: Bool)]
        /// Where the indices into ``Lexicon/names`` of the rows are in ``CompiledLexicon/rowNumbers``
        /// (for explanations).
        var rows: Range<Int32>

        /// Whether text with this case key is accepted, and if so whether it needs context.
        func accepts(caseKey: some Collection<UInt8>) -> (accepted: Bool, needsContext: Bool) {
            var accepted = false
            var needsContext = true
            if let anyCase = anyCaseNeedsContext {
                accepted = true
                needsContext = anyCase
            }
            for row in caseKeys where row.caseKey.elementsEqual(caseKey) {
                accepted = true
                needsContext = needsContext && row.needsContext
            }
            return (accepted, accepted && needsContext)
        }
    }

    /// The lexicon as read. The built-in lexicon's tables are read on first use: tagging and
    /// the claim rules need a few of them, never the names rows themselves (their index is
    /// stored in the binary) or `dropped_names.tsv`.
    public var lexicon: Lexicon { readLexicon ?? Self.builtInLexicon }
    /// The cytokine genes, as in ``lexicon``.
    public let cytokines: [CytokineRecord]
    /// The groups, as in ``lexicon``.
    public let groups: [GroupRecord]
    /// Every entity a name can resolve to.
    public let entities: [LexiconEntity]
    let trie: NameTrie
    let entries: [KeyEntry]
    /// The indices into ``Lexicon/names`` of the rows of every key, key after key.
    let rowNumbers: [Int32]
    /// Keys of the words that make a `needs_context` name acceptable nearby (`mention_cues.tsv`).
    let contextWords: Set<[UInt8]>
    /// Keys of the words that mark a defined long form as a protein or cytokine name.
    let longFormHeads: Set<[UInt8]>
    /// Keys of the generic nouns a mention leaves out at either end ("Chemokine CCL2").
    let headNouns: Set<[UInt8]>
    /// Keys of the words after a number that make it a dose or a time ("10 ng/ml", "24 h"), not
    /// the number of a family member.
    let unitWords: Set<[UInt8]>
    /// Keys of the words between a name and a number that make the whole a longer numbered name
    /// ("interferon-inducible protein 9", "TNF-α-induced protein 3").
    let numberedNameWords: Set<[UInt8]>
    private let entityIndex: EntityIndex
    /// The lexicon compiled, or `nil` for the built-in one (``builtInLexicon``, read when asked for).
    private let readLexicon: Lexicon?

    /// The number of each entity by kind and target: a dictionary by target for each kind (no
    /// string is built per look-up, and no key type of its own whose `Hashable` conformance
    /// would be looked up at run time when the dictionary is first made).
    private struct EntityIndex {
        var cytokines: [String: Int32] = [:]
        var groups: [String: Int32] = [:]
        var receptors: [String: Int32] = [:]

        subscript(kind: MentionKind, target: String) -> Int32? {
            get {
                switch kind {
                case .cytokine: cytokines[target]
                case .group: groups[target]
                case .receptor: receptors[target]
                }
            }
            set {
                switch kind {
                case .cytokine: cytokines[target] = newValue
                case .group: groups[target] = newValue
                case .receptor: receptors[target] = newValue
                }
            }
        }
    }

    /// Compiles a lexicon. Rows that the validator would reject (unknown kind or target) are
    /// skipped; when rows of one key disagree, the rows of the last file win (a user's
    /// extending folder overrides the built-in lexicon).
    public init(_ lexicon: Lexicon) {
        self.init(
            cytokines: lexicon.cytokines, groups: lexicon.groups, receptors: lexicon.receptors,
            mentionCues: lexicon.tables["mention_cues.tsv"], readLexicon: lexicon
        ) { entityIndex in
            Self.compileNameIndex(of: lexicon, entityIndex: entityIndex)
        }
    }

    /// Compiles a lexicon from its entity records and mention cues, with the names index that
    /// `names` gives for the entity numbers (``readLexicon`` `nil`: the built-in lexicon).
    private init(
        cytokines: [CytokineRecord], groups: [GroupRecord], receptors: [ReceptorRecord], mentionCues: LexiconTable?,
        readLexicon: Lexicon?, names: (EntityIndex) -> NameIndex
    ) {
        self.readLexicon = readLexicon
        self.cytokines = cytokines
        self.groups = groups
        (entities, entityIndex) = Self.entityTable(cytokines: cytokines, groups: groups, receptors: receptors)
        let names = names(entityIndex)
        trie = NameTrie(keyBytes: names.keyBytes, keyEnds: names.keyEnds)
        entries = names.entries
        rowNumbers = names.rowNumbers

        var contextWords: Set<[UInt8]> = []
        var longFormHeads: Set<[UInt8]> = []
        var headNouns: Set<[UInt8]> = []
        var unitWords: Set<[UInt8]> = []
        var numberedNameWords: Set<[UInt8]> = []
        if let cues = mentionCues {
            for row in cues.rows {
                let key = NameKey.keys(of: row.cells[0]).key
                switch row.cells[1] {
                case "context": contextWords.insert(key)
                case "long_form_head": longFormHeads.insert(key)
                case "head_noun": headNouns.insert(key)
                case "unit": unitWords.insert(key)
                case "numbered_name_word": numberedNameWords.insert(key)
                default: break
                }
            }
        }
        self.contextWords = contextWords
        self.longFormHeads = longFormHeads
        self.headNouns = headNouns
        self.unitWords = unitWords
        self.numberedNameWords = numberedNameWords
    }

    /// Whether this is the built-in lexicon alone (``builtIn``).
    var isBuiltIn: Bool { readLexicon == nil }

    /// A table of the lexicon by file name (`claim_cues.tsv`), or `nil` when it has none; a
    /// table of the built-in lexicon is read from the binary when asked for.
    public func table(named name: String) throws(LexiconError) -> LexiconTable? {
        if let readLexicon { return readLexicon.tables[name] }
        return try Lexicon.builtInTable(name)
    }

    /// The entities of a lexicon, numbered: cytokines, then groups, then receptors (the first
    /// row of a target makes its entity).
    private static func entityTable(
        cytokines: [CytokineRecord], groups: [GroupRecord], receptors: [ReceptorRecord]
    ) -> (entities: [LexiconEntity], index: EntityIndex) {
        var entities: [LexiconEntity] = []
        var index = EntityIndex()
        // Sized once for every record: a dictionary that grows rehashes every key it holds.
        entities.reserveCapacity(cytokines.count + groups.count + receptors.count)
        index.cytokines.reserveCapacity(cytokines.count)
        index.groups.reserveCapacity(groups.count)
        index.receptors.reserveCapacity(receptors.count)
        let familyOf = Dictionary(cytokines.map { ($0.symbol, $0.family) }) { first, _ in first }
        for cytokine in cytokines where index[.cytokine, cytokine.symbol] == nil {
            index[.cytokine, cytokine.symbol] = Int32(entities.count)
            entities.append(
                LexiconEntity(
                    kind: .cytokine, target: cytokine.symbol, hgnc: cytokine.hgnc, family: cytokine.family,
                    members: [cytokine.symbol], groupType: "", label: cytokine.name))
        }
        // A closure, not a key path: a key path is instantiated at run time on first use.
        let familyGroups = Set(groups.filter { $0.type == "family" }.map { $0.id })
        for group in groups where index[.group, group.id] == nil {
            let memberFamilies = Set(group.members.compactMap { familyOf[$0] })
            let family =
                memberFamilies.count == 1 ? memberFamilies.first! : familyGroups.contains(group.id) ? group.id : "GROUP"
            index[.group, group.id] = Int32(entities.count)
            entities.append(
                LexiconEntity(
                    kind: .group, target: group.id, hgnc: nil, family: family, members: group.members,
                    groupType: group.type, label: group.name))
        }
        for receptor in receptors where index[.receptor, receptor.symbol] == nil {
            index[.receptor, receptor.symbol] = Int32(entities.count)
            entities.append(
                LexiconEntity(
                    kind: .receptor, target: receptor.symbol, hgnc: receptor.hgnc, family: "RECEPTOR",
                    members: [receptor.symbol], groupType: "", label: receptor.name))
        }
        return (entities, index)
    }

    /// The names of a lexicon compiled.
    static func nameIndex(compiling lexicon: Lexicon) -> NameIndex {
        let entities = entityTable(cytokines: lexicon.cytokines, groups: lexicon.groups, receptors: lexicon.receptors)
        return compileNameIndex(of: lexicon, entityIndex: entities.index)
    }

    /// The names of a lexicon compiled, given its entity numbers.
    private static func compileNameIndex(of lexicon: Lexicon, entityIndex: EntityIndex) -> NameIndex {
        NameIndex(compiling: lexicon.names, otherNames: lexicon.otherNames) { entityIndex[$0, $1] }
    }

    /// The built-in lexicon, compiled on first use from its entity tables and mention cues, with
    /// the names index stored in the binary (compiled instead if that index is out of date). The
    /// other tables are read when asked for (``lexicon``, ``table(named:)``).
    ///
    /// The embedded copy is checked by the test suite, so a failure here is a build defect.
    public static let builtIn: CompiledLexicon = {
        do {
            return CompiledLexicon(
                cytokines: Lexicon.cytokines(in: try Lexicon.builtInTable("cytokines.tsv")),
                groups: Lexicon.groups(in: try Lexicon.builtInTable("groups.tsv")),
                receptors: Lexicon.receptors(in: try Lexicon.builtInTable("receptors.tsv")),
                mentionCues: try Lexicon.builtInTable("mention_cues.tsv"), readLexicon: nil
            ) { entityIndex in
                embeddedNameIndex() ?? compileNameIndex(of: builtInLexicon, entityIndex: entityIndex)
            }
        } catch {
            fatalError("the built-in lexicon does not load: \(error)")
        }
    }()

    /// The built-in lexicon with every table read, on first use.
    private static let builtInLexicon: Lexicon = {
        do {
            return try Lexicon.builtIn()
        } catch {
            fatalError("the built-in lexicon does not load: \(error)")
        }
    }()

    /// The names index stored in the binary, or `nil` when it was not compiled from the
    /// built-in tables (after an edit of `lexicon/` without `scripts/embed_lexicon.py`).
    static func embeddedNameIndex() -> NameIndex? {
        // The tables' fingerprint was computed when they were embedded (`NameIndexTests` checks it).
        NameIndex(archive: EmbeddedNameIndex.text, fingerprint: EmbeddedLexicon.namesFingerprint)
    }

    /// The names index of the built-in lexicon compiled from its tables (never read from the
    /// copy in the binary), as the text `scripts/embed_lexicon.py` stores in the binary.
    public static func compiledBuiltInNameIndex() throws(LexiconError) -> String {
        let index = nameIndex(compiling: try Lexicon.builtIn())
        return index.archive(fingerprint: NameIndex.fingerprint(of: EmbeddedLexicon.files))
    }

    /// The entity of a kind and target, if the lexicon has it.
    public func entity(_ kind: MentionKind, _ target: String) -> LexiconEntity? {
        entityIndex[kind, target].map { entities[Int($0)] }
    }

    /// The entry of a match key, if a name or the name of another thing has it.
    private func entry(forKey key: [UInt8]) -> KeyEntry? {
        let node = trie.node(for: key)
        guard node >= 0 else { return nil }
        let value = trie.value(at: node)
        return value >= 0 ? entries[Int(value)] : nil
    }

    /// Whether a surface form, with its case, is the name of another thing (`other_names.tsv`):
    /// a short form defined with a cytokine long form is not learned as that cytokine then
    /// ("endocrine gland-derived VEGF (EG-VEGF)").
    func isOtherThingName(_ surface: String) -> Bool {
        let keys = NameKey.keys(of: surface)
        guard let entry = entry(forKey: keys.key), entry.entity == NameIndex.otherThing else { return false }
        return entry.accepts(caseKey: keys.caseKey).accepted
    }

    /// The rows of `other_names.tsv` a surface form's key resolves to (ignoring case rules);
    /// empty when the key is not the name of another thing.
    public func otherNames(forKeyOf surface: String) -> [OtherNameRecord] {
        guard let entry = entry(forKey: NameKey.keys(of: surface).key), entry.entity == NameIndex.otherThing else { return [] }
        let names = lexicon.names.count
        let others = lexicon.otherNames
        return rowNumbers[Int(entry.rows.lowerBound)..<Int(entry.rows.upperBound)].map { others[Int($0) - names] }
    }

    /// The names-table rows a surface form's key resolves to (ignoring case rules and context),
    /// with the entity; `nil` when no name has this key (or only the name of another thing).
    public func rows(forKeyOf surface: String) -> (entity: LexiconEntity, rows: [NameRecord])? {
        guard let entry = entry(forKey: NameKey.keys(of: surface).key), entry.entity != NameIndex.otherThing else {
            return nil
        }
        let names = lexicon.names
        return (
            entities[Int(entry.entity)],
            rowNumbers[Int(entry.rows.lowerBound)..<Int(entry.rows.upperBound)].map { names[Int($0)] }
        )
    }
}
