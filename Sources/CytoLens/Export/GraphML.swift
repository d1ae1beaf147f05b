/// Writes a ``CytokineGraph`` as GraphML with typed attribute keys, for networkx
/// (`networkx.read_graphml`), Cytoscape and Gephi.
///
/// The graph is directed (`edgedefault="directed"`); undirected edges (co-occurrence, synergy)
/// appear once, from the byte-wise smaller id, with `undirected` true, because readers such as
/// networkx reject `directed="false"` edges in a directed graph. GraphML values are scalars, so
/// claim counts are flattened (`pro_tumor_supporting`, …) and the evidence lists are JSON text in
/// the `evidence` attribute, records written as in the JSON export (for nodes, an object of
/// three lists keyed by polarity). Absent values have no `<data>`.
public enum GraphML {
    /// The GraphML text, ending with a newline.
    public static func text(_ graph: CytokineGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        out += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"cytolens\" edgedefault=\"directed\">\n"
        out += data("g_schema", "cytolens-graph", indent: 4)
        out += data("g_version", String(GraphJSON.version), indent: 4)
        out += data("g_documents", String(graph.documents), indent: 4)
        out += data("g_max_evidence", String(graph.evidenceLimit), indent: 4)
        for node in graph.nodes { writeNode(node, to: &out) }
        for (index, edge) in graph.edges.enumerated() { writeEdge(edge, id: "e\(index)", to: &out) }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    private static let keys: [Key] = {
        var keys = [
            Key(id: "g_schema", domain: "graph", name: "schema", type: "string"),
            Key(id: "g_version", domain: "graph", name: "version", type: "int"),
            Key(id: "g_documents", domain: "graph", name: "documents", type: "int"),
            Key(id: "g_max_evidence", domain: "graph", name: "max_evidence", type: "int"),
        ]
        for (name, type) in [
            ("label", "string"), ("kind", "string"), ("hgnc", "string"), ("family", "string"), ("name", "string"),
            ("mentions", "int"), ("documents", "int"),
        ] {
            keys.append(Key(id: "n_\(name)", domain: "node", name: name, type: type))
        }
        for polarity in ClaimPolarity.allCases {
            for count in ["supporting", "hedged", "negated", "documents"] {
                let name = "\(polarity.rawValue)_\(count)"
                keys.append(Key(id: "n_\(name)", domain: "node", name: name, type: "int"))
            }
        }
        for (name, type) in [
            ("net_role", "double"), ("dual_role", "double"), ("role", "string"), ("color", "string"), ("evidence", "string"),
        ] {
            keys.append(Key(id: "n_\(name)", domain: "node", name: name, type: type))
        }
        for (name, type) in [
            ("type", "string"), ("undirected", "boolean"), ("supporting", "int"), ("hedged", "int"), ("negated", "int"),
            ("sentences", "int"), ("paragraphs", "int"), ("documents", "int"), ("paragraph_documents", "int"),
            ("sentence_documents", "int"), ("weight", "double"), ("score", "double"), ("evidence", "string"),
        ] {
            keys.append(Key(id: "e_\(name)", domain: "edge", name: name, type: type))
        }
        return keys
    }()

    private static func writeNode(_ node: GraphNode, to out: inout String) {
        out += "    <node id=\"\(GraphMLText.escaped(node.id))\">\n"
        out += data("n_label", node.label)
        out += data("n_kind", node.kind.rawValue)
        out += data("n_hgnc", node.hgnc)
        out += data("n_family", node.family)
        out += data("n_name", node.name)
        out += data("n_mentions", String(node.tally.mentions))
        out += data("n_documents", String(node.tally.documents))
        for polarity in ClaimPolarity.allCases {
            let counts = node.tally[polarity]
            out += data("n_\(polarity.rawValue)_supporting", String(counts.supporting))
            out += data("n_\(polarity.rawValue)_hedged", String(counts.hedged))
            out += data("n_\(polarity.rawValue)_negated", String(counts.negated))
            out += data("n_\(polarity.rawValue)_documents", String(counts.documents))
        }
        out += data("n_net_role", JSONWriter.format(node.role.net, digits: 6))
        out += data("n_dual_role", JSONWriter.format(node.role.dual, digits: 6))
        out += data("n_role", node.role.kind.rawValue)
        out += data("n_color", node.color.hex)
        var json = JSONWriter()
        json.beginObject()
        for polarity in ClaimPolarity.allCases {
            json.key(polarity.rawValue)
            EvidenceJSON.write(node.tally[polarity].evidence, to: &json)
        }
        json.endObject()
        out += data("n_evidence", json.output)
        out += "    </node>\n"
    }

    private static func writeEdge(_ edge: GraphEdge, id: String, to out: inout String) {
        let key = edge.key
        out +=
            "    <edge id=\"\(id)\" source=\"\(GraphMLText.escaped(key.source))\" target=\"\(GraphMLText.escaped(key.target))\">\n"
        out += data("e_type", key.type.rawValue)
        out += data("e_undirected", key.type.isUndirected ? "true" : "false")
        if let counts = edge.relation {
            out += data("e_supporting", String(counts.supporting))
            out += data("e_hedged", String(counts.hedged))
            out += data("e_negated", String(counts.negated))
            out += data("e_documents", String(counts.documents))
        }
        if let tally = edge.cooccurrence {
            out += data("e_sentences", String(tally.sentences))
            out += data("e_paragraphs", String(tally.paragraphs))
            out += data("e_documents", String(tally.documents))
            out += data("e_paragraph_documents", String(tally.paragraphDocuments))
            out += data("e_sentence_documents", String(tally.sentenceDocuments))
        }
        out += data("e_weight", JSONWriter.format(edge.weight, digits: 6))
        if let score = edge.score { out += data("e_score", JSONWriter.format(score, digits: 6)) }
        var json = JSONWriter()
        EvidenceJSON.write(edge.relation?.evidence ?? edge.cooccurrence?.evidence ?? EvidenceList(), to: &json)
        out += data("e_evidence", json.output)
        out += "    </edge>\n"
    }

    private static func data(_ key: String, _ value: String?, indent: Int = 6) -> String {
        guard let value else { return "" }
        return String(repeating: " ", count: indent) + "<data key=\"\(key)\">\(GraphMLText.escaped(value))</data>\n"
    }
}
