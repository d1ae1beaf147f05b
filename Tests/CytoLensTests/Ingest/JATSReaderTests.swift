import CytoLens
import Testing

/// What the JATS reader keeps and drops, one rule at a time, on small documents.
@Suite("JATS reader")
struct JATSReaderTests {
    private func articles(_ xml: String) throws -> [Article] {
        try JATSReader().articles(in: ArticleInput(source: "test.xml", text: xml))
    }

    /// The passages of a one-article document whose `<body>` is `body`, as "type: text".
    private func bodyPassages(_ body: String, back: String = "") throws -> [String] {
        let xml = "<article><body>\(body)</body><back>\(back)</back></article>"
        return try articles(xml)[0].passages.map { "\($0.type.rawValue): \($0.text)" }
    }

    /// The text of the single paragraph `<p>` + `inner` + `</p>`.
    private func paragraph(_ inner: String) throws -> String {
        let passages = try articles("<article><body><p>\(inner)</p></body></article>")[0].passages
        try #require(passages.count == 1)
        return passages[0].text
    }

    @Test(
        "Citations go with their brackets and separators",
        arguments: [
            ("survival [<xref ref-type=\"bibr\">1</xref>]. Next", "survival. Next"),
            ("cells [<xref ref-type=\"bibr\">1</xref>,<xref ref-type=\"bibr\">2</xref>] grew", "cells grew"),
            ("cells [<xref ref-type=\"bibr\">1</xref>]–[<xref ref-type=\"bibr\">3</xref>].", "cells."),
            ("cells [<xref ref-type=\"bibr\">1</xref>], [<xref ref-type=\"bibr\">4</xref>].", "cells."),
            ("cells (<xref ref-type=\"bibr\">1</xref>, <xref ref-type=\"bibr\">2</xref>).", "cells."),
            ("cells<sup><xref ref-type=\"bibr\">1</xref>,<xref ref-type=\"bibr\">2</xref></sup>.", "cells."),
            ("cells <sup><xref ref-type=\"bibr\">1</xref>–<xref ref-type=\"bibr\">3</xref></sup> grew", "cells grew"),
            ("cells <xref ref-type=\"bibr\">[1]</xref>, <xref ref-type=\"bibr\">[2]</xref>, and", "cells, and"),
            ("IL-6 (<xref ref-type=\"bibr\">Smith et al., 2010</xref>; <xref ref-type=\"bibr\">Doe, 2011</xref>).", "IL-6."),
            ("IL-6 (<xref ref-type=\"bibr\">Doe, 2011</xref>; see Methods).", "IL-6 (see Methods)."),
            ("IL-6 (Figure 1; <xref ref-type=\"bibr\">Doe, 2011</xref>).", "IL-6 (Figure 1)."),
            ("IL-6 (Figure 1; <xref ref-type=\"bibr\">7</xref>).", "IL-6 (Figure 1)."),
            ("<xref ref-type=\"bibr\">Doe et al. (2011)</xref> showed it.", "Doe et al. (2011) showed it."),
            ("IL-6 (Doe et al. <xref ref-type=\"bibr\">2011</xref>).", "IL-6 (Doe et al.)."),
            ("IL-6 rises\n  <sup><xref ref-type=\"bibr\">1</xref></sup>\n  . Then", "IL-6 rises. Then"),
        ])
    func citations(_ input: String, _ expected: String) throws {
        #expect(try paragraph(input) == expected)
    }

    @Test(
        "Inline markup keeps its text; markers, TeX and display formulas go",
        arguments: [
            ("<italic>IL</italic>-6 and <bold>TNF</bold>-&#x3b1;", "IL-6 and TNF-α"),
            ("CD4<sup>+</sup> and IL-1<sc>b</sc> in <monospace>x</monospace>", "CD4+ and IL-1b in x"),
            ("<named-content content-type=\"gene\">IL6</named-content> <ext-link>site</ext-link>", "IL6 site"),
            ("IL-6 (<xref ref-type=\"fig\">Figure 2A</xref>)", "IL-6 (Figure 2A)"),
            ("IL-6<xref ref-type=\"fn\">a</xref> rose", "IL-6 rose"),
            ("so <inline-formula><tex-math>\\alpha</tex-math></inline-formula>x", "so x"),
            ("where<disp-formula><tex-math>a=b</tex-math></disp-formula>holds", "where holds"),
            (
                "a <inline-formula><mml:math xmlns:mml=\"m\"><mml:mi>p</mml:mi>\n <mml:mo>&lt;</mml:mo> <mml:mn>0.05</mml:mn></mml:math></inline-formula> b",
                "a p<0.05 b"
            ),
        ])
    func inlineMarkup(_ input: String, _ expected: String) throws {
        #expect(try paragraph(input) == expected)
    }

    @Test("A list or quote inside a paragraph stays in it; one between paragraphs gives a passage per paragraph")
    func nestedBlocks() throws {
        let inside = try bodyPassages(
            "<p>Two cytokines:<list><list-item><p>IL-6;</p></list-item><list-item><p>IL-8.</p></list-item></list>Both rose.</p>")
        #expect(inside == ["paragraph: Two cytokines: IL-6; IL-8. Both rose."])
        let between = try bodyPassages(
            "<p>Two cytokines:</p><list><list-item><p>IL-6;</p></list-item></list><disp-quote><p>IL-8.</p></disp-quote>")
        #expect(between == ["paragraph: Two cytokines:", "paragraph: IL-6;", "paragraph: IL-8."])
    }

    @Test("A figure inside a paragraph is read after it, so the sentence is not cut")
    func floatAfterParagraph() throws {
        let passages = try bodyPassages(
            "<p>IL-6 rose<fig><label>Figure 1.</label><caption><p>IL-6 levels.</p></caption></fig> in tumors.</p>")
        #expect(passages == ["paragraph: IL-6 rose in tumors.", "caption: Figure 1. IL-6 levels."])
    }

    @Test("A figure without caption text gives no caption passage; a table's footnotes join its caption")
    func captions() throws {
        let passages = try bodyPassages(
            """
            <fig><label>Figure 1</label><graphic/></fig>
            <table-wrap><label>Table 2</label><table><tr><td>IL-6</td><td/><td>3</td><td/></tr><tr><td/></tr></table>
            <table-wrap-foot><fn><p>ND, not done.</p></fn></table-wrap-foot></table-wrap>
            """)
        #expect(passages == ["caption: Table 2. ND, not done.", "table: IL-6\t\t3"])
    }

    @Test("Section titles build the path and are not passages; labels are dropped")
    func sectionPath() throws {
        let article = try articles(
            """
            <article><body><sec><label>2</label><title>Results</title><p>A.</p>
            <sec><label>2.1</label><title>IL-6 drives <italic>STAT3</italic></title><p>B.</p></sec>
            <sec><p>C.</p></sec></sec></body></article>
            """)[0]
        #expect(article.passages.map(\.section) == [["Results"], ["Results", "IL-6 drives STAT3"], ["Results"]])
        #expect(article.passages.map(\.text) == ["A.", "B.", "C."])
    }

    @Test(
        "Back matter: appendices and science sections are read; references, acknowledgments and administrative sections are not")
    func backMatter() throws {
        let passages = try bodyPassages(
            "<sec><title>Author contributions</title><p>JD wrote it.</p></sec>",
            back: """
                <ack><p>Thanks.</p></ack><fn-group><fn><p>Note.</p></fn></fn-group>
                <glossary><def-list><def-item><term>IL</term><def><p>interleukin</p></def></def-item></def-list></glossary>
                <sec sec-type="data-availability"><title>Data</title><p>On request.</p></sec>
                <sec><title>Conflict of Interest</title><p>None.</p></sec>
                <sec><title>Funding</title><p>Grant 1.</p></sec>
                <sec><title>Supplementary Methods</title><p>IL-6 was measured.</p></sec>
                <app-group><app><title>Appendix 1</title><p>IL-10 was low.</p></app></app-group>
                <ref-list><ref><mixed-citation>Doe J. 2001.</mixed-citation></ref></ref-list>
                """)
        #expect(passages == ["paragraph: IL-6 was measured.", "paragraph: IL-10 was low."])
    }

    @Test("Review sub-articles and blurb abstracts are skipped; other abstracts are read under their title")
    func subArticlesAndAbstracts() throws {
        let article = try articles(
            """
            <article><front><article-meta>
            <abstract><title>Abstract</title><p>Main.</p></abstract>
            <abstract abstract-type="teaser"><p>Teaser.</p></abstract>
            <abstract abstract-type="graphical"><p>Picture.</p></abstract>
            <abstract abstract-type="summary"><title>Author Summary</title><p>Lay.</p></abstract>
            <abstract abstract-type="plain-language-summary"><p>Plain.</p></abstract>
            <trans-abstract><p>Résumé.</p></trans-abstract>
            </article-meta></front>
            <body><p>Body.</p></body>
            <sub-article article-type="decision-letter"><body><p>Decision.</p></body></sub-article>
            <sub-article article-type="reply"><body><p>Reply.</p></body></sub-article>
            <sub-article article-type="research-article"><front-stub><title-group><article-title>Part B</article-title>
            </title-group></front-stub><body><p>Part B text.</p></body></sub-article>
            </article>
            """)[0]
        #expect(article.passages.map(\.text) == ["Main.", "Lay.", "Plain.", "Body.", "Part B text."])
        #expect(
            article.passages.map(\.section) == [["Abstract"], ["Author Summary"], ["Plain language summary"], [], ["Part B"]])
        #expect(article.passages.map(\.type) == [.abstract, .abstract, .abstract, .paragraph, .paragraph])
    }

    @Test("Identifiers are normalized: PMC prefix added, DOI resolver dropped, pmc-uid as fallback")
    func identifiers() throws {
        func ids(_ inner: String) throws -> ArticleIdentifiers {
            try articles("<article><front><article-meta>\(inner)</article-meta></front></article>")[0].identifiers
        }
        #expect(
            try ids(
                "<article-id pub-id-type=\"pmid\"> 123 </article-id><article-id pub-id-type=\"pmc\">456</article-id>"
                    + "<article-id pub-id-type=\"doi\">doi:10.1/x</article-id>")
                == ArticleIdentifiers(pmid: "123", pmcid: "PMC456", doi: "10.1/x"))
        #expect(try ids("<article-id pub-id-type=\"pmc-uid\">789</article-id>") == ArticleIdentifiers(pmcid: "PMC789"))
        #expect(try ids("<article-id pub-id-type=\"pmid\">PMC1</article-id>") == ArticleIdentifiers())
    }

    @Test("OAI-PMH and namespaced wrappers: each article is found, a single one keeps the plain source")
    func wrappers() throws {
        let oai = """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><GetRecord><record><metadata>
            <article xmlns="https://jats.nlm.nih.gov/ns/archiving/1.3/"><front><article-meta>
            <article-id pub-id-type="pmcid">PMC42</article-id>
            <title-group><article-title>IL-2 in invented lymphoma</article-title></title-group>
            </article-meta></front><body><sec><title>Results</title><p>IL-2 rose.</p></sec></body></article>
            </metadata></record></GetRecord></OAI-PMH>
            """
        let found = try articles(oai)
        try #require(found.count == 1)
        #expect(found[0].source == "test.xml")
        #expect(found[0].identifiers.pmcid == "PMC42")
        #expect(found[0].passages.map(\.text) == ["IL-2 in invented lymphoma", "IL-2 rose."])
    }

    @Test("Malformed XML fails with the line and column; a document with no article says so")
    func errors() throws {
        do {
            _ = try articles("<article>\n<body><p>IL-6</body></article>")
            Issue.record("expected an error")
        } catch let error as IngestError {
            #expect(error.source == "test.xml")
            #expect(error.line == 2)
            #expect(error.message.contains("mismatch"))
        }
        #expect(throws: IngestError.self) { try articles("<pmc-articleset></pmc-articleset>") }
    }

    @Test("DTD-only entities resolve without the DTD, with or without a doctype")
    func entities() throws {
        let body = "<article><body><p>TNF-&alpha;&emsp;and IFN-&gamma;</p></body></article>"
        let doctype =
            "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN\" \"JATS-archivearticle1.dtd\">"
        #expect(try articles(doctype + body)[0].passages.map(\.text) == ["TNF-α and IFN-γ"])
        #expect(try articles("<?xml version=\"1.0\"?>" + body)[0].passages.map(\.text) == ["TNF-α and IFN-γ"])
    }
}
