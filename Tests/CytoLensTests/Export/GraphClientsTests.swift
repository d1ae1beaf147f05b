import CytoLens
import Foundation
import Testing

/// The exports checked by the programs people will open them with: Graphviz must render every
/// DOT without a warning, networkx must load the JSON and GraphML with every node and edge, and
/// the JSON must validate against the shipped schema.
@Suite("Exports in their real clients")
struct GraphClientsTests {
    /// Names that need every kind of escaping, as ids and as labels.
    static let awkwardNames = [
        "IL\"6\"", "back\\slash\\", "two\nlines", "<b>&amp;</b>", "TNF-α β γ", "名前", "emoji 🧬", "tab\there", "{braces}; [x] -> y",
    ]

    static var awkwardGraph: CytokineGraph {
        var partial = GraphPartial(evidenceLimit: 2)
        var metadata: [String: NodeMetadata] = [:]
        for (index, name) in awkwardNames.enumerated() {
            var tally = NodeTally()
            tally.mentions = index + 1
            tally.documents = 1
            tally.proTumor = EvidenceCounts(supporting: index % 3, documents: 1)
            tally.antiTumor = EvidenceCounts(supporting: index % 2, documents: 1)
            partial.nodes[name] = tally
            metadata[name] = NodeMetadata(
                label: "label " + name, family: index % 2 == 0 ? "fam \"\(index % 4)\"" : nil, name: name)
        }
        let evidence = EvidenceList(
            [
                EvidenceRecord(
                    score: 4, document: "doc \"1\"", source: "a\\b", section: ["S <1>"], sentence: 0, start: 0, end: 9,
                    text: "Quote \" back \\ newline \n <tag> & ampersand")
            ], limit: 2)
        for (a, b) in zip(awkwardNames, awkwardNames.dropFirst()) {
            partial.relations[EdgeKey(source: a, target: b, type: .induces)] = EvidenceCounts(
                supporting: 1, documents: 1, evidence: evidence)
            var tally = CooccurrenceTally()
            (tally.sentences, tally.paragraphs, tally.documents, tally.sentenceDocuments, tally.paragraphDocuments) = (
                1, 1, 1, 1, 1
            )
            tally.evidence = evidence
            partial.cooccurrences[EdgeKey(source: a, target: b, type: .cooccurs)] = tally
        }
        partial.relations[EdgeKey(source: awkwardNames[0], target: awkwardNames[2], type: .inhibits)] = EvidenceCounts(
            hedged: 2, documents: 1)
        partial.relations[EdgeKey(source: awkwardNames[1], target: awkwardNames[3], type: .synergizes)] = EvidenceCounts(
            supporting: 3, documents: 2)
        var filter = GraphFilter()
        filter.includeCooccurrence = true
        return CytokineGraph(partial: partial, metadata: NodeMetadataTable(metadata), filter: filter)
    }

    /// Every graph the tests draw: the fixtures under several filters, the awkward names, and real text.
    static var graphs: [(String, CytokineGraph)] {
        var list: [(String, CytokineGraph)] = [("fixtures, golden", GraphGoldenTests.graph), ("awkward names", awkwardGraph)]
        list.append(("fixtures, defaults", CytokineGraph(partial: GraphFixtures.partial())))
        list.append(("empty", CytokineGraph(partial: GraphPartial(evidenceLimit: 3))))
        if !RealDocuments.annotations.isEmpty {
            let builder = GraphPartialBuilder(evidenceLimit: 3)
            let partial = RealDocuments.annotations.reduce(into: GraphPartial(evidenceLimit: 3)) {
                $0.merge(builder.partial(for: $1))
            }
            var filter = GraphFilter()
            filter.includeGroups = true
            // Co-occurrence among ~100 real documents is a dense graph that takes Graphviz's `dot`
            // layout minutes; the fixtures above cover co-occurrence edges.
            filter.includeCooccurrence = false
            list.append(("real text", CytokineGraph(partial: partial, metadata: GraphFixtures.metadata, filter: filter)))
        }
        return list
    }

    @Test(
        "Graphviz renders every DOT without a warning", .enabled(if: ExternalTool.dot != nil, "Graphviz `dot` is not installed"))
    func graphvizAccepts() throws {
        for (name, graph) in Self.graphs {
            let result = try ExternalTool.run(ExternalTool.dot!, ["-Tsvg"], stdin: Data(GraphDOT.text(graph).utf8))
            #expect(result.status == 0, "\(name)")
            #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("<svg"), "\(name)")
        }
    }

    @Test("Graphviz shows awkward labels as written", .enabled(if: ExternalTool.dot != nil, "Graphviz `dot` is not installed"))
    func graphvizLabels() throws {
        let svg = try ExternalTool.run(ExternalTool.dot!, ["-Tsvg"], stdin: Data(GraphDOT.text(Self.awkwardGraph).utf8)).stdout
        // SVG escapes markup characters (and "-") itself; the label text must come through unchanged.
        for expected in [
            "label IL&quot;6&quot;", "label back\\slash\\", "label &lt;b&gt;&amp;amp;&lt;/b&gt;", "label TNF&#45;α β γ",
            "label 名前", "label emoji 🧬",
        ] {
            #expect(svg.contains(expected), "\(expected)")
        }
    }

    static let loadScript = """
        import json, sys
        import networkx as nx
        import jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        data = json.load(open(sys.argv[2], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema).validate(data)
        g = nx.node_link_graph(data, edges="edges")
        h = nx.read_graphml(sys.argv[3])
        print(json.dumps({
            "json": [g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph()],
            "graphml": [h.number_of_nodes(), h.number_of_edges()],
            "json_labels": sorted(d["label"] for _, d in g.nodes(data=True)),
            "graphml_labels": sorted(d["label"] for _, d in h.nodes(data=True)),
            "graphml_ids": sorted(h.nodes()),
            "types": sorted(set(d["type"] for _, _, d in h.edges(data=True))),
        }, ensure_ascii=False))
        """

    @Test(
        "networkx loads the JSON and GraphML with every node and edge; the JSON matches the schema",
        .enabled(if: ExternalTool.python != nil, "python3 with networkx and jsonschema is not installed"))
    func networkxLoads() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = TestPaths.packageRoot.appendingPathComponent("schema/cytolens-graph.schema.json").path
        for (name, graph) in Self.graphs {
            let json = folder.appendingPathComponent("graph.json"), graphML = folder.appendingPathComponent("graph.graphml")
            try Data(GraphJSON.text(graph).utf8).write(to: json)
            try Data(GraphML.text(graph).utf8).write(to: graphML)
            let result = try ExternalTool.python(Self.loadScript, [schema, json.path, graphML.path])
            try #require(result.status == 0, "\(name): \(result.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let counts = summary["json"] as? [Any]
            #expect(counts?[0] as? Int == graph.nodes.count, "\(name)")
            #expect(counts?[1] as? Int == graph.edges.count, "\(name)")
            #expect(counts?[2] as? Bool == true && counts?[3] as? Bool == true)
            #expect(summary["graphml"] as? [Int] == [graph.nodes.count, graph.edges.count], "\(name)")
            let labels = graph.nodes.map(\.label).sorted()
            #expect((summary["json_labels"] as? [String])?.sorted() == labels, "\(name)")
            #expect((summary["graphml_labels"] as? [String])?.sorted() == labels, "\(name)")
            #expect((summary["graphml_ids"] as? [String])?.sorted() == graph.nodes.map(\.id).sorted(), "\(name)")
        }
    }
}
