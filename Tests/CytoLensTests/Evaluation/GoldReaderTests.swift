import CytoLens
import Testing

@Suite("Gold readers")
struct GoldReaderTests {
    @Test("PubTator: title at 0, abstract one past it, annotations with their ids")
    func pubTator() throws {
        let content = """
            123|t|IL-6 and cancer
            123|a|Serum IL-6 rose; Il6 mRNA too.
            123\t0\t4\tIL-6\tGeneOrGeneProduct\t3569
            123\t22\t26\tIL-6\tGeneOrGeneProduct\t3569
            123\t33\t36\tIl6\tGeneOrGeneProduct\t16193
            123\tAssociation\t3569\tD009369

            456|t|Nothing here
            456|a|
            """
        let documents = try GoldReader.read(ArticleInput(source: "gold.pubtator", text: content))
        #expect(documents.count == 2)
        let first = documents[0]
        #expect(first.article.identifiers.pmid == "123")
        #expect(first.article.passages.map(\.offset) == [0, 16])
        #expect(first.annotations.map(\.identifiers) == [["3569"], ["3569"], ["16193"]])
        for annotation in first.annotations {
            let passage = first.article.passages.last { $0.offset <= annotation.start }!
            let scalars = Array(passage.text.unicodeScalars)
            #expect(
                String(String.UnicodeScalarView(scalars[(annotation.start - passage.offset)..<(annotation.end - passage.offset)]))
                    == annotation.text)
        }
    }

    @Test("brat: lines are passages at their own offsets; discontinuous spans keep their outer bounds")
    func brat() throws {
        let text = "IL‐4 drives Th2 cells\n\nThey make IL-5 and IL-13.\n"
        let annotations =
            "T1\tCYTOKINE 0 4\tIL‐4\nT2\tCELL_TYPE 12 21\tTh2 cells\nT3\tCYTOKINE 33 37;42 47\tIL-5 IL-13\nR1\tSecretion Arg1:T2 Arg2:T3\n"
        let document = try GoldReader.readBrat(text: text, annotations: annotations, source: "doc.ann")
        #expect(document.article.passages.map(\.offset) == [0, 23])
        #expect(document.annotations.map(\.type) == ["CYTOKINE", "CELL_TYPE", "CYTOKINE"])
        #expect(document.annotations[2].start == 33 && document.annotations[2].end == 47)
    }

    @Test("Gene-id gold: human cytokine ids, rodent ids named by their texts, receptor texts left out")
    func geneSelection() throws {
        let content = """
            1|t|Il6 and IL-6 receptor
            1|a|Mouse Il6 and IL-6R; Il6 again.
            1\t0\t3\tIl6\tGeneOrGeneProduct\t16193
            1\t8\t21\tIL-6 receptor\tGeneOrGeneProduct\t3569
            1\t28\t31\tIl6\tGeneOrGeneProduct\t16193
            1\t43\t46\tIl6\tGeneOrGeneProduct\t16193
            """
        let documents = try GoldReader.read(ArticleInput(source: "gold", text: content))
        let selection = GoldCytokineSelection(documents, lexicon: .builtIn)
        #expect(selection.nonHumanIdentifiers["16193"] == ["IL6"])
        #expect(selection.receptorMentions == 1)
        #expect(selection.mentions[0].map(\.text) == ["Il6", "Il6", "Il6"])
        let evaluation = MentionEvaluator(annotator: Annotator()).evaluate(documents, selection: selection)
        #expect(evaluation.spanAndID.truePositives == 3)
        #expect(evaluation.spanAndID.falsePositives == 0)
        #expect(evaluation.receptorPredictions == 2)
    }
}
