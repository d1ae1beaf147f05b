/// Writes a ``CytokineGraph`` as JSON in node-link form (schema `cytolens-graph`, version 1;
/// `schema/cytolens-graph.schema.json`), which networkx loads with
/// `networkx.node_link_graph(data, edges="edges")` as a directed multigraph keyed by edge type.
///
/// Undirected edges (co-occurrence, synergy) appear once, from the byte-wise smaller id, with
/// `"directed": false`.
public enum GraphJSON {
    /// The schema version written in `graph.version`.
    public static let version = 1

    /// The JSON text, one line without a trailing newline.
    public static func text(_ graph: CytokineGraph) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("directed", true)
        json.field("multigraph", true)
        writeGraphAttributes(graph, to: &json)
        json.key("nodes")
        json.beginArray()
        for node in graph.nodes { writeNode(node, to: &json) }
        json.endArray()
        json.key("edges")
        json.beginArray()
        for edge in graph.edges { writeEdge(edge, to: &json) }
        json.endArray()
        json.endObject()
        return json.output
    }

    private static func writeGraphAttributes(_ graph: CytokineGraph, to json: inout JSONWriter) {
        json.key("graph")
        json.beginObject()
        json.field("schema", "cytolens-graph")
        json.field("version", version)
        json.field("documents", graph.documents)
        json.field("max_evidence", graph.evidenceLimit)
        let scoring = graph.scoring
        json.key("scoring")
        json.beginObject()
        json.key("hedged_weight")
        json.number(scoring.hedgedWeight)
        json.key("role_smoothing")
        json.number(scoring.roleSmoothing)
        json.key("dual_threshold")
        json.number(scoring.dualThreshold)
        json.key("document_weight")
        json.number(scoring.documentWeight)
        json.key("paragraph_weight")
        json.number(scoring.paragraphWeight)
        json.key("sentence_weight")
        json.number(scoring.sentenceWeight)
        json.key("alpha")
        json.number(scoring.alpha)
        json.endObject()
        let filter = graph.filter
        json.key("filter")
        json.beginObject()
        json.field("min_evidence", filter.minimumEvidence)
        json.field("min_documents", filter.minimumDocuments)
        json.key("cytokines")
        json.strings(filter.cytokines)
        json.key("families")
        json.strings(filter.families)
        json.key("polarities")
        json.strings(filter.polarities.map(\.rawValue))
        json.field("include_groups", filter.includeGroups)
        json.field("include_cooccurrence", filter.includeCooccurrence)
        json.endObject()
        json.endObject()
    }

    private static func writeNode(_ node: GraphNode, to json: inout JSONWriter) {
        json.beginObject()
        json.field("id", node.id)
        json.field("label", node.label)
        json.field("kind", node.kind.rawValue)
        json.field("hgnc", node.hgnc)
        json.field("family", node.family)
        json.field("name", node.name)
        json.field("mentions", node.tally.mentions)
        json.field("documents", node.tally.documents)
        EvidenceJSON.writeClaims(node.tally, to: &json)
        json.key("net_role")
        json.number(node.role.net)
        json.key("dual_role")
        json.number(node.role.dual)
        json.field("role", node.role.kind.rawValue)
        json.field("color", node.color.hex)
        json.endObject()
    }

    private static func writeEdge(_ edge: GraphEdge, to json: inout JSONWriter) {
        json.beginObject()
        json.field("source", edge.key.source)
        json.field("target", edge.key.target)
        json.field("key", edge.key.type.rawValue)
        json.field("type", edge.key.type.rawValue)
        json.field("directed", !edge.key.type.isUndirected)
        if let counts = edge.relation {
            EvidenceJSON.writeCounts(counts, to: &json)
        }
        if let tally = edge.cooccurrence {
            json.field("sentences", tally.sentences)
            json.field("paragraphs", tally.paragraphs)
            json.field("documents", tally.documents)
            json.field("paragraph_documents", tally.paragraphDocuments)
            json.field("sentence_documents", tally.sentenceDocuments)
        }
        json.key("weight")
        json.number(edge.weight)
        if let score = edge.score {
            json.key("score")
            json.number(score)
        }
        json.key("evidence")
        EvidenceJSON.write(edge.relation?.evidence ?? edge.cooccurrence?.evidence ?? EvidenceList(), to: &json)
        json.endObject()
    }
}
