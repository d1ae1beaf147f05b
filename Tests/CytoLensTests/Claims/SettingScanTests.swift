import Foundation
import Testing

@testable import CytoLens

/// ``SettingScan`` reads the tumor setting, cancer and evidence of a text without the full
/// ``SentenceAnalysis``; on real paragraphs and sentences it must answer as the full analysis does.
@Suite("Setting scan")
struct SettingScanTests {
    /// The articles of the bundled corpus and every 16th JATS, PubMed and HTML file of the shared
    /// corpus (when it is there), with the mentions the built-in tagger finds. (With a stride of 1,
    /// the whole shared corpus, the tests take a few minutes and pass as well.)
    static let sharedStride = 16

    static let documents: [DocumentAnnotations] = {
        var paths = TestPaths.files(under: TestPaths.corpus, extensions: ["xml", "nxml", "html", "txt"]).map(\.path)
        if let shared = TestPaths.sharedCorpus {
            for folder in ["jats", "pubmed", "html"] {
                let files = TestPaths.files(under: shared.appendingPathComponent(folder))
                paths += files.enumerated().filter { $0.offset % SettingScanTests.sharedStride == 0 }.map(\.element.path)
            }
        }
        let annotator = Annotator()
        let loader = ArticleLoader()
        var documents: [DocumentAnnotations] = []
        for path in paths {
            try? loader.read(ArticleInput(path: path)) { documents.append(annotator.annotate($0)) }
        }
        return documents
    }()

    @Test("A passage's tumor setting is the full analysis's, with its mentions and without")
    func tumorSettingOfPassages() throws {
        let cues = ClaimTestSupport.cues
        var decided = [true: 0, false: 0]
        var undecided = 0
        var disagreeing: [String] = []
        for document in SettingScanTests.documents {
            var mentionsByPassage: [Int: [Mention]] = [:]
            for mention in document.mentions {
                mentionsByPassage[document.sentences[mention.sentence].passage, default: []].append(mention)
            }
            for (index, passage) in document.article.passages.enumerated() {
                for mentions in [mentionsByPassage[index] ?? [], []] {
                    let local = mentions.map { mention -> Mention in
                        var m = mention
                        m.start -= passage.offset
                        m.end -= passage.offset
                        return m
                    }
                    let full = SentenceAnalysis(text: passage.text, mentions: local, cues: cues).inTumorSetting
                    if let fast = SettingScan.tumorFromCues(passage.text, mentions: local, cues: cues) {
                        decided[fast, default: 0] += 1
                        if fast != full { disagreeing.append(passage.text) }
                    } else {
                        undecided += 1
                    }
                    if SettingScan.isTumor(passage.text, mentions: local, cues: cues) != full {
                        disagreeing.append(passage.text)
                    }
                }
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(3))")
        // Both answers are given from the cues alone, and some passages need the full analysis.
        #expect(decided[true, default: 0] > 20 && decided[false, default: 0] > 20 && undecided > 0, "\(decided) \(undecided)")
    }

    @Test("A sentence's cancer and evidence are the full analysis's")
    func cancerAndEvidenceOfSentences() throws {
        let cues = ClaimTestSupport.cues
        var named = (cancer: 0, evidence: 0)
        var disagreeing: [String] = []
        for document in SettingScanTests.documents {
            for sentence in document.sentences {
                let passage = document.article.passages[sentence.passage]
                let scalars = Array(passage.text.unicodeScalars)
                let text = String(
                    String.UnicodeScalarView(scalars[(sentence.start - passage.offset)..<(sentence.end - passage.offset)]))
                let analysis = SentenceAnalysis(text: text, mentions: [], cues: cues)
                let full = (analysis.cancers.first { $0.cancer != "cancer" }?.cancer, analysis.evidence.first?.kind)
                let fast = SettingScan.cancerAndEvidence(in: text, cues: cues)
                if fast.cancer != full.0 || fast.evidence != full.1 { disagreeing.append(text) }
                if fast.cancer != nil { named.cancer += 1 }
                if fast.evidence != nil { named.evidence += 1 }
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(3))")
        #expect(named.cancer > 2 && named.evidence > 2, "\(named)")
    }
}
