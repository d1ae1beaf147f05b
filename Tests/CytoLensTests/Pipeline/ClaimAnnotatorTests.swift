import CytoLens
import Testing

@Suite("Claim annotator")
struct ClaimAnnotatorTests {
    @Test("Fills claims and relations sentence by sentence, in document coordinates")
    func annotatesDocument() throws {
        var builder = ArticleBuilder(source: "x")
        builder.add(.title, "IL-6 in colorectal cancer")
        builder.add(
            .abstract,
            "Serum levels were measured. IL-6 promoted the proliferation of the cells, and TNF-α induced IL-6 secretion.")
        let article = builder.article
        let sentences = SentenceSplitter().sentences(in: article)
        #expect(sentences.count == 3)
        // Mentions as the tagger would give them: absolute offsets, with their sentence.
        let written: [[TestMention]] = [[M("IL-6", "IL6")], [], [M("IL-6", "IL6"), M("TNF-α", "TNF"), M("IL-6", "IL6")]]
        var all: [Mention] = []
        for sentence in sentences {
            let passage = article.passages[sentence.passage]
            let scalars = Array(passage.text.unicodeScalars)
            let text = String(
                String.UnicodeScalarView(scalars[(sentence.start - passage.offset)..<(sentence.end - passage.offset)]))
            all += writtenMentions(text, written[sentence.index], offset: sentence.start, sentenceIndex: sentence.index)
        }
        let annotated = ClaimAnnotator(cues: ClaimTestSupport.cues, includeCooccurrence: false).annotate(
            DocumentAnnotations(article: article, sentences: sentences, mentions: all))
        // The title names colorectal cancer and the abstract takes its setting, so "proliferation of the
        // cells" is read as tumor growth.
        #expect(annotated.claims.map { "\($0.cytokine) \($0.polarity.rawValue) \($0.sentence)" } == ["IL6 pro_tumor 2"])
        #expect(annotated.claims.first?.context.cancer == nil)
        #expect(annotated.relations == [Relation(source: "TNF", target: "IL6", type: .induces, sentence: 2, cues: ["induced"])])
        #expect(
            ClaimAnnotator(cues: ClaimTestSupport.cues).annotate(annotated)
                == ClaimAnnotator(cues: ClaimTestSupport.cues).annotate(annotated))
    }

    @Test("A full-text paragraph needs a tumor setting of its own; a methods section gives no claims")
    func bodyParagraphsAndMethods() throws {
        func claims(_ type: PassageType, section: [String], _ text: String, mentions: [TestMention]) -> [String] {
            var builder = ArticleBuilder(source: "x")
            builder.add(.title, "IL-6 in colorectal cancer")
            builder.add(.abstract, "We studied serum markers.")
            builder.add(type, text, section: section)
            let article = builder.article
            let sentences = SentenceSplitter().sentences(in: article)
            let sentence = sentences[2]
            let passage = article.passages[sentence.passage]
            let scalars = Array(passage.text.unicodeScalars)
            let sentenceText = String(
                String.UnicodeScalarView(scalars[(sentence.start - passage.offset)..<(sentence.end - passage.offset)]))
            let found = writtenMentions(sentenceText, mentions, offset: sentence.start, sentenceIndex: sentence.index)
            return ClaimAnnotator(cues: ClaimTestSupport.cues, includeCooccurrence: false).annotate(
                DocumentAnnotations(article: article, sentences: sentences, mentions: found)
            ).claims.map { "\($0.cytokine) \($0.polarity.rawValue)" }
        }
        let il6 = [M("IL-6", "IL6")]
        // In a full text (it has an abstract), a Results paragraph about other cells: the title's
        // cancer does not reach it.
        #expect(claims(.paragraph, section: ["Results"], "IL-6 promoted the proliferation of the cells.", mentions: il6) == [])
        // The same paragraph naming tumor cells is in a tumor setting.
        #expect(
            claims(.paragraph, section: ["Results"], "IL-6 promoted the proliferation of the tumor cells.", mentions: il6)
                == ["IL6 pro_tumor"])
        // In a methods section the same words state a procedure.
        #expect(
            claims(
                .paragraph, section: ["Materials and Methods"], "IL-6 promoted the proliferation of the tumor cells.",
                mentions: il6) == [])
    }

    @Test("Claims are those read with every passage's tumor setting read first, on real documents")
    func settingReadOnlyWhenNeeded() throws {
        let annotator = ClaimAnnotator(cues: ClaimTestSupport.cues)
        let extractor = ClaimTestSupport.extractor
        var total = 0
        for document in SettingScanTests.documents {
            let passages = document.article.passages
            var mentionsBySentence: [Int: [Mention]] = [:]
            var mentionsByPassage: [Int: [Mention]] = [:]
            for mention in document.mentions {
                mentionsBySentence[mention.sentence, default: []].append(mention)
                mentionsByPassage[document.sentences[mention.sentence].passage, default: []].append(mention)
            }
            // The settings as the annotator defines them, each read up front.
            var chosen = passages.indices.filter { passages[$0].type == .title || passages[$0].type == .abstract }
            if chosen.isEmpty { chosen = Array(passages.indices.prefix(3)) }
            let inTumorDocument = chosen.contains {
                extractor.isTumorDocument(
                    passages[$0].text, mentions: mentionsByPassage[$0] ?? [], textStart: passages[$0].offset)
            }
            let isFullText = passages.contains { $0.type == .abstract }
            let settings = passages.indices.map { index -> Bool in
                let passage = passages[index]
                if !isFullText || passage.type == .title || passage.type == .abstract { return inTumorDocument }
                return extractor.isTumorDocument(
                    passage.text, mentions: mentionsByPassage[index] ?? [], textStart: passage.offset)
            }
            var expected: [Claim] = []
            for sentence in document.sentences {
                guard let mentions = mentionsBySentence[sentence.index],
                    sentence.end - sentence.start <= ClaimAnnotator.longestSentence,
                    mentions.count <= ClaimAnnotator.mostMentions
                else { continue }
                let passage = passages[sentence.passage]
                let scalars = Array(passage.text.unicodeScalars)
                let text = String(
                    String.UnicodeScalarView(scalars[(sentence.start - passage.offset)..<(sentence.end - passage.offset)]))
                expected += extractor.claims(
                    in: text, mentions: mentions, sentenceStart: sentence.start, sentenceIndex: sentence.index,
                    section: passage.section, documentInTumorSetting: settings[sentence.passage])
            }
            let found = annotator.annotate(document).claims
            #expect(found == expected, "\(document.article.source)")
            total += found.count
        }
        #expect(total > 50, "\(total)")
    }
}
