/// Checks the content of a lexicon: empty names, unknown kinds, case values, flags and targets,
/// names whose match keys collide with different ids, unknown families and group members, and
/// duplicate cues. Rows of a user's folder that override built-in rows are reported as notes.
public enum LexiconValidator {
    /// The issues of a lexicon, errors first, then in file order.
    public static func issues(in lexicon: Lexicon) -> [LexiconIssue] {
        var issues: [LexiconIssue] = []
        for path in lexicon.ignoredFiles {
            issues.append(LexiconIssue(.warning, path, "not a lexicon table; ignored"))
        }
        let cytokineSymbols = checkCytokines(lexicon, &issues)
        let groupIDs = checkGroups(lexicon, cytokineSymbols, &issues)
        let receptorSymbols = checkReceptors(lexicon, cytokineSymbols, &issues)
        checkNames(lexicon, cytokines: cytokineSymbols, groups: groupIDs, receptors: receptorSymbols, &issues)
        checkOtherNames(lexicon, &issues)
        checkCues(lexicon, &issues)
        checkRuleWords(lexicon, &issues)
        return issues.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }

    private static func checkCytokines(_ lexicon: Lexicon, _ issues: inout [LexiconIssue]) -> Set<String> {
        var symbols: Set<String> = []
        let builtInFamilies = Set(((try? Lexicon.builtIn())?.cytokines ?? []).map(\.family))
        let groupIDs = Set(lexicon.groups.map(\.id))
        for cytokine in lexicon.cytokines {
            if cytokine.symbol.isEmpty || cytokine.hgnc.isEmpty {
                issues.append(LexiconIssue(.error, cytokine.location, "a cytokine needs a symbol and an HGNC id"))
                continue
            }
            if !symbols.insert(cytokine.symbol).inserted {
                issues.append(LexiconIssue(.error, cytokine.location, "duplicate cytokine \(cytokine.symbol)"))
            }
            if !groupIDs.contains(cytokine.family) && !builtInFamilies.contains(cytokine.family) {
                issues.append(
                    LexiconIssue(
                        .error, cytokine.location,
                        "unknown family \(cytokine.family.isEmpty ? "(empty)" : cytokine.family) for \(cytokine.symbol): "
                            + "use a group id of groups.tsv or a family of the built-in cytokines.tsv"))
            }
            if cytokine.tier != "core" && cytokine.tier != "optional" {
                issues.append(LexiconIssue(.error, cytokine.location, "tier must be core or optional, not '\(cytokine.tier)'"))
            }
        }
        return symbols
    }

    private static func checkGroups(_ lexicon: Lexicon, _ cytokines: Set<String>, _ issues: inout [LexiconIssue]) -> Set<String> {
        var ids: Set<String> = []
        for group in lexicon.groups {
            if group.id.isEmpty {
                issues.append(LexiconIssue(.error, group.location, "a group needs an id"))
                continue
            }
            if !ids.insert(group.id).inserted {
                issues.append(LexiconIssue(.error, group.location, "duplicate group \(group.id)"))
            }
            if group.members.isEmpty { issues.append(LexiconIssue(.error, group.location, "group \(group.id) has no members")) }
            for member in group.members where !cytokines.contains(member) {
                issues.append(LexiconIssue(.error, group.location, "group \(group.id): member \(member) is not in cytokines.tsv"))
            }
        }
        return ids
    }

    private static func checkReceptors(_ lexicon: Lexicon, _ cytokines: Set<String>, _ issues: inout [LexiconIssue]) -> Set<
        String
    > {
        var symbols: Set<String> = []
        for receptor in lexicon.receptors {
            if receptor.symbol.isEmpty {
                issues.append(LexiconIssue(.error, receptor.location, "a receptor needs a symbol"))
                continue
            }
            if !symbols.insert(receptor.symbol).inserted {
                issues.append(LexiconIssue(.error, receptor.location, "duplicate receptor \(receptor.symbol)"))
            }
            if cytokines.contains(receptor.symbol) {
                issues.append(LexiconIssue(.error, receptor.location, "\(receptor.symbol) is both a cytokine and a receptor"))
            }
            for ligand in receptor.ligands where !cytokines.contains(ligand) {
                issues.append(
                    LexiconIssue(
                        .warning, receptor.location, "receptor \(receptor.symbol): ligand \(ligand) is not in cytokines.tsv"))
            }
        }
        return symbols
    }

    private static func checkNames(
        _ lexicon: Lexicon, cytokines: Set<String>, groups: Set<String>, receptors: Set<String>, _ issues: inout [LexiconIssue]
    ) {
        var firstByKey: [String: NameRecord] = [:]
        for name in lexicon.names {
            if name.name.allSatisfy({ $0 == " " }) {
                issues.append(LexiconIssue(.error, name.location, "empty name"))
                continue
            }
            let key = NameKey.key(of: name.name)
            if key.isEmpty {
                issues.append(LexiconIssue(.error, name.location, "'\(name.name)' has no letter or digit to match"))
                continue
            }
            guard let kind = name.kind else {
                issues.append(
                    LexiconIssue(.error, name.location, "kind must be cytokine, group or receptor, not '\(name.kindText)'"))
                continue
            }
            if name.caseText != "sensitive" && name.caseText != "insensitive" {
                issues.append(
                    LexiconIssue(.error, name.location, "case must be sensitive or insensitive, not '\(name.caseText)'"))
            }
            for flag in name.flags where !LexiconSchema.nameFlags.contains(flag) {
                issues.append(LexiconIssue(.warning, name.location, "unknown flag '\(flag)'"))
            }
            let known: Set<String> = kind == .cytokine ? cytokines : kind == .group ? groups : receptors
            if !known.contains(name.target) {
                let table = kind == .cytokine ? "cytokines.tsv" : kind == .group ? "groups.tsv" : "receptors.tsv"
                issues.append(
                    LexiconIssue(
                        .error, name.location, "'\(name.name)': unknown \(kind.rawValue) \(name.target) (not in \(table))"))
                continue
            }
            guard let first = firstByKey[key] else {
                firstByKey[key] = name
                continue
            }
            guard first.kind != name.kind || first.target != name.target else { continue }
            if first.origin != name.origin && first.origin.hasPrefix("built-in:") {
                issues.append(
                    LexiconIssue(
                        .note, name.location,
                        "'\(name.name)' overrides the built-in '\(first.name)' (\(first.kindText) \(first.target)) with \(name.kindText) \(name.target)"
                    ))
                firstByKey[key] = name
            } else {
                issues.append(
                    LexiconIssue(
                        .error, name.location,
                        "'\(name.name)' (\(name.kindText) \(name.target)) and '\(first.name)' at \(first.location) "
                            + "(\(first.kindText) \(first.target)) are the same name (match key '\(key)') with different ids"))
            }
        }
    }

    /// Every name of another thing has a key and a case value, is no name of `names.tsv` (its
    /// row would hide the name) and holds a name, which it is there to hide (a warning).
    private static func checkOtherNames(_ lexicon: Lexicon, _ issues: inout [LexiconIssue]) {
        guard !lexicon.otherNames.isEmpty else { return }
        var names: [String: NameRecord] = [:]
        for name in lexicon.names where name.kind != nil {
            let key = NameKey.key(of: name.name)
            if names[key] == nil { names[key] = name }
        }
        var seen: Set<String> = []
        var withoutOthers = lexicon
        withoutOthers.otherNames = []
        let matcher = NameMatcher(lexicon: CompiledLexicon(withoutOthers))
        for other in lexicon.otherNames {
            let key = NameKey.key(of: other.name)
            if key.isEmpty {
                issues.append(LexiconIssue(.error, other.location, "'\(other.name)' has no letter or digit to match"))
                continue
            }
            if other.caseText != "sensitive" && other.caseText != "insensitive" {
                issues.append(
                    LexiconIssue(.error, other.location, "case must be sensitive or insensitive, not '\(other.caseText)'"))
            }
            if let name = names[key] {
                issues.append(
                    LexiconIssue(
                        .error, other.location,
                        "'\(other.name)' is the name '\(name.name)' at \(name.location) (\(name.kindText) \(name.target)): "
                            + "drop it from names.tsv instead"))
            }
            if !seen.insert(other.caseSensitive ? key + "\t" + other.name : key).inserted {
                issues.append(LexiconIssue(.warning, other.location, "duplicate name of another thing '\(other.name)'"))
            }
            // The names the matcher finds before the context rules ("Fas" needs context).
            if matcher.matches(in: ScannedText(other.name)).isEmpty {
                issues.append(
                    LexiconIssue(.warning, other.location, "'\(other.name)' holds no name of names.tsv: it hides nothing"))
            }
        }
    }

    private static func checkCues(_ lexicon: Lexicon, _ issues: inout [LexiconIssue]) {
        for (file, _) in LexiconSchema.cueTables.sorted(by: { $0.key < $1.key }) {
            guard let table = lexicon.tables[file] else { continue }
            var seen: Set<[String]> = []
            for row in table.rows {
                if row.cells.contains(where: { $0.allSatisfy { $0 == " " } }) {
                    issues.append(LexiconIssue(.error, row.location, "every cell of \(file) must be filled"))
                }
                let identity = [row.cells[0].lowercased(), row.cells.count > 1 ? row.cells[1] : ""]
                if !seen.insert(identity).inserted {
                    let what = file == ruleWordsFile ? "word '\(identity[1])' in set \(row.cells[0])" : "cue '\(row.cells[0])'"
                    issues.append(LexiconIssue(.error, row.location, "duplicate \(what)"))
                }
            }
        }
    }

    private static let ruleWordsFile = "rule_words.tsv"

    /// Every row of `rule_words.tsv` names a known set, and every set has a row; a
    /// `noun_phrase_negation` word that is no negation cue could never match (a warning).
    private static func checkRuleWords(_ lexicon: Lexicon, _ issues: inout [LexiconIssue]) {
        guard let table = lexicon.tables[ruleWordsFile] else { return }
        let negationCues = Set((lexicon.tables["negation_cues.tsv"]?.rows ?? []).map { CueKey.of($0.cells[0]) })
        var present: Set<String> = []
        for row in table.rows {
            let set = row.cells[0]
            if RuleWords.names.contains(set) {
                present.insert(set)
                if set == "noun_phrase_negation", row.cells.count > 1, !negationCues.contains(CueKey.of(row.cells[1])) {
                    issues.append(
                        LexiconIssue(
                            .warning, row.location,
                            "'\(row.cells[1])' is not a cue of negation_cues.tsv, so no negation can match it"))
                }
            } else {
                issues.append(
                    LexiconIssue(
                        .error, row.location,
                        "unknown set '\(set)': use one of \(RuleWords.names.joined(separator: ", ")) (see lexicon/README.md)"))
            }
        }
        let origin = table.rows.last?.origin ?? ruleWordsFile
        for name in RuleWords.names where !present.contains(name) {
            issues.append(LexiconIssue(.error, origin, "missing set \(name): it needs at least one row"))
        }
    }
}
