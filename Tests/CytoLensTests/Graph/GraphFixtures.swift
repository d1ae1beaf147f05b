import CytoLens

/// Small constructed documents whose graph is known exactly: the golden tests' input.
enum GraphFixtures {
    /// Three short articles about IL-6, TNF-α, IFN-γ and TGF-β, with hand-written layers.
    static let documents: [DocumentAnnotations] = [first, second, third]

    /// An article laid out like `ArticleBuilder` does: passages one "\n" apart.
    static func makeArticle(source: String, pmid: String?, passages: [(PassageType, [String], String)]) -> Article {
        var built: [Passage] = []
        var offset = 0
        for (index, (type, section, text)) in passages.enumerated() {
            built.append(Passage(index: index, type: type, section: section, offset: offset, text: text))
            offset += text.unicodeScalars.count + 1
        }
        return Article(
            source: source, identifiers: ArticleIdentifiers(pmid: pmid), title: passages.first?.2 ?? "", passages: built)
    }

    /// A mention of `name` in `sentence`, found by its first occurrence in that sentence.
    static func mention(
        _ name: String, _ target: String, hgnc: String?, kind: MentionKind = .cytokine, in annotations: DocumentAnnotations,
        sentence: Int
    ) -> Mention {
        let span = annotations.sentences[sentence]
        let text = ToyTagger.text(of: span, in: annotations.article)
        let scalars = Array(text.unicodeScalars), pattern = Array(name.unicodeScalars)
        let start = (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern }!
        return Mention(
            kind: kind, target: target, hgnc: hgnc, text: name, start: span.start + start,
            end: span.start + start + pattern.count,
            sentence: sentence)
    }

    /// PMID 100: IL-6 promotes, TNF-α induces IL-6, IL-6 may restrain (hedged), a negated claim.
    static let first: DocumentAnnotations = {
        let article = makeArticle(
            source: "fixtures/first.xml", pmid: "100",
            passages: [
                (.title, [], "IL-6 and TNF-α in tumors"),
                (.abstract, ["Abstract"], "IL-6 promotes tumor growth. TNF-α induced IL-6 in \"tumor\" cells."),
                (.paragraph, ["Results"], "IL-6 may inhibit metastasis. TNF-α did not promote invasion."),
            ])
        var annotations = Annotator().annotate(article)
        annotations.mentions = [
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 0),
            mention("TNF-α", "TNF", hgnc: "HGNC:11892", in: annotations, sentence: 0),
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 1),
            mention("TNF-α", "TNF", hgnc: "HGNC:11892", in: annotations, sentence: 2),
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 2),
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 3),
            mention("TNF-α", "TNF", hgnc: "HGNC:11892", in: annotations, sentence: 4),
        ]
        annotations.claims = [
            Claim(
                cytokine: "IL6", polarity: .proTumor, effect: "proliferation", cues: ["promotes", "tumor growth"], sentence: 1,
                context: ClaimContext(section: ["Abstract"])),
            Claim(
                cytokine: "IL6", polarity: .antiTumor, hedged: true, hedgeCue: "may", effect: "metastasis",
                cues: ["inhibit", "metastasis"], sentence: 3, context: ClaimContext(section: ["Results"])),
            Claim(
                cytokine: "TNF", polarity: .proTumor, negated: true, negationCue: "not", effect: "metastasis",
                cues: ["promote", "invasion"], sentence: 4, context: ClaimContext(section: ["Results"])),
        ]
        annotations.relations = [Relation(source: "TNF", target: "IL6", type: .induces, sentence: 2, cues: ["induced"])]
        return annotations
    }()

    /// PMID 200: IFN-γ is antitumor, IFN-γ inhibits IL-6 (hedged), IL-6 promotes in breast cancer.
    static let second: DocumentAnnotations = {
        let article = makeArticle(
            source: "fixtures/second.xml", pmid: "200",
            passages: [
                (.title, [], "IFN-γ restrains tumors"),
                (.paragraph, ["Introduction"], "IFN-γ kills tumor cells in vivo. IFN-γ might suppress IL-6."),
                (.paragraph, ["Discussion"], "IL-6 drives breast cancer growth."),
            ])
        var annotations = Annotator().annotate(article)
        annotations.mentions = [
            mention("IFN-γ", "IFNG", hgnc: "HGNC:5438", in: annotations, sentence: 0),
            mention("IFN-γ", "IFNG", hgnc: "HGNC:5438", in: annotations, sentence: 1),
            mention("IFN-γ", "IFNG", hgnc: "HGNC:5438", in: annotations, sentence: 2),
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 2),
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 3),
        ]
        annotations.claims = [
            Claim(
                cytokine: "IFNG", polarity: .antiTumor, effect: "cell_death", cues: ["kills", "tumor cells"], sentence: 1,
                context: ClaimContext(evidence: "in_vivo", section: ["Introduction"])),
            Claim(
                cytokine: "IL6", polarity: .proTumor, effect: "proliferation", cues: ["drives", "growth"], sentence: 3,
                context: ClaimContext(cancer: "breast", section: ["Discussion"])),
        ]
        annotations.relations = [
            Relation(source: "IFNG", target: "IL6", type: .inhibits, hedged: true, sentence: 2, cues: ["suppress"]),
            Relation(source: "IFNG", target: "IL6", type: .cooccurs, sentence: 2),
        ]
        return annotations
    }()

    /// A document without PMID: TGF-β (a group) is double-edged; TGF-β and IL-6 synergize.
    static let third: DocumentAnnotations = {
        let article = makeArticle(
            source: "fixtures/third.txt", pmid: nil,
            passages: [
                (.title, [], "TGF-β, a double-edged sword"),
                (.paragraph, [], "TGF-β has a dual role in cancer. TGF-β synergizes with IL-6 and IL-6R."),
            ])
        var annotations = Annotator().annotate(article)
        annotations.mentions = [
            mention("TGF-β", "TGFB", hgnc: nil, kind: .group, in: annotations, sentence: 0),
            mention("TGF-β", "TGFB", hgnc: nil, kind: .group, in: annotations, sentence: 1),
            mention("TGF-β", "TGFB", hgnc: nil, kind: .group, in: annotations, sentence: 2),
            mention("IL-6", "IL6", hgnc: "HGNC:6018", in: annotations, sentence: 2),
            mention("IL-6R", "IL6R", hgnc: "HGNC:6019", kind: .receptor, in: annotations, sentence: 2),
        ]
        annotations.claims = [
            Claim(cytokine: "TGFB", polarity: .contextDependent, cues: ["double-edged sword"], sentence: 0),
            Claim(cytokine: "TGFB", polarity: .contextDependent, cues: ["dual role"], sentence: 1),
        ]
        annotations.relations = [Relation(source: "TGFB", target: "IL6", type: .synergizes, sentence: 2, cues: ["synergizes"])]
        return annotations
    }()

    /// The merged partial of the three documents.
    static func partial(limit: Int = 3) -> GraphPartial {
        let builder = GraphPartialBuilder(evidenceLimit: limit)
        return documents.reduce(into: GraphPartial(evidenceLimit: limit)) { $0.merge(builder.partial(for: $1)) }
    }

    /// Metadata as `lexicon/cytokines.tsv` gives it, for the nodes of the fixtures.
    static let metadata = NodeMetadataTable([
        "IL6": NodeMetadata(hgnc: "HGNC:6018", family: "IL6_FAMILY", name: "interleukin 6"),
        "TNF": NodeMetadata(hgnc: "HGNC:11892", family: "TNFSF", name: "tumor necrosis factor"),
        "IFNG": NodeMetadata(hgnc: "HGNC:5438", family: "IFN_TYPE_II", name: "interferon gamma"),
        "TGFB": NodeMetadata(name: "TGF-beta"),
    ])
}
