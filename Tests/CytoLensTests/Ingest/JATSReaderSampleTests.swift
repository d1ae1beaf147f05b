import CytoLens
import Foundation
import Testing

/// Golden tests on the two JATS samples in `corpus/jats/`: every passage, with its type, section
/// path, offset and text.
@Suite("JATS reader: bundled samples")
struct JATSReaderSampleTests {
    /// One expected passage: type, section path, offset, text.
    struct Expected: CustomStringConvertible {
        var type: PassageType
        var section: [String]
        var offset: Int
        var text: String

        init(_ type: PassageType, _ section: [String], _ offset: Int, _ text: String) {
            self.type = type
            self.section = section
            self.offset = offset
            self.text = text
        }

        var description: String { "\(type) \(section) @\(offset) \(text.debugDescription)" }
    }

    private func read(_ name: String) throws -> [Article] {
        let path = TestPaths.corpus.appendingPathComponent("jats/\(name)").path
        return try JATSReader().articles(in: ArticleInput(path: path))
    }

    private func check(_ article: Article, _ expected: [Expected]) {
        #expect(article.passages.count == expected.count)
        for (passage, want) in zip(article.passages, expected) {
            #expect(passage.type == want.type, "\(want)")
            #expect(passage.section == want.section, "\(want)")
            #expect(passage.offset == want.offset, "\(want)")
            #expect(passage.text == want.text, "\(want)")
        }
        for (i, passage) in article.passages.enumerated() { #expect(passage.index == i) }
        // Passages are laid out one "\n" apart.
        for (previous, next) in zip(article.passages, article.passages.dropFirst()) {
            #expect(next.offset == previous.end + 1)
        }
    }

    @Test("A full article: structured abstract, nested sections, figure, table, citations, back matter")
    func singleArticle() throws {
        let articles = try read("il6-stat3-tumor-sample.nxml")
        try #require(articles.count == 1)
        let article = articles[0]
        #expect(article.source.hasSuffix("corpus/jats/il6-stat3-tumor-sample.nxml"))
        #expect(article.identifiers == ArticleIdentifiers(pmid: "99000001", pmcid: "PMC9900001", doi: "10.99999/ijti.2024.0001"))
        #expect(article.title == "Tumor-derived IL-6 drives STAT3 activation and immune escape")
        let results = ["Results", "IL-6 drives STAT3 activation"]
        let levels = ["Results", "Cytokine levels"]
        check(
            article,
            [
                Expected(.title, [], 0, "Tumor-derived IL-6 drives STAT3 activation and immune escape"),
                Expected(
                    .abstract, ["Abstract", "Background"], 61, "Interleukin-6 (IL-6) is abundant in the tumor microenvironment."),
                Expected(
                    .abstract, ["Abstract", "Results"], 125,
                    "IL-6 promoted tumor growth, whereas IFN-γ inhibited it. Blocking TGF-β restored T cell infiltration."),
                Expected(.abstract, ["Digest"], 226, "Some tumors release a signal called IL-6 that switches on STAT3."),
                Expected(
                    .paragraph, ["Introduction"], 291,
                    "IL-6 signals through STAT3 in many cancers. TNF-α acts upstream, and IL-10 is induced in macrophages."),
                Expected(
                    .paragraph, ["Introduction"], 393,
                    "The cytokines studied were: IL-6 and IL-11, TGF-β1. Each was measured by ELISA."),
                Expected(
                    .paragraph, results, 473, "Tumor cells secreted IL-6 (Figure 1). Phosphorylated STAT3 rose 4-fold (p<0.01)."),
                Expected(.caption, results, 554, "Figure 1. IL-6 induces p-STAT3. Western blot of STAT3 phosphorylation."),
                Expected(.paragraph, results, 625, "IFN-γ opposed this effect."),
                Expected(.caption, levels, 652, "Table 1. Serum cytokines. Below detection in controls."),
                Expected(.table, levels, 707, "Cytokine\tTumor (pg/ml)\tControl (pg/ml)"),
                Expected(.table, levels, 746, "IL-6\t42.1\t3.2"),
                Expected(.table, levels, 760, "TNF-α\t17.5"),
                Expected(.paragraph, ["Appendix 1"], 771, "IL-6 knockout cells grew slowly."),
            ])
    }

    @Test("An article set without doctype: one article per <article>, #N sources, namespaced JATS, author-year citations")
    func articleSet() throws {
        let articles = try read("tgfb-ifng-articleset-sample.xml")
        try #require(articles.count == 2)
        #expect(articles.map { $0.source.hasSuffix("tgfb-ifng-articleset-sample.xml#1") } == [true, false])
        #expect(articles[1].source.hasSuffix("tgfb-ifng-articleset-sample.xml#2"))
        #expect(articles[0].identifiers == ArticleIdentifiers(pmid: nil, pmcid: "PMC9900002", doi: "10.99999/ijti.2024.0002"))
        #expect(articles[1].identifiers == ArticleIdentifiers(pmid: "99000003", pmcid: nil, doi: nil))
        check(
            articles[0],
            [
                Expected(.title, [], 0, "TGF-β restrains IFN-γ in melanoma: an invented study"),
                Expected(.abstract, ["Abstract"], 53, "TGF-β suppressed IFN-γ production by CD8+ T cells."),
                Expected(
                    .paragraph, [], 104,
                    "Smith et al. first linked TGF-β to exclusion. Jones and Lee (2020) showed that IFN-γ is anti-tumor."),
                Expected(.caption, [], 204, "Box 1. Key terms."),
                Expected(.paragraph, ["Box 1. Key terms"], 222, "TGF-β: transforming growth factor beta"),
            ])
        check(
            articles[1],
            [
                Expected(.title, [], 0, "IL-10 in invented colon tumors"),
                Expected(.paragraph, ["Results"], 31, "IL-10 was high in tumors (Figure 2)."),
            ])
    }

    @Test("No sample passage keeps an orphan bracket or separator from a removed citation")
    func noOrphans() throws {
        let orphans = ["[]", "()", "[,", "[;", "(,", "(;", ",]", ",)", ";)", " .", " ,", "–]", "[–"]
        for name in ["il6-stat3-tumor-sample.nxml", "tgfb-ifng-articleset-sample.xml"] {
            for article in try read(name) {
                for passage in article.passages where passage.type != .table {
                    for orphan in orphans { #expect(!passage.text.contains(orphan), "\(orphan) in \(passage.text)") }
                }
            }
        }
    }
}
