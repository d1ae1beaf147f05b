import CytoLens

/// A deliberately crude tagger for tests only: it adds mentions, claims and relations to real
/// sentences with a few names and cue words, so graph tests can run on real text before the real
/// taggers exist. Its output is plausible, not accurate; tests never judge its biology.
struct ToyTagger {
    /// Surface names, longest first so "TNF-alpha" wins over "TNF".
    static let names: [(String, MentionKind, String, String?)] = [
        ("TNF-alpha", .cytokine, "TNF", "HGNC:11892"), ("TNF-α", .cytokine, "TNF", "HGNC:11892"),
        ("IFN-gamma", .cytokine, "IFNG", "HGNC:5438"), ("IFN-γ", .cytokine, "IFNG", "HGNC:5438"),
        ("TGF-beta", .group, "TGFB", nil), ("TGF-β1", .cytokine, "TGFB1", "HGNC:11766"), ("TGF-β", .group, "TGFB", nil),
        ("IL-1beta", .cytokine, "IL1B", "HGNC:5992"), ("IL-1β", .cytokine, "IL1B", "HGNC:5992"),
        ("IL-6R", .receptor, "IL6R", "HGNC:6019"), ("IL-10", .cytokine, "IL10", "HGNC:5962"),
        ("IL-12", .group, "IL12", nil), ("IL-17", .cytokine, "IL17A", "HGNC:5981"), ("IL-2", .cytokine, "IL2", "HGNC:6001"),
        ("IL-4", .cytokine, "IL4", "HGNC:6014"), ("IL-6", .cytokine, "IL6", "HGNC:6018"),
        ("IL-8", .cytokine, "CXCL8", "HGNC:6025"),
        ("CXCL12", .cytokine, "CXCL12", "HGNC:10672"), ("CCL2", .cytokine, "CCL2", "HGNC:10618"),
        ("GM-CSF", .cytokine, "CSF2", "HGNC:2434"), ("VEGF", .cytokine, "VEGFA", "HGNC:12680"),
        ("TNF", .cytokine, "TNF", "HGNC:11892"),
        ("interferon", .group, "IFN", nil), ("cytokines", .group, "CYTOKINE", nil),
    ]

    /// The annotations of an article with the toy layers.
    func annotate(_ article: Article) -> DocumentAnnotations {
        var annotations = Annotator().annotate(article)
        for sentence in annotations.sentences {
            let text = Self.text(of: sentence, in: article)
            let found = Self.mentions(in: text, offset: sentence.start, sentence: sentence.index)
            annotations.mentions += found
            annotations.claims += Self.claims(for: found, text: text, sentence: sentence.index, article: article)
            annotations.relations += Self.relations(for: found, text: text, sentence: sentence.index)
        }
        return annotations
    }

    static func text(of sentence: Sentence, in article: Article) -> String {
        let passage = article.passages.first { $0.index == sentence.passage }!
        let scalars = Array(passage.text.unicodeScalars)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[(sentence.start - passage.offset)..<(sentence.end - passage.offset)])
        return String(text)
    }

    private static func mentions(in text: String, offset: Int, sentence: Int) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        var taken = [Bool](repeating: false, count: scalars.count)
        var found: [Mention] = []
        for (name, kind, target, hgnc) in names {
            let pattern = Array(name.unicodeScalars)
            var i = 0
            while i + pattern.count <= scalars.count {
                if Array(scalars[i..<(i + pattern.count)]) == pattern, !taken[i..<(i + pattern.count)].contains(true),
                    i == 0 || !isWordScalar(scalars[i - 1]),
                    i + pattern.count == scalars.count || !isWordScalar(scalars[i + pattern.count])
                {
                    for j in i..<(i + pattern.count) { taken[j] = true }
                    found.append(
                        Mention(
                            kind: kind, target: target, hgnc: hgnc, text: name, start: offset + i,
                            end: offset + i + pattern.count,
                            sentence: sentence))
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
    }

    private static func claims(for mentions: [Mention], text: String, sentence: Int, article: Article) -> [Claim] {
        let lower = text.lowercased()
        var polarities: [(ClaimPolarity, String)] = []
        for (cue, polarity) in [
            ("promot", ClaimPolarity.proTumor), ("metasta", .proTumor), ("poor prognosis", .proTumor), ("inhibit", .antiTumor),
            ("suppress", .antiTumor), ("antitumor", .antiTumor), ("dual", .contextDependent), ("double-edged", .contextDependent),
        ] where lower.contains(cue) && !polarities.contains(where: { $0.0 == polarity }) {
            polarities.append((polarity, cue))
        }
        let negated = lower.contains(" not ") || lower.contains(" no ")
        let hedged = lower.contains(" may ") || lower.contains(" might ") || lower.contains("suggest")
        let section =
            article.passages.first { passage in
                passage.offset <= (mentions.first?.start ?? 0) && (mentions.first?.start ?? 0) <= passage.end
            }?.section ?? []
        var claims: [Claim] = []
        var seen: Set<String> = []
        for mention in mentions where mention.kind != .receptor && seen.insert(mention.target).inserted {
            for (polarity, cue) in polarities {
                claims.append(
                    Claim(
                        cytokine: mention.target, polarity: polarity, negated: negated, negationCue: negated ? "not" : nil,
                        hedged: hedged, hedgeCue: hedged ? "may" : nil, effect: cue == "metasta" ? "metastasis" : nil,
                        cues: [cue], sentence: sentence,
                        context: ClaimContext(cancer: lower.contains("breast") ? "breast" : nil, section: section)))
            }
        }
        return claims
    }

    private static func relations(for mentions: [Mention], text: String, sentence: Int) -> [Relation] {
        let lower = text.lowercased()
        let cytokines = mentions.filter { $0.kind != .receptor }
        guard cytokines.count >= 2, cytokines[0].target != cytokines[1].target else { return [] }
        for (cue, type) in [
            ("induc", RelationType.induces), ("stimulat", .induces), ("inhibit", .inhibits), ("suppress", .inhibits),
            ("synerg", .synergizes),
        ] where lower.contains(cue) {
            return [
                Relation(
                    source: cytokines[0].target, target: cytokines[1].target, type: type, negated: lower.contains(" not "),
                    hedged: lower.contains(" may "), sentence: sentence, cues: [cue])
            ]
        }
        return []
    }
}
