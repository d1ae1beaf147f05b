/// A lexicon name found in one passage, before the document-level rules (abbreviations,
/// context) decide whether it stays. Offsets are UTF-8 offsets into the passage text.
struct NameMatch: Sendable {
    /// The first byte.
    var start: Int
    /// Just past the last byte.
    var end: Int
    /// The first word run.
    var firstRun: Int
    /// The last word run.
    var lastRun: Int
    /// Index into ``CompiledLexicon/entities``.
    var entity: Int32
    /// Whether the name is accepted only with cytokine context nearby.
    var needsContext: Bool
    /// The match key of the name as matched (`tgfb1`).
    var key: [UInt8]
    /// Its case key (`TGFb1`).
    var caseKey: [UInt8]
    /// Whether this is an elided item of a coordination ("-5" in "IL-4, -5 and -13").
    var elided: Bool = false
    /// Whether the name is a family's plural before a member's number ("interleukins 4" in
    /// "interleukins 4 and 13"), so that bare numbers after it are coordination items too.
    var listsMembers: Bool = false
}
