import Foundation

/// Writes a ``CytokineGraph`` as Graphviz DOT.
///
/// Nodes are filled by tumor role on a diverging scale (``RoleColor``: red pro-tumor, purple
/// mixed, blue anti-tumor, gray without claims), grouped in one cluster per family, ellipses for
/// cytokines and boxes for groups. Edges: `induces` a normal arrow, `inhibits` a tee,
/// `synergizes` green and undirected, co-occurrence gray, dashed and undirected; a typed edge
/// with only hedged evidence is dotted. Pen width grows with the evidence: `1 + log2(1 + weight)`
/// (at most 8) for typed edges, `1 + 4·score/max score` for co-occurrence. A legend cluster
/// explains the colors and arrows.
public enum GraphDOT {
    /// The DOT text, ending with a newline.
    public static func text(_ graph: CytokineGraph) -> String {
        var out = "digraph \"cytolens\" {\n"
        let title =
            "Cytokine graph: \(count(graph.documents, "document")), \(count(graph.nodes.count, "node")), "
            + count(graph.edges.count, "edge")
        out += "  graph [charset=\"UTF-8\", fontname=\"Helvetica\", label=\(DOTText.quoted(title)), labelloc=\"t\"];\n"
        out += "  node [fontname=\"Helvetica\", shape=\"ellipse\", style=\"filled\"];\n"
        out += "  edge [fontname=\"Helvetica\", color=\"#4d4d4d\"];\n"
        writeNodes(graph, to: &out)
        for edge in graph.edges { out += "  " + statement(edge, graph: graph) + "\n" }
        writeLegend(graph, to: &out)
        out += "}\n"
        return out
    }

    private static func writeNodes(_ graph: CytokineGraph, to out: inout String) {
        var families: [String: [GraphNode]] = [:]
        for node in graph.nodes {
            if let family = node.family {
                families[family, default: []].append(node)
            } else {
                out += "  " + statement(node) + "\n"
            }
        }
        for family in families.keys.sorted(by: ByteOrder.precedes) {
            out += "  subgraph \(DOTText.quoted("cluster_family_" + family)) {\n"
            out +=
                "    graph [label=\(DOTText.quoted(family)), style=\"rounded,dashed\", color=\"#bdbdbd\", fontcolor=\"#636363\"];\n"
            for node in families[family]! { out += "    " + statement(node) + "\n" }
            out += "  }\n"
        }
    }

    private static func statement(_ node: GraphNode) -> String {
        let tally = node.tally
        var summary: [String] = []
        if tally.proTumor.affirmed + tally.antiTumor.affirmed + tally.contextDependent.affirmed > 0 {
            summary.append("pro \(tally.proTumor.affirmed) · anti \(tally.antiTumor.affirmed)")
            if tally.contextDependent.affirmed > 0 { summary.append("dual \(tally.contextDependent.affirmed)") }
        } else {
            summary.append(count(tally.mentions, "mention"))
        }
        let label =
            "<<B>\(DOTText.html(node.label))</B><BR/><FONT POINT-SIZE=\"9\">\(DOTText.html(summary.joined(separator: " · ")))</FONT>>"
        var tooltip = [node.id, node.hgnc, node.name].compactMap { $0 }.joined(separator: " · ")
        tooltip += "\n\(count(tally.documents, "document")), \(count(tally.mentions, "mention"))"
        tooltip += "\nnet role \(number(node.role.net)), dual role \(number(node.role.dual)) (\(node.role.kind.rawValue))"
        var attributes = [
            "label=\(label)", "fillcolor=\"\(node.color.hex)\"", "fontcolor=\"\(RoleColor.text(on: node.color).hex)\"",
        ]
        if node.kind == .group { attributes.append("shape=\"box\"") }
        attributes.append("tooltip=\(DOTText.quoted(tooltip))")
        return "\(DOTText.quoted(node.id)) [\(attributes.joined(separator: ", "))];"
    }

    private static func statement(_ edge: GraphEdge, graph: CytokineGraph) -> String {
        let key = edge.key
        var attributes: [String] = []
        var tooltip: String
        switch key.type {
        case .induces, .inhibits, .synergizes:
            if key.type == .induces { attributes.append("arrowhead=\"normal\"") }
            if key.type == .inhibits { attributes.append("arrowhead=\"tee\"") }
            if key.type == .synergizes { attributes += ["dir=\"none\"", "color=\"#1b7837\""] }
            let counts = edge.relation ?? EvidenceCounts()
            if counts.supporting == 0 { attributes.append("style=\"dotted\"") }
            attributes.append("penwidth=\"\(number(min(1 + log2(1 + edge.weight), 8), digits: 2))\"")
            let verb = key.type == .synergizes ? "synergizes with" : key.type.rawValue
            tooltip = "\(key.source) \(verb) \(key.target): \(counts.supporting) supporting, "
            tooltip += "\(counts.hedged) hedged, \(counts.negated) negated; \(count(counts.documents, "document"))"
        case .cooccurs:
            let score = edge.score ?? 0
            let scaled = graph.maximumCooccurrenceScore > 0 ? score / graph.maximumCooccurrenceScore : 0
            attributes += ["dir=\"none\"", "style=\"dashed\"", "color=\"#969696\""]
            attributes.append("penwidth=\"\(number(1 + 4 * scaled, digits: 2))\"")
            let tally = edge.cooccurrence ?? CooccurrenceTally()
            tooltip = "\(key.source) with \(key.target): \(count(tally.sentences, "sentence")), "
            tooltip += "\(count(tally.documents, "document")); score \(number(score))"
        }
        // Graphviz rejects quoted strings over 16 KiB; a tooltip needs only the start of a sentence.
        if let best = edge.evidence.first { tooltip += "\n\(best.document): \(DOTText.abbreviated(best.text, to: 400))" }
        attributes.append("tooltip=\(DOTText.quoted(tooltip))")
        return "\(DOTText.quoted(key.source)) -> \(DOTText.quoted(key.target)) [\(attributes.joined(separator: ", "))];"
    }

    /// A column of color swatches then arrow samples, stacked by invisible edges; each arrow is
    /// drawn between two points of the same rank so it runs left to right.
    private static func writeLegend(_ graph: CytokineGraph, to out: inout String) {
        out += "  subgraph \"cluster_legend\" {\n"
        out += "    graph [label=\"Legend\", style=\"rounded\", color=\"#bdbdbd\", fontsize=\"10\"];\n"
        out += "    node [shape=\"box\", style=\"filled,rounded\", fontsize=\"9\", height=\"0.3\"];\n"
        let swatches: [(String, String, RoleColor.RGB)] = [
            ("legend_pro", "pro-tumor", RoleColor.proTumor), ("legend_mixed", "mixed, double-edged", RoleColor.mixed),
            ("legend_anti", "anti-tumor", RoleColor.antiTumor), ("legend_none", "no claims", RoleColor.noClaims),
        ]
        for (id, label, color) in swatches {
            out +=
                "    \"\(id)\" [label=\"\(label)\", fillcolor=\"\(color.hex)\", fontcolor=\"\(RoleColor.text(on: color).hex)\"];\n"
        }
        var arrows: [(String, String)] = [
            ("induces", "arrowhead=\"normal\""), ("inhibits", "arrowhead=\"tee\""),
            ("synergizes", "dir=\"none\", color=\"#1b7837\""),
        ]
        if graph.filter.includeCooccurrence { arrows.append(("co-occurs", "dir=\"none\", style=\"dashed\", color=\"#969696\"")) }
        for (name, style) in arrows {
            let from = "legend_\(name)_from", to = "legend_\(name)_to"
            out += "    subgraph \"legend_\(name)\" {\n"
            out += "      graph [rank=\"same\"];\n"
            out += "      \"\(from)\" [shape=\"point\", width=\"0.05\", label=\"\"];\n"
            out += "      \"\(to)\" [shape=\"point\", width=\"0.05\", label=\"\"];\n"
            out += "      \"\(from)\" -> \"\(to)\" [label=\"\(name)\", fontsize=\"9\", minlen=\"2\", \(style)];\n"
            out += "    }\n"
        }
        let column = swatches.map(\.0) + arrows.map { "legend_\($0.0)_from" }
        out += "    " + column.map { "\"\($0)\"" }.joined(separator: " -> ") + " [style=\"invis\"];\n"
        out += "  }\n"
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    private static func number(_ value: Double, digits: Int = 3) -> String {
        JSONWriter.format(value, digits: digits)
    }
}
