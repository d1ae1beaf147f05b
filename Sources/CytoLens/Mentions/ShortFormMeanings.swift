/// What the abbreviations defined in one document say about short forms, keyed by case key.
struct ShortFormMeanings: Sendable {
    /// Short forms defined as something that is not a cytokine ("LIF (leaky integrate-and-fire)").
    private(set) var blocked: Set<[UInt8]> = []
    /// Lexicon short forms defined with a matching long form; they need no further context.
    private(set) var confirmed: Set<[UInt8]> = []
    /// Short forms defined with a cytokine, group or receptor long form, and what they mean here.
    private(set) var learned: [[UInt8]: Int32] = [:]

    /// Whether the document taught any short form.
    var hasLearned: Bool { !learned.isEmpty }

    /// Reads every definition of a document, the first definition of a short form winning. Only
    /// passages with names can hold a definition that matters (``AbbreviationFinder``), so the
    /// scans of the others may be nil.
    init(texts: [ScannedText?], matches: [[NameMatch]], lexicon: CompiledLexicon) {
        for (index, text) in texts.enumerated() {
            guard let text, !matches[index].isEmpty else { continue }
            for definition in AbbreviationFinder.definitions(in: text, near: matches[index]) {
                let caseKey = NameKey.keys(of: text.text(definition.short)).caseKey
                guard !caseKey.isEmpty, !blocked.contains(caseKey), !confirmed.contains(caseKey), learned[caseKey] == nil
                else { continue }
                let passageMatches = matches[index]
                let short = passageMatches.first {
                    $0.start == definition.short.lowerBound && $0.end == definition.short.upperBound
                }
                let long = passageMatches.last {
                    $0.end == definition.long.upperBound && $0.start >= definition.long.lowerBound && !$0.elided
                }
                if let long {
                    if short?.entity == long.entity {
                        confirmed.insert(caseKey)
                    } else if !lexicon.entities[Int(long.entity)].isClass, Self.isLearnable(caseKey),
                        !lexicon.isOtherThingName(text.text(definition.short))
                    {
                        learned[caseKey] = long.entity
                    }
                } else if short != nil {
                    let namesInside = passageMatches.contains {
                        $0.start >= definition.long.lowerBound && $0.end <= definition.long.upperBound
                    }
                    if namesInside || Self.hasHeadWord(definition.long, in: text, lexicon: lexicon) {
                        confirmed.insert(caseKey)
                    } else {
                        blocked.insert(caseKey)
                    }
                }
            }
        }
    }

    /// A learnable short form has two or more characters and a capital letter.
    private static func isLearnable(_ caseKey: [UInt8]) -> Bool {
        caseKey.count >= 2 && caseKey.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Whether a long form has a word such as factor, protein or ligand: it names a protein that
    /// the lexicon may not list, so its short form is not blocked.
    private static func hasHeadWord(_ range: Range<Int>, in text: ScannedText, lexicon: CompiledLexicon) -> Bool {
        var run = text.firstRun(atOrAfter: range.lowerBound)
        while run < text.runs.count, text.runs[run].end <= range.upperBound {
            if lexicon.longFormHeads.contains(text.key(of: run)) { return true }
            run += 1
        }
        return false
    }

    /// The occurrences of learned short forms that no other match covers: the short form's case
    /// key over whole runs joined by at most one hyphen or space, not followed by "-digit".
    func learnedMatches(in text: ScannedText, besides matches: [NameMatch]) -> [NameMatch] {
        guard !learned.isEmpty else { return [] }
        let forms = learned.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var covered = [Bool](repeating: false, count: text.runs.count)
        for match in matches {
            for run in match.firstRun...match.lastRun { covered[run] = true }
        }
        var result: [NameMatch] = []
        var run = 0
        while run < text.runs.count {
            defer { run += 1 }
            guard !covered[run], text.runs[run].keyCount > 0 else { continue }
            for (caseKey, entity) in forms where caseKey.first == text.caseKeys[text.runs[run].keyStart] {
                guard let last = lastRun(of: caseKey, from: run, in: text), !(run...last).contains(where: { covered[$0] })
                else { continue }
                result.append(
                    NameMatch(
                        start: text.runs[run].start, end: text.runs[last].end, firstRun: run, lastRun: last, entity: entity,
                        needsContext: false, key: Array(caseKey.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }),
                        caseKey: caseKey))
                run = last
                break
            }
        }
        return result
    }

    private func lastRun(of caseKey: [UInt8], from first: Int, in text: ScannedText) -> Int? {
        var matched = 0
        var run = first
        while run < text.runs.count {
            let piece = text.caseKey(of: run)
            guard matched + piece.count <= caseKey.count, caseKey[matched..<matched + piece.count].elementsEqual(piece)
            else { return nil }
            matched += piece.count
            if matched == caseKey.count {
                let end = text.runs[run].end
                if end + 1 < text.bytes.count, Separators.role(text.scalar(at: end).0) == .hyphen,
                    NameMatcher.isDigit(text.bytes[end + 1])
                {
                    return nil
                }
                return run
            }
            guard run + 1 < text.runs.count,
                let roles = Separators.roles(text, text.runs[run].end..<text.runs[run + 1].start, limit: 1),
                roles == [.hyphen] || roles == [.space]
            else { return nil }
            run += 1
        }
        return nil
    }
}
