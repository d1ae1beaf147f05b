import CytoLens
import Foundation
import Testing

@Suite("Plain text reader")
struct PlainTextReaderTests {
    private func read(_ text: String) -> Article {
        PlainTextReader().article(fromText: text, source: "test.txt")
    }

    private func summary(_ article: Article) -> [String] {
        article.passages.map { "\($0.type.rawValue)|\($0.section.joined(separator: " > "))|\($0.text)" }
    }

    @Test("The bundled sample abstract: title, abstract paragraphs, no keywords line")
    func sampleAbstract() throws {
        let url = TestPaths.corpus.appendingPathComponent("text/sample-abstract.txt")
        let input = ArticleInput(path: url.path)
        #expect(try ArticleLoader().format(of: input) == .text)
        let article = try #require(try PlainTextReader().articles(in: input).first)
        #expect(article.title == "Opposing cytokine circuits decide the fate of an invented murine carcinoma")
        #expect(article.passages.map(\.type) == [.title, .abstract, .abstract, .abstract, .abstract])
        #expect(article.passages.dropFirst().allSatisfy { $0.section == ["Abstract"] })
        #expect(article.passages[3].text.hasPrefix("Results: IL-6 promoted tumour growth through STAT3"))
        #expect(!article.passages.contains { $0.text.contains("Keywords") })
        let sentences = SentenceSplitter().sentences(in: article)
        #expect(sentences.count == 14)
    }

    @Test("The scraped Frontiers seed: its title and abstract, none of the log-in, e-mail or metadata lines")
    func frontiersSeed() throws {
        guard let corpus = TestPaths.sharedCorpus else {
            print("skipping: ../shared/corpus is not present")
            return
        }
        let url = corpus.appendingPathComponent("text/frontiers-2025-cytokines-double-edged-sword.txt")
        let article = try #require(try PlainTextReader().articles(in: ArticleInput(path: url.path)).first)
        let title = "The \"Double-Edged Sword\" Effect of Cytokines in Cancer: Coexisting Opportunities and Challenges"
        #expect(article.title == title)
        #expect(article.passages.map(\.type) == [.title, .paragraph])
        #expect(article.passages[1].text.hasPrefix("As a key signaling molecule network in the tumor immune microenvironment"))
        let all = article.passages.map(\.text).joined(separator: "\n")
        for chrome in [
            "email", "login", "account", "Notify me", "Keywords", "Received", "Copyright", "Correspondence", "Disclaimer",
            "View all", "University", "MINI REVIEW", "Front. Immunol.",
        ] {
            #expect(!all.contains(chrome), "\"\(chrome)\" left in")
        }
        let sentences = SentenceSplitter().sentences(in: article)
        #expect(sentences.count >= 8)
    }

    @Test("Blank lines separate paragraphs, and a short first line is the title")
    func blankLines() {
        let article = read("IL-6 and cancer\n\nIL-6 promotes tumor growth.\nIt is dual.\n\nTGF-β is dual too.\n")
        #expect(
            summary(article) == [
                "title||IL-6 and cancer", "paragraph||IL-6 promotes tumor growth. It is dual.", "paragraph||TGF-β is dual too.",
            ])
    }

    @Test("Hard-wrapped lines are joined; a line that ends early ends its paragraph")
    func hardWrapped() {
        let text = """
            Interleukin-6 is produced by tumour-associated macrophages and acts on
            carcinoma cells through its receptor and the signal transducer gp130,
            which activates STAT3.
            TNF-alpha induced IL-6 production in the same cells, and IL-10 suppressed
            IFN-gamma production by T cells in every co-culture that we examined.
            """
        let article = read(text)
        #expect(
            article.passages.map(\.text) == [
                "Interleukin-6 is produced by tumour-associated macrophages and acts on carcinoma cells through its "
                    + "receptor and the signal transducer gp130, which activates STAT3.",
                "TNF-alpha induced IL-6 production in the same cells, and IL-10 suppressed IFN-gamma production by T "
                    + "cells in every co-culture that we examined.",
            ])
    }

    @Test("Known headings give sections; a structured abstract keeps its own; the reference list is left out")
    func headings() {
        let text = """
            IL-12 restores anti-tumour immunity

            Abstract

            Background

            IL-12 drives Th1 responses.

            Results

            IL-12 restored IFN-γ release.

            1. Introduction

            IL-10 suppressed IFN-γ and TNF-α production.

            Methods

            Mice were treated.

            Cytokine assays

            IL-12 was measured by ELISA.

            Figure 1

            References

            1. Smith J. Invented. 2020.

            Acknowledgements

            We thank nobody in particular.
            """
        #expect(
            summary(read(text)) == [
                "title||IL-12 restores anti-tumour immunity",
                "abstract|Abstract > Background|IL-12 drives Th1 responses.",
                "abstract|Abstract > Results|IL-12 restored IFN-γ release.",
                "paragraph|1. Introduction|IL-10 suppressed IFN-γ and TNF-α production.",
                "paragraph|Methods|Mice were treated.",
                "paragraph|Methods > Cytokine assays|IL-12 was measured by ELISA.",
                "paragraph|Acknowledgements|We thank nobody in particular.",
            ])
    }

    @Test("A single paragraph has no title; prose is never taken for one")
    func noTitle() {
        #expect(
            summary(read("IL-6 promotes tumor growth. It is dual.")) == ["paragraph||IL-6 promotes tumor growth. It is dual."])
        let prose = String(repeating: "IL-6 promotes tumor growth through STAT3 in many models. ", count: 5)
        let article = read(prose + "\n\nTGF-β is dual.")
        #expect(article.title.isEmpty)
        #expect(article.passages.map(\.type) == [.paragraph, .paragraph])
    }

    @Test("Windows line ends and a UTF-8 byte order mark are handled")
    func lineEndsAndBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("IL-6 and cancer\r\n\r\nIL-6 promotes growth.\r\n".utf8)
        let article = try #require(try PlainTextReader().articles(in: ArticleInput(source: "-", bytes: bytes)).first)
        #expect(summary(article) == ["title||IL-6 and cancer", "paragraph||IL-6 promotes growth."])
    }
}
