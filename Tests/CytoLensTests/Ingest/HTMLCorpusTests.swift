import CytoLens
import Foundation
import Testing

/// The HTML reader on the saved PMC pages of the shared development corpus (skipped without it).
@Suite("HTML reader on real pages")
struct HTMLCorpusTests {
    private static var htmlFolder: URL? {
        TestPaths.sharedCorpus?.appendingPathComponent("html")
    }

    private func read(_ url: URL) throws -> Article {
        let articles = try HTMLReader().articles(in: ArticleInput(path: url.path))
        try #require(articles.count == 1, "\(url.lastPathComponent)")
        return articles[0]
    }

    @Test("Every page is read; the title equals citation_title; PMID and PMC id are found")
    func everyPage() throws {
        guard let folder = HTMLCorpusTests.htmlFolder else {
            print("skipping: ../shared/corpus is not present")
            return
        }
        let files = TestPaths.files(under: folder)
        #expect(files.count >= 100)
        var pagesRead = 0
        var withCitationTitle = 0
        var matched = 0
        for file in files {
            let raw = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let article = try read(file)
            pagesRead += 1
            let name = file.lastPathComponent
            #expect(article.passages.count >= 10, "\(name): only \(article.passages.count) passages")
            #expect(article.passages.contains { $0.type == .abstract }, "\(name): no abstract")
            if let declared = MetaTag.content(of: "citation_title", in: raw) {
                withCitationTitle += 1
                let expected = MetaTag.normalized(MetaTag.decodingEntities(declared))
                #expect(article.title == expected, "\(name)")
                if article.title == expected { matched += 1 }
            }
            if let pmid = MetaTag.content(of: "citation_pmid", in: raw) {
                #expect(article.identifiers.pmid == pmid, "\(name)")
            }
            #expect(article.identifiers.pmcid?.hasPrefix("PMC") == true, "\(name)")
            if name.hasPrefix("PMC"), raw.contains("/articles/\(file.deletingPathExtension().lastPathComponent)/") {
                #expect(article.identifiers.pmcid == file.deletingPathExtension().lastPathComponent, "\(name)")
            }
            for passage in article.passages {
                #expect(!passage.text.contains("\u{E000}"), "\(name): citation placeholder left in")
            }
        }
        print(
            "HTML corpus: \(pagesRead) of \(files.count) pages read, \(matched) of \(withCitationTitle) citation_title titles matched"
        )
    }

    /// A real page of one layout, with chrome strings its markup holds and article text it must give.
    struct Layout: Sendable, CustomTestStringConvertible {
        var file: String
        var chrome: [String]
        var sentences: [String]
        var paragraphs: ClosedRange<Int>
        var hasTables = true
        var testDescription: String { file }
    }

    static let layouts: [Layout] = [
        // PMC classic page (2010 layout): jig-ncbiinpagenav, numeric citation links in parentheses.
        Layout(
            file: "pmc/PMC2869547.html",
            chrome: [
                "Similar articles", "javascript", "Go to:", "Open in a separate window", "Copyright and License information",
                "Journal List", "PMC free article", "Google Scholar", "Search PMC", "Author information", "PubMed",
            ],
            sentences: [
                "Chemerin exists as a full-length precursor protein (prochemerin) and is activated by the removal",
                "Binding of CMKLR1 by chemerin is known to stimulate increases in intracellular Ca2+ concentrations",
                "identified as significantly associated with plasma chemerin levels (Table 1).",
                "rs347344\tEDIL3\t5\t83535399\t1.42 × 10−6",
            ],
            paragraphs: 20...40),
        // Classic page whose citation links are absolute URLs marked up as buttons.
        Layout(
            file:
                "pmc/Early_Progression_of_Diabetic_Nephropathy_Correlates_With_Methylglyoxal-Derived_Advanced_Glycation_End_Products.html",
            chrome: ["Similar articles", "javascript", "Go to:", "Open in a separate window", "Google Scholar", "PubMed"],
            sentences: [
                "plays a role in preventing or delaying diabetes complications, effective new biomarkers",
                "The task of predicting DN is further complicated by the variable propensity to diabetes complications among individuals with diabetes. Although",
            ],
            paragraphs: 25...45, hasTables: false),
        // Author–year citations: the link text is kept, the brackets stay whole.
        Layout(
            file: "pmc/PMC2900429.html",
            chrome: ["Similar articles", "javascript", "Go to:", "Open in a separate window", "Google Scholar", "PubMed"],
            sentences: ["that influence brain structure and function (Glahn et al., 2007a; Glahn et al., 2007b)."],
            paragraphs: 40...80),
        // Bracketed numeric citations glued to the word before.
        Layout(
            file: "pmc/PMC3412624.html",
            chrome: ["Similar articles", "javascript", "Go to:", "Open in a separate window", "Google Scholar", "PubMed"],
            sentences: [
                "the lowest survival by stage of any solid tumor. Gemcitabine is the cornerstone of chemotherapy in this disease but has a very modest impact, and"
            ],
            paragraphs: 20...40),
        // PMC 2021–2024 page: <main>, <article>, USWDS header, sidebar with collections and sharing.
        Layout(
            file: "pmc/PMC8885717-Pre-Oct-2024.html",
            chrome: [
                "Skip to main content", "Cookie", "Log in", "Similar articles", "javascript", "An official website",
                "Add to Collections", "Permalink", "Search PMC", "Journal List", "Open in a separate window",
                "Author information",
            ],
            sentences: [
                "Natural language processing (NLP) is a branch of artificial intelligence that uses computers to process, understand, and use human language."
            ],
            paragraphs: 30...50),
        // PMC page since October 2024: <section>-based article, figure/figcaption, "Open in a new tab".
        Layout(
            file: "pmc/PMC8885717-Current.html",
            chrome: [
                "Skip to main content", "Cookie", "Log in", "Similar articles", "javascript", "An official website",
                "Add to Collections", "Permalink", "Search PMC", "Open in a new tab", "Google Scholar", "PMC free article",
            ],
            sentences: [
                "Natural language processing (NLP) is a branch of artificial intelligence that uses computers to process, understand, and use human language."
            ],
            paragraphs: 30...50),
    ]

    @Test("No navigation or script text leaks into passages, and the article text is there", arguments: layouts)
    func layout(_ layout: Layout) throws {
        guard let folder = HTMLCorpusTests.htmlFolder else {
            print("skipping: ../shared/corpus is not present")
            return
        }
        let url = folder.appendingPathComponent(layout.file)
        let raw = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let article = try read(url)
        let all = article.passages.map(\.text).joined(separator: "\n")
        for chrome in layout.chrome {
            #expect(raw.contains(chrome), "the page should hold \"\(chrome)\" for this check to mean anything")
            #expect(!all.contains(chrome), "\"\(chrome)\" leaked into the passages")
        }
        for sentence in layout.sentences {
            #expect(all.contains(sentence), "missing: \(sentence)")
        }
        for orphan in ["()", "[]", "(,", ",)", "[,", "( )", "(–)", "(; )"] {
            #expect(!all.contains(orphan), "orphan \"\(orphan)\" left by a citation link")
        }
        let paragraphs = article.passages.filter { $0.type == .paragraph }.count
        #expect(layout.paragraphs.contains(paragraphs), "\(paragraphs) paragraphs")
        #expect(article.passages.filter { $0.type == .title }.count == 1)
        #expect(article.passages.contains { $0.type == .caption })
        #expect(article.passages.contains { $0.type == .table } == layout.hasTables)
    }

    @Test("The same article in two PMC layouts gives the same title, abstract, paragraphs and tables")
    func sameArticleTwoLayouts() throws {
        guard let folder = HTMLCorpusTests.htmlFolder else {
            print("skipping: ../shared/corpus is not present")
            return
        }
        let current = try read(folder.appendingPathComponent("pmc/PMC8885717-Current.html"))
        let previous = try read(folder.appendingPathComponent("pmc/PMC8885717-Pre-Oct-2024.html"))
        #expect(current.title == previous.title)
        #expect(current.identifiers == previous.identifiers)
        for type in [PassageType.title, .abstract, .paragraph, .table] {
            let a = current.passages.filter { $0.type == type }.map { "\($0.section)|\($0.text)" }
            let b = previous.passages.filter { $0.type == type }.map { "\($0.section)|\($0.text)" }
            #expect(a == b, "\(type) passages differ")
        }
    }
}

/// Reads `<meta name=… content=…>` straight from the page source, independently of the reader.
enum MetaTag {
    /// The content of the first meta tag with this name (case-insensitive), or `nil`.
    static func content(of name: String, in html: String) -> String? {
        // Quoted attribute values may hold ">" ("in >80,000 subjects").
        let pattern = #"<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        let range = NSRange(html.startIndex..., in: html)
        for match in regex.matches(in: html, range: range) {
            guard let tagRange = Range(match.range, in: html) else { continue }
            let tag = String(html[tagRange])
            guard attribute("name", of: tag)?.lowercased() == name.lowercased() else { continue }
            return attribute("content", of: tag)
        }
        return nil
    }

    private static func attribute(_ name: String, of tag: String) -> String? {
        for quote in ["\"", "'"] {
            let pattern = "\\b\(name)\\s*=\\s*\(quote)([^\(quote)]*)\(quote)"
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
                let match = regex.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)),
                let range = Range(match.range(at: 1), in: tag)
            else { continue }
            return String(tag[range])
        }
        return nil
    }

    /// Numeric character references and the entities page titles use.
    static func decodingEntities(_ text: String) -> String {
        let named = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
            "alpha": "α", "beta": "β", "gamma": "γ", "kappa": "κ", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”",
        ]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest[rest.index(after: amp)...]
            guard let semicolon = afterAmp.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = afterAmp
                continue
            }
            let name = afterAmp[..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = named[String(name)]
            }
            if let replacement {
                out += replacement
                rest = afterAmp[afterAmp.index(after: semicolon)...]
            } else {
                out += "&"
                rest = afterAmp
            }
        }
        return out + rest
    }

    /// White space runs folded to one space, trimmed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
