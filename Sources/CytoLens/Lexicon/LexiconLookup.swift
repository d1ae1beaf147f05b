/// Explains what a surface form resolves to and why, for `cytolens lexicon lookup`.
public struct LexiconLookup: Sendable {
    /// The compiled lexicon.
    public let lexicon: CompiledLexicon

    /// Creates a lookup.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
    }

    /// Lines of explanation: keys, matching rows and their rules, dropped names, and what the
    /// tagger finds in the form taken as a text of its own.
    public func explain(_ surface: String) -> [String] {
        let keys = NameKey.keys(of: surface)
        let key = String(decoding: keys.key, as: UTF8.self)
        let caseKey = String(decoding: keys.caseKey, as: UTF8.self)
        var lines = ["'\(surface)': match key '\(key)', case key '\(caseKey)'"]
        if let found = lexicon.rows(forKeyOf: surface) {
            let entity = found.entity
            var what = "\(entity.kind.rawValue) \(entity.target)"
            if let hgnc = entity.hgnc { what += " (\(hgnc))" }
            what += ": \(entity.label); family \(entity.family)"
            if entity.kind == .group { what += "; \(entity.groupType) of \(entity.members.joined(separator: ", "))" }
            lines.append("names.tsv: the key is \(what)")
            for row in found.rows {
                var rule = row.caseSensitive ? "case-sensitive" : "any case"
                if row.caseSensitive {
                    let same = NameKey.keys(of: row.name).caseKey == keys.caseKey
                    rule += same ? " (the case matches)" : " (the case differs: no match)"
                }
                if row.has("needs_context") {
                    rule += "; needs context (a cytokine word or name nearby, or a definition)"
                }
                let flags = row.flags.isEmpty ? "" : " [\(row.flags.joined(separator: "|"))]"
                lines.append("  \(row.location)  '\(row.name)'  \(rule)\(flags)")
            }
        } else {
            lines.append("names.tsv: no name has this key")
        }
        for other in lexicon.otherNames(forKeyOf: surface) {
            var rule = other.caseSensitive ? "case-sensitive" : "any case"
            if other.caseSensitive {
                rule +=
                    NameKey.keys(of: other.name).caseKey == keys.caseKey ? " (the case matches)" : " (the case differs: no match)"
            }
            lines.append(
                "other_names.tsv: the key names another thing, never a mention: \(other.meaning)\n"
                    + "  \(other.location)  '\(other.name)'  \(rule); \(other.source)")
        }
        if let dropped = lexicon.lexicon.tables[LexiconSchema.droppedNames.file] {
            for row in dropped.rows where NameKey.keys(of: row.cells[0]).key == keys.key {
                lines.append("dropped by the lexicon builder: '\(row.cells[0])' \(row.cells[1]) \(row.cells[2]): \(row.cells[3])")
            }
        }
        let article = Article(
            source: "lookup",
            passages: [Passage(index: 0, type: .paragraph, section: [], offset: 0, text: surface)])
        let sentences = SentenceSplitter().sentences(in: article)
        let mentions = MentionTagger(lexicon: lexicon).mentions(in: article, sentences: sentences)
        if mentions.isEmpty {
            lines.append("tagged as a text of its own: no mention")
        } else {
            lines.append("tagged as a text of its own:")
            for mention in mentions {
                lines.append("  \(mention.kind.rawValue) \(mention.target) '\(mention.text)' \(mention.start)-\(mention.end)")
            }
        }
        return lines
    }
}
