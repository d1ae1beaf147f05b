import CytoLens
import Testing

@Suite("One document's graph partial")
struct GraphPartialBuilderTests {
    let partial = GraphFixtures.partial()

    @Test("Mentions and documents are counted per node; receptors are not nodes")
    func mentionsAndDocuments() {
        #expect(partial.documents == 3)
        #expect(partial.nodes.keys.sorted() == ["IFNG", "IL6", "TGFB", "TNF"])
        #expect(partial.nodes["IL6"]?.mentions == 7)
        #expect(partial.nodes["IL6"]?.documents == 3)
        #expect(partial.nodes["IL6"]?.hgnc == "HGNC:6018")
        #expect(partial.nodes["TGFB"]?.kind == .group)
        #expect(partial.nodes["IL6R"] == nil)
    }

    @Test("Claims are counted by polarity with negated and hedged ones apart")
    func claimCounts() throws {
        let il6 = try #require(partial.nodes["IL6"])
        #expect(il6.proTumor.supporting == 2 && il6.proTumor.hedged == 0 && il6.proTumor.documents == 2)
        #expect(il6.antiTumor.supporting == 0 && il6.antiTumor.hedged == 1 && il6.antiTumor.documents == 1)
        let tnf = try #require(partial.nodes["TNF"])
        #expect(tnf.proTumor.negated == 1 && tnf.proTumor.affirmed == 0)
        // A negated claim is evidence, but it does not make a document count for the polarity.
        #expect(tnf.proTumor.documents == 0)
        #expect(tnf.proTumor.evidence.records.map(\.text) == ["TNF-α did not promote invasion."])
        #expect(partial.nodes["TGFB"]?.contextDependent.supporting == 2)
    }

    @Test("Evidence carries the document, section, sentence text and offsets in document coordinates")
    func evidenceRecord() throws {
        let record = try #require(partial.nodes["IL6"]?.antiTumor.evidence.records.first)
        #expect(record.document == "PMID:100")
        #expect(record.source == "fixtures/first.xml")
        #expect(record.section == ["Results"])
        #expect(record.text == "IL-6 may inhibit metastasis.")
        #expect(record.hedged && !record.negated)
        #expect(record.cues == ["inhibit", "metastasis"])
        let article = GraphFixtures.first.article
        let scalars = Array(article.passages[2].text.unicodeScalars)
        let offset = article.passages[2].offset
        #expect(String(String.UnicodeScalarView(scalars[(record.start - offset)..<(record.end - offset)])) == record.text)
        // Hedged (2) plus an effect (1); a body paragraph adds nothing.
        #expect(record.score == 3)
    }

    @Test("Typed relations count per (source, target, type); the tagger's cooccurs relations are ignored")
    func relations() throws {
        let induces = try #require(partial.relations[EdgeKey(source: "TNF", target: "IL6", type: .induces)])
        #expect(induces.supporting == 1 && induces.documents == 1)
        let inhibits = try #require(partial.relations[EdgeKey(source: "IFNG", target: "IL6", type: .inhibits)])
        #expect(inhibits.hedged == 1 && inhibits.supporting == 0)
        #expect(partial.relations.keys.allSatisfy { $0.type != .cooccurs })
        // Synergy has no direction: the ends are stored in byte order.
        #expect(partial.relations[EdgeKey(source: "TGFB", target: "IL6", type: .synergizes)] != nil)
        #expect(EdgeKey(source: "TGFB", target: "IL6", type: .synergizes).source == "IL6")
    }

    @Test("Co-occurrence counts sentences, passages and documents, and per-document indicators")
    func cooccurrence() throws {
        let pair = try #require(partial.cooccurrences[EdgeKey(source: "TNF", target: "IL6", type: .cooccurs)])
        // The title and an abstract sentence name both; the Results paragraph names both in two
        // sentences: two sentences, three passages, one document.
        #expect(pair.sentences == 2 && pair.paragraphs == 3 && pair.documents == 1)
        #expect(pair.sentenceDocuments == 1 && pair.paragraphDocuments == 1)
        #expect(pair.evidence.records.first?.text == "IL-6 and TNF-α in tumors")
        #expect(partial.cooccurrences.count == 3)
    }

    @Test("Same passage but not the same sentence counts for the paragraph, not the sentence")
    func paragraphOnly() throws {
        var document = GraphFixtures.makeArticle(
            source: "p.txt", pmid: nil,
            passages: [(.paragraph, [], "IL-6 rises. TNF-α follows."), (.paragraph, [], "IFN-γ too.")]
        )
        .annotated()
        document.mentions = [
            GraphFixtures.mention("IL-6", "IL6", hgnc: nil, in: document, sentence: 0),
            GraphFixtures.mention("TNF-α", "TNF", hgnc: nil, in: document, sentence: 1),
            GraphFixtures.mention("IFN-γ", "IFNG", hgnc: nil, in: document, sentence: 2),
        ]
        let partial = GraphPartialBuilder(evidenceLimit: 3).partial(for: document)
        let near = try #require(partial.cooccurrences[EdgeKey(source: "IL6", target: "TNF", type: .cooccurs)])
        #expect(near.sentences == 0 && near.paragraphs == 1 && near.paragraphDocuments == 1 && near.sentenceDocuments == 0)
        let far = try #require(partial.cooccurrences[EdgeKey(source: "IFNG", target: "IL6", type: .cooccurs)])
        #expect(far.paragraphs == 0 && far.documents == 1)
        #expect(near.evidence.records.isEmpty)
    }

    @Test("Annotations pointing outside the document are skipped, not trusted")
    func outOfRange() {
        var document = GraphFixtures.first
        document.claims.append(Claim(cytokine: "IL6", polarity: .antiTumor, sentence: 99))
        document.relations.append(Relation(source: "IL6", target: "TNF", type: .inhibits, sentence: -1))
        let partial = GraphPartialBuilder(evidenceLimit: 3).partial(for: document)
        #expect(partial.nodes["IL6"]?.antiTumor.supporting == 0)
        #expect(partial.relations[EdgeKey(source: "IL6", target: "TNF", type: .inhibits)] == nil)
    }

    @Test("The evidence cap holds per element, choosing the best records")
    func cap() {
        let partial = GraphFixtures.partial(limit: 1)
        #expect(partial.nodes["IL6"]?.proTumor.evidence.records.map(\.document) == ["PMID:100"])
        #expect(partial.nodes["IL6"]?.proTumor.supporting == 2)
        #expect(GraphFixtures.partial(limit: 0).nodes.values.allSatisfy { $0.proTumor.evidence.records.isEmpty })
    }
}

extension Article {
    /// The article with its sentences and no other layers.
    func annotated() -> DocumentAnnotations { Annotator().annotate(self) }
}
