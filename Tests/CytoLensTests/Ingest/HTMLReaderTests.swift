import CytoLens
import Foundation
import Testing

@Suite("HTML reader")
struct HTMLReaderTests {
    private func read(_ html: String) -> Article {
        HTMLReader().article(fromPage: Array(html.utf8), source: "test.html")
    }

    private func texts(_ article: Article, _ type: PassageType? = nil) -> [String] {
        article.passages.filter { type == nil || $0.type == type }.map(\.text)
    }

    // MARK: - Title and identifiers

    @Test("Title and ids come from citation and Dublin Core meta tags, names in any case, entities decoded")
    func metaTags() {
        let article = read(
            """
            <html><head>
            <meta name="CITATION_TITLE" content="IL-6 and TGF-&beta; in   cancer &amp; inflammation">
            <meta name="citation_pmid" content="31234567">
            <meta name="citation_doi" content="https://doi.org/10.1234/abc.5">
            <link rel="canonical" href="https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/">
            <title>Something else | Site</title></head>
            <body><h1>A different heading</h1><p>IL-6 promotes growth.</p></body></html>
            """)
        #expect(article.title == "IL-6 and TGF-β in cancer & inflammation")
        #expect(article.identifiers == ArticleIdentifiers(pmid: "31234567", pmcid: "PMC6543210", doi: "10.1234/abc.5"))
        #expect(article.passages.first?.type == .title)
        #expect(article.passages.first?.text == article.title)
    }

    @Test("Dublin Core identifiers fill in what citation tags lack")
    func dublinCore() {
        let article = read(
            """
            <html><head><meta name="dc.title" content="IFN-γ and PD-L1">
            <meta name="DC.Identifier" content="doi:10.5555/xyz">
            <meta name="dc.identifier" content="pmid:7654321"></head><body><p>Text here.</p></body></html>
            """)
        #expect(article.title == "IFN-γ and PD-L1")
        #expect(article.identifiers.doi == "10.5555/xyz")
        #expect(article.identifiers.pmid == "7654321")
        #expect(article.identifiers.pmcid == nil)
    }

    @Test("Without meta tags the title is the first h1, then the <title> without its site name")
    func titleFallbacks() {
        let withHeading = read(
            "<html><head><title>Page | Site</title></head><body><h1>IL-10 in  tumours</h1><p>Text.</p></body></html>")
        #expect(withHeading.title == "IL-10 in tumours")
        #expect(texts(withHeading) == ["IL-10 in tumours", "Text."])
        let withTitle = read(
            "<html><head><title>IL-12 and NK cells in melanoma | Invented Journal</title></head><body><p>Text.</p></body></html>")
        #expect(withTitle.title == "IL-12 and NK cells in melanoma")
    }

    // MARK: - Chrome

    @Test("Navigation, banners, scripts, forms, widgets, asides and log-in or metadata lines are left out")
    func chromeIsDropped() {
        let article = read(
            """
            <html><head><script>var tracking = "javascript";</script><style>p { color: red }</style></head><body>
            <a href="#main" class="skip-link">Skip to main content</a>
            <div class="cookie-banner"><p>We use cookies. Accept our Cookie Policy.</p><button>Accept</button></div>
            <header><nav><a href="/login">Sign in</a> <a href="/">Home</a></nav></header>
            <div role="navigation"><a href="/">Journals</a></div>
            <main><article>
              <div class="share-buttons"><a href="#">Share</a> <a href="#">Print</a></div>
              <p>TNF-α induced IL-6 production in macrophages.</p>
              <p>Sign in to read the full text of this article.</p>
              <p>Keywords: IL-6, STAT3, tumour</p>
              <p>© 2024 The Authors.</p>
              <noscript>Please enable JavaScript.</noscript>
              <form><label>E-mail</label><input name="email"><button>Subscribe</button></form>
              <p style="display: none">Hidden text.</p>
              <div hidden>Also hidden.</div>
            </article></main>
            <aside><h2>Similar articles</h2><p>IL-6 elsewhere.</p></aside>
            <footer><p>Copyright 2024. Privacy.</p></footer>
            </body></html>
            """)
        #expect(texts(article) == ["TNF-α induced IL-6 production in macrophages."])
    }

    // MARK: - Citations

    @Test(
        "Citation links to the reference list leave no orphan brackets or commas",
        arguments: [
            ("IL-6 promotes growth (<a href=\"#ref-1\">1</a>, <a href=\"#ref-2\">2</a>).", "IL-6 promotes growth."),
            ("IL-6 promotes growth [<a href=\"#B3\">3</a>]. TNF-α kills.", "IL-6 promotes growth. TNF-α kills."),
            ("IL-6 promotes growth<sup><a href=\"#B1\">1</a>,<a href=\"#B2\">2</a></sup>.", "IL-6 promotes growth."),
            ("IL-6 promotes growth (<a href=\"#B2\">2</a>–<a href=\"#B4\">4</a>) in mice.", "IL-6 promotes growth in mice."),
            ("IL-6 rose (Table 1; <a href=\"#B5\">5</a>).", "IL-6 rose (Table 1)."),
            ("IL-6 rose (<a class=\"bibr\" rid=\"R9\" href=\"https://x.org/#R9\">9</a>).", "IL-6 rose."),
            ("IL-6 rose (<a href=\"#B6\">Smith et al., 2019</a>).", "IL-6 rose (Smith et al., 2019)."),
            ("IL-6 rose (Smith et al. <a href=\"#B6\">2019</a>).", "IL-6 rose (Smith et al. 2019)."),
            ("CD4(−) cells and IL-6 (see <a href=\"#fig1\">Figure 1</a>).", "CD4(−) cells and IL-6 (see Figure 1)."),
        ])
    func citationsLeaveNoOrphans(_ paragraph: String, _ expected: String) {
        let article = read(
            """
            <html><body><article><p>\(paragraph)</p>
            <section class="ref-list"><h2>References</h2><ol>
            <li id="B1">One.</li><li id="B2">Two.</li><li id="B3">Three.</li><li id="B4">Four.</li><li id="B5">Five.</li>
            <li id="B6">Six.</li><li id="ref-1">Ref one.</li><li id="ref-2">Ref two.</li></ol></section>
            </article></body></html>
            """)
        #expect(texts(article) == [expected])
    }

    // MARK: - Structure

    @Test("Headings give the section path; a section's headings end with it")
    func sectionPaths() {
        let article = read(
            """
            <html><body><article>
            <div class="abstract"><h2>Abstract</h2><p>IL-6 is pro-tumour.</p></div>
            <div class="sec"><p>Untitled introduction.</p></div>
            <section><h2>Results</h2><p>Results text.</p>
              <section><h3>IL-6 drives STAT3</h3><p>STAT3 text.</p><h4>Details</h4><p>Detail text.</p></section>
              <p>Back in results.</p>
            </section>
            <div><h2>Discussion</h2><p>Discussion text.</p></div>
            </article></body></html>
            """)
        let passages = article.passages.map { "\($0.type.rawValue)|\($0.section.joined(separator: " > "))|\($0.text)" }
        #expect(
            passages == [
                "abstract|Abstract|IL-6 is pro-tumour.",
                "paragraph||Untitled introduction.",
                "paragraph|Results|Results text.",
                "paragraph|Results > IL-6 drives STAT3|STAT3 text.",
                "paragraph|Results > IL-6 drives STAT3 > Details|Detail text.",
                "paragraph|Results|Back in results.",
                "paragraph|Discussion|Discussion text.",
            ])
    }

    @Test("On a flat page the abstract is found by its heading and the references by theirs")
    func flatPage() {
        let article = read(
            """
            <html><body><h1>Flat</h1><h2>Summary</h2><p>IL-10 is anti-inflammatory.</p>
            <h2>Introduction</h2><p>IL-10 suppressed IFN-γ.</p>
            <h2>References</h2><p>1. Smith J. A paper. 2019.</p><p>2. Jones K. Another. 2020.</p>
            <h2>Acknowledgements</h2><p>We thank the invented lab.</p></body></html>
            """)
        #expect(texts(article, .abstract) == ["IL-10 is anti-inflammatory."])
        #expect(texts(article, .paragraph) == ["IL-10 suppressed IFN-γ.", "We thank the invented lab."])
    }

    @Test("Table rows become tab-separated table passages; captions and figure captions are captions")
    func tablesAndFigures() {
        let article = read(
            """
            <html><body><article><h2>Results</h2>
            <div class="table-wrap"><h3>Table 1</h3><div class="caption"><p>Cytokines in serum.</p></div>
            <table><thead><tr><th>Cytokine</th><th>pg/ml</th></tr></thead>
            <tbody><tr><td>IL-6</td><td>12<sup>a</sup></td></tr><tr><td></td><td>3</td></tr><tr><td> </td><td></td></tr></tbody></table>
            <div class="tblwrap-foot"><p>aMedian.</p></div></div>
            <figure><img src="x.png" alt="plot"><figcaption><b>Figure 2.</b> IFN-γ induces PD-L1.</figcaption></figure>
            <div class="fig"><div class="caption"><p>TGF-β is dual.</p></div></div>
            <table><caption>Own caption</caption><tr><td>TNF-α</td><td>up</td></tr></table>
            </article></body></html>
            """)
        #expect(article.title.isEmpty)
        let passages = article.passages.map { "\($0.type.rawValue)|\($0.text)" }
        #expect(
            passages == [
                "caption|Cytokines in serum.", "table|Cytokine\tpg/ml", "table|IL-6\t12a", "table|\t3", "caption|aMedian.",
                "caption|IFN-γ induces PD-L1.", "caption|TGF-β is dual.", "caption|Own caption", "table|TNF-α\tup",
            ])
        // Table rows keep their tabs, yet stay laid out one "\n" apart like every other passage.
        for (previous, next) in zip(article.passages, article.passages.dropFirst()) {
            #expect(next.offset == previous.end + 1)
        }
    }

    @Test("A table that holds tables lays out the page and is read as blocks")
    func layoutTables() {
        let article = read(
            """
            <html><body><table><tr><td><p>IL-6 promotes growth.</p></td><td>
            <table><tr><td>inner</td><td>cell</td></tr></table></td></tr></table></body></html>
            """)
        #expect(texts(article) == ["IL-6 promotes growth.", "inner\tcell"])
        #expect(article.passages.map(\.type) == [.paragraph, .table])
    }

    // MARK: - Robustness

    @Test(
        "Never fails on content: empty, binary, broken and absurd pages",
        arguments: [
            [], Array("<<<>>>&&&;;".utf8), [0xFF, 0xFE, 0x00, 0x41], Array("<html><body><p>Unclosed <b>bold <i>italic".utf8),
            Array("</p></div></body><p>Stray end tags first. IL-6 rose.".utf8), Array(repeating: 0x80, count: 1000),
        ] as [[UInt8]])
    func neverFails(_ bytes: [UInt8]) {
        let article = HTMLReader().article(fromPage: bytes, source: "odd.html")
        #expect(article.source == "odd.html")
        #expect(article.passages.allSatisfy { !$0.text.isEmpty })
    }

    @Test("Deep nesting is read without overflowing the stack", arguments: [200, 20_000])
    func deepNesting(_ depth: Int) {
        let html = String(repeating: "<div>", count: depth) + "IL-6 deep inside." + String(repeating: "</div>", count: depth)
        let article = read("<html><body>\(html)</body></html>")
        // libxml2 gives up on elements nested deeper than 256 levels (its default limit, kept on
        // purpose); the page then reads short, but the reader still returns.
        if depth < 250 {
            #expect(texts(article) == ["IL-6 deep inside."])
        }
    }

    @Test("UTF-8 is used when the bytes are UTF-8; otherwise the page's declared charset")
    func encodings() {
        #expect(texts(read("<html><body><p>TGF-β and IFN-γ</p></body></html>")) == ["TGF-β and IFN-γ"])
        let latin1: [UInt8] =
            Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(" au lait</p></body></html>".utf8)
        #expect(HTMLReader().article(fromPage: latin1, source: "l.html").passages.map(\.text) == ["Café au lait"])
    }

    @Test("A missing file is an error naming the file")
    func missingFile() throws {
        let error = #expect(throws: IngestError.self) {
            try HTMLReader().articles(in: ArticleInput(path: "/nonexistent/page.html"))
        }
        #expect(error?.description == "/nonexistent/page.html: no such file")
    }

    // MARK: - Golden sample

    @Test("The bundled sample page reads to exactly these passages")
    func samplePage() throws {
        let url = TestPaths.corpus.appendingPathComponent("html/sample-article.html")
        let input = ArticleInput(path: url.path)
        #expect(try ArticleLoader().format(of: input) == .html)
        let articles = try HTMLReader().articles(in: input)
        try #require(articles.count == 1)
        let article = articles[0]
        let title = "Cytokine crosstalk in the tumour microenvironment: IL-6, TGF-β and IFN-γ as double agents"
        #expect(article.title == title)
        #expect(article.identifiers == ArticleIdentifiers(pmid: "99000042", pmcid: nil, doi: "10.99999/jio.2024.0042"))
        let results = "Results"
        let il6 = [results, "IL-6 drives STAT3 signalling"]
        let tgfb = [results, "TGF-β switches sides"]
        let il10 = [results, "IL-10 dampens anti-tumour immunity"]
        let expected: [(PassageType, [String], String)] = [
            (.title, [], title),
            (
                .abstract, ["Abstract"],
                "Cytokines shape tumours in opposite directions. Interleukin-6 (IL-6) promotes tumour growth through STAT3, "
                    + "whereas interferon-γ (IFN-γ) restrains it. Transforming growth factor-β (TGF-β) is tumour-suppressive in "
                    + "early lesions but drives metastasis in advanced disease. Here we summarise how these signals interact and "
                    + "why blocking a single cytokine may not be enough."
            ),
            (
                .paragraph, ["Introduction"],
                "Chronic inflammation is a hallmark of many solid tumours. Tumour-associated macrophages secrete TNF-α, IL-6 "
                    + "and IL-10, and TNF-α induced IL-6 production in co-cultures of macrophages and carcinoma cells. IL-6 then "
                    + "activates STAT3 in tumour cells, which promotes proliferation and survival."
            ),
            (
                .paragraph, ["Introduction"],
                "Th2 cytokines such as IL-4, -5 and -13 polarise macrophages towards a pro-tumour phenotype, whereas IL-12 "
                    + "from dendritic cells drives Th1 responses and IFN-γ release by NK cells (Placeholder et al., 2021)."
            ),
            (
                .paragraph, il6,
                "In the xenograft model, blocking IL-6 reduced tumour growth by 60% (p < 0.01; Fig. 1). IL-6 did not promote "
                    + "tumour growth in STAT3-deficient cells, which places STAT3 downstream of the cytokine."
            ),
            (
                .caption, il6,
                "Blocking IL-6 reduces tumour growth. Tumour volume at day 21 in mice treated with an anti-IL-6 antibody or an "
                    + "isotype control."
            ),
            (
                .paragraph, tgfb,
                "TGF-β inhibited the proliferation of pre-malignant epithelial cells. In late-stage carcinoma, however, TGF-β "
                    + "promoted epithelial–mesenchymal transition and metastasis."
            ),
            (
                .paragraph, tgfb + ["Interferons"],
                "IFN-γ killed tumour cells directly and activated cytotoxic T cells, but IFN-γ also induced PD-L1 on tumour "
                    + "cells, which may limit its benefit. Type I interferons (IFN-α/β) enhanced antigen presentation."
            ),
            (
                .paragraph, il10,
                "IL-10 suppressed IFN-γ and TNF-α production by activated T cells. IL-12 may counteract this suppression."
            ),
            (.caption, il10, "Cytokine levels in tumour lysates (pg/ml)."),
            (.table, il10, "Cytokine\tControl\tTumour"),
            (.table, il10, "IL-6\t12\t148"),
            (.table, il10, "IL-10\t5\t61"),
            (.table, il10, "IFN-γ\t40\t9"),
            (
                .paragraph, ["Discussion"],
                "Cytokines act as double agents: the same molecule can protect against cancer or fuel it, depending on the "
                    + "stage and the context."
            ),
        ]
        try #require(article.passages.count == expected.count)
        for (passage, (type, section, text)) in zip(article.passages, expected) {
            #expect(passage.type == type)
            #expect(passage.section == section)
            #expect(passage.text == text)
        }
        #expect(
            article.passages.map(\.offset) == [0, 90, 458, 748, 954, 1149, 1276, 1444, 1647, 1752, 1795, 1819, 1831, 1842, 1853])
        let sentences = SentenceSplitter().sentences(in: article)
        #expect(sentences.count == 25)
    }
}
