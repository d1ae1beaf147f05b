import CytoLens
import Foundation
import Testing

@Suite("Mention offsets: code points in document coordinates")
struct MentionOffsetTests {
    static let annotator = Annotator()

    /// Checks that every mention's span slices its passage to its text and lies in its sentence.
    static func checkInvariant(_ annotations: DocumentAnnotations) -> Int {
        var checked = 0
        for mention in annotations.mentions {
            guard
                let passage = annotations.article.passages.first(where: { $0.offset <= mention.start && mention.end <= $0.end })
            else {
                Issue.record("mention \(mention.text) at \(mention.start) is in no passage")
                continue
            }
            let scalars = Array(passage.text.unicodeScalars)
            let slice = String(
                String.UnicodeScalarView(scalars[(mention.start - passage.offset)..<(mention.end - passage.offset)]))
            #expect(slice == mention.text, "\(annotations.article.source): \(mention)")
            let sentence = annotations.sentences[mention.sentence]
            #expect(sentence.passage == passage.index && sentence.start <= mention.start && mention.start < sentence.end)
            checked += 1
        }
        #expect(annotations.mentions == annotations.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
        return checked
    }

    @Test("Characters outside the Basic Multilingual Plane and combining marks count as code points")
    func astralCharacters() {
        let text = "𝛼-helix 😀 e\u{301}té: IL-6 and TNF-α; naïve T cells made IFN-γ."
        let annotations = Self.annotator.annotate(TaggerCase.article(text, offset: 1000))
        #expect(annotations.mentions.map(\.text) == ["IL-6", "TNF-α", "IFN-γ"])
        #expect(annotations.mentions.first?.start == 1000 + 16)
        #expect(Self.checkInvariant(annotations) == 3)
    }

    @Test("Alphas and gammas of other alphabets typed for the Greek letters name the same cytokines")
    func greekLookAlikes() {
        let text = "IL-1⍺ and TNF-ɑ rose, IFN-Ɣ fell and IFN-ɣ stayed."
        let annotations = Self.annotator.annotate(TaggerCase.article(text, offset: 0))
        #expect(annotations.mentions.map(\.text) == ["IL-1⍺", "TNF-ɑ", "IFN-Ɣ", "IFN-ɣ"])
        #expect(annotations.mentions.map(\.target) == ["IL1A", "TNF", "IFNG", "IFNG"])
        #expect(Self.checkInvariant(annotations) == 4)
    }

    @Test("Mentions in several passages keep the passages' own offsets (as BioC and PubTator give them)")
    func passageOffsets() {
        let article = Article(
            source: "offsets",
            passages: [
                Passage(index: 0, type: .title, section: [], offset: 0, text: "IL-6 in cancer"),
                Passage(index: 1, type: .abstract, section: [], offset: 15, text: "Serum IL-6 and CXCL8 rose. TGF-β fell."),
                Passage(index: 2, type: .paragraph, section: ["Results"], offset: 500, text: "IL-10 was flat."),
            ])
        let annotations = Self.annotator.annotate(article)
        #expect(annotations.mentions.map(\.start) == [0, 21, 30, 42, 500])
        #expect(annotations.mentions.map(\.sentence) == [0, 1, 1, 2, 3])
        #expect(Self.checkInvariant(annotations) == 5)
    }

    @Test(
        "On real abstracts and PMC excerpts every mention slices its passage to its text",
        .enabled(if: TestPaths.sharedCorpus != nil))
    func realArticles() throws {
        let gold = try #require(TestPaths.sharedCorpus).appendingPathComponent("gold")
        var articles = try GoldReader.read(path: gold.appendingPathComponent("biored/Dev.PubTator").path).map(\.article)
        for file in TestPaths.files(under: gold.appendingPathComponent("tcre/collection_02"), extensions: ["ann"]) {
            articles += try GoldReader.read(path: file.path).map(\.article)
        }
        var checked = 0
        for article in articles { checked += Self.checkInvariant(Self.annotator.annotate(article)) }
        #expect(checked > 1000)
    }
}
