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
        /// Indices into ``Lexicon/names`` of the rows, for explanations.
        var rows: [Int]

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

    /// The lexicon as read.
    public let lexicon: Lexicon
    /// Every entity a name can resolve to.
    public let entities: [LexiconEntity]
    let trie: NameTrie
    let entries: [KeyEntry]
    /// Keys of the words that make a `needs_context` name acceptable nearby (`mention_cues.tsv`).
    let contextWords: Set<[UInt8]>
    /// Keys of the words that mark a defined long form as a protein or cytokine name.
    let longFormHeads: Set<[UInt8]>
    /// Keys of the generic nouns a mention leaves out at either end ("Chemokine CCL2").
    let headNouns: Set<[UInt8]>
    private let entityIndex: [EntityKey: Int32]

    /// An entity's kind and target, the key of ``entityIndex`` (no string is built per look-up).
    private struct EntityKey: Hashable {
        let kind: MentionKind
        let target: String
    }

    /// Compiles a lexicon. Rows that the validator would reject (unknown kind or target) are
    /// skipped; when rows of one key disagree, the rows of the last file win (a user's
    /// extending folder overrides the built-in lexicon).
    public init(_ lexicon: Lexicon) {
        self.init(lexicon, nameIndex: nil)
    }

    /// Compiles a lexicon, taking the compiled names from `nameIndex` when it is given (it must
    /// be the index of this lexicon's names).
    init(_ lexicon: Lexicon, nameIndex: NameIndex?) {
        self.lexicon = lexicon
        (entities, entityIndex) = Self.entityTable(of: lexicon)
        let names = nameIndex ?? Self.compileNameIndex(of: lexicon, entityIndex: entityIndex)
        trie = NameTrie(keys: names.trieKeys)
        entries = names.entries

        var contextWords: Set<[UInt8]> = []
        var longFormHeads: Set<[UInt8]> = []
        var headNouns: Set<[UInt8]> = []
        if let cues = lexicon.tables["mention_cues.tsv"] {
            for row in cues.rows {
                let key = NameKey.keys(of: row.cells[0]).key
                switch row.cells[1] {
                case "context": contextWords.insert(key)
                case "long_form_head": longFormHeads.insert(key)
                case "head_noun": headNouns.insert(key)
                default: break
                }
            }
        }
        self.contextWords = contextWords
        self.longFormHeads = longFormHeads
        self.headNouns = headNouns
    }

    /// The entities of a lexicon, numbered: cytokines, then groups, then receptors (the first
    /// row of a target makes its entity).
    private static func entityTable(of lexicon: Lexicon) -> (entities: [LexiconEntity], index: [EntityKey: Int32]) {
        var entities: [LexiconEntity] = []
        var index: [EntityKey: Int32] = [:]
        let familyOf = Dictionary(lexicon.cytokines.map { ($0.symbol, $0.family) }) { first, _ in first }
        for cytokine in lexicon.cytokines where index[EntityKey(kind: .cytokine, target: cytokine.symbol)] == nil {
            index[EntityKey(kind: .cytokine, target: cytokine.symbol)] = Int32(entities.count)
            entities.append(
                LexiconEntity(
                    kind: .cytokine, target: cytokine.symbol, hgnc: cytokine.hgnc, family: cytokine.family,
                    members: [cytokine.symbol], groupType: "", label: cytokine.name))
        }
        let familyGroups = Set(lexicon.groups.filter { $0.type == "family" }.map(\.id))
        for group in lexicon.groups where index[EntityKey(kind: .group, target: group.id)] == nil {
            let memberFamilies = Set(group.members.compactMap { familyOf[$0] })
            let family =
                memberFamilies.count == 1 ? memberFamilies.first! : familyGroups.contains(group.id) ? group.id : "GROUP"
            index[EntityKey(kind: .group, target: group.id)] = Int32(entities.count)
            entities.append(
                LexiconEntity(
                    kind: .group, target: group.id, hgnc: nil, family: family, members: group.members,
                    groupType: group.type, label: group.name))
        }
        for receptor in lexicon.receptors where index[EntityKey(kind: .receptor, target: receptor.symbol)] == nil {
            index[EntityKey(kind: .receptor, target: receptor.symbol)] = Int32(entities.count)
            entities.append(
                LexiconEntity(
                    kind: .receptor, target: receptor.symbol, hgnc: receptor.hgnc, family: "RECEPTOR",
                    members: [receptor.symbol], groupType: "", label: receptor.name))
        }
        return (entities, index)
    }

    /// The names of a lexicon compiled.
    static func nameIndex(compiling lexicon: Lexicon) -> NameIndex {
        compileNameIndex(of: lexicon, entityIndex: entityTable(of: lexicon).index)
    }

    /// The names of a lexicon compiled, given its entity numbers.
    private static func compileNameIndex(of lexicon: Lexicon, entityIndex: [EntityKey: Int32]) -> NameIndex {
        NameIndex(compiling: lexicon.names) { entityIndex[EntityKey(kind: $0, target: $1)] }
    }

    /// The built-in lexicon, compiled on first use, with the names index stored in the binary
    /// (compiled instead if that index is out of date).
    ///
    /// The embedded copy is checked by the test suite, so a failure here is a build defect.
    public static let builtIn: CompiledLexicon = {
        do {
            return CompiledLexicon(try Lexicon.builtIn(), nameIndex: embeddedNameIndex())
        } catch {
            fatalError("the built-in lexicon does not load: \(error)")
        }
    }()

    /// The names index stored in the binary, or `nil` when it was not compiled from the
    /// built-in tables (after an edit of `lexicon/` without `scripts/embed_lexicon.py`).
    static func embeddedNameIndex() -> NameIndex? {
        NameIndex(archive: EmbeddedNameIndex.text, fingerprint: NameIndex.fingerprint(of: EmbeddedLexicon.files))
    }

    /// The names index of the built-in lexicon compiled from its tables (never read from the
    /// copy in the binary), as the text `scripts/embed_lexicon.py` stores in the binary.
    public static func compiledBuiltInNameIndex() throws(LexiconError) -> String {
        let index = nameIndex(compiling: try Lexicon.builtIn())
        return index.archive(fingerprint: NameIndex.fingerprint(of: EmbeddedLexicon.files))
    }

    /// The entity of a kind and target, if the lexicon has it.
    public func entity(_ kind: MentionKind, _ target: String) -> LexiconEntity? {
        entityIndex[EntityKey(kind: kind, target: target)].map { entities[Int($0)] }
    }

    /// The names-table rows a surface form's key resolves to (ignoring case rules and context),
    /// with the entity; `nil` when no name has this key.
    public func rows(forKeyOf surface: String) -> (entity: LexiconEntity, rows: [NameRecord])? {
        let node = trie.node(for: NameKey.keys(of: surface).key)
        guard node >= 0 else { return nil }
        let value = trie.value(at: node)
        guard value >= 0 else { return nil }
        let entry = entries[Int(value)]
        return (entities[Int(entry.entity)], entry.rows.map { lexicon.names[$0] })
    }
}
