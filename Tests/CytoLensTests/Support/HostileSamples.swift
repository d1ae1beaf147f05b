import Foundation

/// Small articles in every format, written for these tests, and the broken variants the hostile
/// input tests feed to cytolens.
enum HostileSamples {
    /// A PubMed set of `count` records with PMIDs `firstPMID`, `firstPMID + 1`, ….
    static func pubmed(records count: Int, firstPMID: Int = 91_000_001) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n"
        for i in 0..<count {
            let pmid = firstPMID + i
            xml += """
                <PubmedArticle><MedlineCitation><PMID>\(pmid)</PMID><Article>
                <ArticleTitle>IL-\(i % 30 + 1) shapes tumour immunity in invented study \(pmid).</ArticleTitle>
                <Abstract><AbstractText>IL-\(i % 30 + 1) promoted tumour growth in mice. TNF-α had the opposite effect.</AbstractText></Abstract>
                </Article></MedlineCitation></PubmedArticle>

                """
        }
        return xml + "</PubmedArticleSet>\n"
    }

    /// A JATS article with a title, an abstract and two body sections.
    static func jats(id: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <article article-type="research-article"><front><article-meta>
        <article-id pub-id-type="pmid">\(id)</article-id>
        <title-group><article-title>IL-6 and TGF-β in invented tumour \(id)</article-title></title-group>
        <abstract><p>IL-6 promoted tumour growth. TGF-β restrained IFN-γ.</p></abstract>
        </article-meta></front><body>
        <sec><title>Results</title><p>Blocking IL-6 slowed growth in mice.</p>
        <sec><title>IFN-γ</title><p>IFN-γ killed tumour cells in vitro.</p></sec></sec>
        </body></article>

        """
    }

    /// A BioC collection of one document with a title and an abstract passage.
    static func bioc(id: Int) -> String {
        let title = "IL-10 and TGF-β in invented tumour \(id)."
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <collection><source>tests</source><document><id>\(id)</id>
            <passage><infon key="type">title</infon><offset>0</offset><text>\(title)</text></passage>
            <passage><infon key="type">abstract</infon><offset>\(title.unicodeScalars.count + 1)</offset><text>IFN-γ slowed growth. IL-10 did not.</text></passage>
            </document></collection>

            """
    }

    /// A PubTator document.
    static func pubtator(id: Int) -> String {
        "\(id)|t|IL-17A promotes angiogenesis in invented tumour \(id).\n\(id)|a|IL-17A induced VEGF. Blocking it slowed growth.\n\n"
    }

    /// A plain-text article with a title line.
    static func text(number: Int) -> String {
        "Invented note \(number) on IL-6\n\nIL-6 promoted tumour growth in mice. TNF-α killed tumour cells in vitro.\n"
    }

    /// Writes `bytes` to `folder/name` and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], to folder: URL, name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Writes `text` as UTF-8 to `folder/name` and returns the path.
    @discardableResult
    static func write(_ text: String, to folder: URL, name: String) throws -> URL {
        try write(Array(text.utf8), to: folder, name: name)
    }

    /// The gzip compression of `bytes`, made by the system `gzip`.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try write(bytes, to: folder, name: "plain")
        let packed = folder.appendingPathComponent("packed.gz")
        try GzipTool.compress(plain, to: packed)
        return [UInt8](try Data(contentsOf: packed))
    }

    /// The `document.source` of every output line.
    static func sources(_ result: CLIResult) throws -> [String] {
        try result.jsonLines().map { ($0["document"] as? [String: Any])?["source"] as? String ?? "?" }
    }
}
