/// Golden outputs of the fixture graph (see GraphGoldenTests).
enum GraphGolden {
    /// The expected dot.
    static let dot = #"""
        digraph "cytolens" {
          graph [charset="UTF-8", fontname="Helvetica", label="Cytokine graph: 3 documents, 4 nodes, 6 edges", labelloc="t"];
          node [fontname="Helvetica", shape="ellipse", style="filled"];
          edge [fontname="Helvetica", color="#4d4d4d"];
          "TGFB" [label=<<B>TGF-β</B><BR/><FONT POINT-SIZE="9">pro 0 · anti 0 · dual 2</FONT>>, fillcolor="#762a83", fontcolor="#ffffff", shape="box", tooltip="TGFB · TGF-beta\n1 document, 3 mentions\nnet role 0, dual role 0.667 (dual)"];
          subgraph "cluster_family_IFN_TYPE_II" {
            graph [label="IFN_TYPE_II", style="rounded,dashed", color="#bdbdbd", fontcolor="#636363"];
            "IFNG" [label=<<B>IFN-γ</B><BR/><FONT POINT-SIZE="9">pro 0 · anti 1</FONT>>, fillcolor="#4c4898", fontcolor="#ffffff", tooltip="IFNG · HGNC:5438 · interferon gamma\n1 document, 3 mentions\nnet role -0.5, dual role 0 (anti_tumor)"];
          }
          subgraph "cluster_family_IL6_FAMILY" {
            graph [label="IL6_FAMILY", style="rounded,dashed", color="#bdbdbd", fontcolor="#636363"];
            "IL6" [label=<<B>IL-6</B><BR/><FONT POINT-SIZE="9">pro 2 · anti 1</FONT>>, fillcolor="#90225d", fontcolor="#ffffff", tooltip="IL6 · HGNC:6018 · interleukin 6\n3 documents, 7 mentions\nnet role 0.429, dual role 0.286 (pro_tumor)"];
          }
          subgraph "cluster_family_TNFSF" {
            graph [label="TNFSF", style="rounded,dashed", color="#bdbdbd", fontcolor="#636363"];
            "TNF" [label=<<B>TNF-α</B><BR/><FONT POINT-SIZE="9">3 mentions</FONT>>, fillcolor="#d9d9d9", fontcolor="#000000", tooltip="TNF · HGNC:11892 · tumor necrosis factor\n1 document, 3 mentions\nnet role 0, dual role 0 (none)"];
          }
          "IFNG" -> "IL6" [dir="none", style="dashed", color="#969696", penwidth="5", tooltip="IFNG with IL6: 1 sentence, 1 document; score 1.399\nPMID:200: IFN-γ might suppress IL-6."];
          "IFNG" -> "IL6" [arrowhead="tee", style="dotted", penwidth="1.58", tooltip="IFNG inhibits IL6: 0 supporting, 1 hedged, 0 negated; 1 document\nPMID:200: IFN-γ might suppress IL-6."];
          "IL6" -> "TGFB" [dir="none", style="dashed", color="#969696", penwidth="5", tooltip="IL6 with TGFB: 1 sentence, 1 document; score 1.399\nfixtures/third.txt: TGF-β synergizes with IL-6 and IL-6R."];
          "IL6" -> "TGFB" [dir="none", color="#1b7837", penwidth="2", tooltip="IL6 synergizes with TGFB: 1 supporting, 0 hedged, 0 negated; 1 document\nfixtures/third.txt: TGF-β synergizes with IL-6 and IL-6R."];
          "IL6" -> "TNF" [dir="none", style="dashed", color="#969696", penwidth="5", tooltip="IL6 with TNF: 2 sentences, 1 document; score 1.399\nPMID:100: IL-6 and TNF-α in tumors"];
          "TNF" -> "IL6" [arrowhead="normal", penwidth="2", tooltip="TNF induces IL6: 1 supporting, 0 hedged, 0 negated; 1 document\nPMID:100: TNF-α induced IL-6 in \"tumor\" cells."];
          subgraph "cluster_legend" {
            graph [label="Legend", style="rounded", color="#bdbdbd", fontsize="10"];
            node [shape="box", style="filled,rounded", fontsize="9", height="0.3"];
            "legend_pro" [label="pro-tumor", fillcolor="#b2182b", fontcolor="#ffffff"];
            "legend_mixed" [label="mixed, double-edged", fillcolor="#762a83", fontcolor="#ffffff"];
            "legend_anti" [label="anti-tumor", fillcolor="#2166ac", fontcolor="#ffffff"];
            "legend_none" [label="no claims", fillcolor="#d9d9d9", fontcolor="#000000"];
            subgraph "legend_induces" {
              graph [rank="same"];
              "legend_induces_from" [shape="point", width="0.05", label=""];
              "legend_induces_to" [shape="point", width="0.05", label=""];
              "legend_induces_from" -> "legend_induces_to" [label="induces", fontsize="9", minlen="2", arrowhead="normal"];
            }
            subgraph "legend_inhibits" {
              graph [rank="same"];
              "legend_inhibits_from" [shape="point", width="0.05", label=""];
              "legend_inhibits_to" [shape="point", width="0.05", label=""];
              "legend_inhibits_from" -> "legend_inhibits_to" [label="inhibits", fontsize="9", minlen="2", arrowhead="tee"];
            }
            subgraph "legend_synergizes" {
              graph [rank="same"];
              "legend_synergizes_from" [shape="point", width="0.05", label=""];
              "legend_synergizes_to" [shape="point", width="0.05", label=""];
              "legend_synergizes_from" -> "legend_synergizes_to" [label="synergizes", fontsize="9", minlen="2", dir="none", color="#1b7837"];
            }
            subgraph "legend_co-occurs" {
              graph [rank="same"];
              "legend_co-occurs_from" [shape="point", width="0.05", label=""];
              "legend_co-occurs_to" [shape="point", width="0.05", label=""];
              "legend_co-occurs_from" -> "legend_co-occurs_to" [label="co-occurs", fontsize="9", minlen="2", dir="none", style="dashed", color="#969696"];
            }
            "legend_pro" -> "legend_mixed" -> "legend_anti" -> "legend_none" -> "legend_induces_from" -> "legend_inhibits_from" -> "legend_synergizes_from" -> "legend_co-occurs_from" [style="invis"];
          }
        }

        """#

    /// The expected json.
    static let json = #"""
        {"directed":true,"multigraph":true,"graph":{"schema":"cytolens-graph","version":1,"documents":3,"max_evidence":3,"scoring":{"hedged_weight":0.5,"role_smoothing":1,"dual_threshold":0.4,"document_weight":0.25,"paragraph_weight":0.5,"sentence_weight":1,"alpha":0.6},"filter":{"min_evidence":1,"min_documents":1,"cytokines":[],"families":[],"polarities":[],"include_groups":true,"include_cooccurrence":true}},\#
        "nodes":[\#
        {"id":"IFNG","label":"IFN-γ","kind":"cytokine","hgnc":"HGNC:5438","family":"IFN_TYPE_II","name":"interferon gamma","mentions":3,"documents":1,"claims":{"pro_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"anti_tumor":{"supporting":1,"hedged":0,"negated":0,"documents":1,"evidence":[{"document":"PMID:200","source":"fixtures/second.xml","section":["Introduction"],"sentence":1,"start":23,"end":55,"text":"IFN-γ kills tumor cells in vivo.","cues":["kills","tumor cells"],"negated":false,"hedged":false,"cancer":null,"evidence_type":"in_vivo","effect":"cell_death","score":6}]},"context_dependent":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]}},"net_role":-0.5,"dual_role":0,"role":"anti_tumor","color":"#4c4898"},\#
        {"id":"IL6","label":"IL-6","kind":"cytokine","hgnc":"HGNC:6018","family":"IL6_FAMILY","name":"interleukin 6","mentions":7,"documents":3,"claims":{"pro_tumor":{"supporting":2,"hedged":0,"negated":0,"documents":2,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Abstract"],"sentence":1,"start":25,"end":52,"text":"IL-6 promotes tumor growth.","cues":["promotes","tumor growth"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":"proliferation","score":6},{"document":"PMID:200","source":"fixtures/second.xml","section":["Discussion"],"sentence":3,"start":83,"end":116,"text":"IL-6 drives breast cancer growth.","cues":["drives","growth"],"negated":false,"hedged":false,"cancer":"breast","evidence_type":null,"effect":"proliferation","score":6}]},"anti_tumor":{"supporting":0,"hedged":1,"negated":0,"documents":1,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Results"],"sentence":3,"start":90,"end":118,"text":"IL-6 may inhibit metastasis.","cues":["inhibit","metastasis"],"negated":false,"hedged":true,"cancer":null,"evidence_type":null,"effect":"metastasis","score":3}]},"context_dependent":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]}},"net_role":0.428571,"dual_role":0.285714,"role":"pro_tumor","color":"#90225d"},\#
        {"id":"TGFB","label":"TGF-β","kind":"group","hgnc":null,"family":null,"name":"TGF-beta","mentions":3,"documents":1,"claims":{"pro_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"anti_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"context_dependent":{"supporting":2,"hedged":0,"negated":0,"documents":1,"evidence":[{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":0,"start":0,"end":27,"text":"TGF-β, a double-edged sword","cues":["double-edged sword"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":5},{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":1,"start":28,"end":60,"text":"TGF-β has a dual role in cancer.","cues":["dual role"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":4}]}},"net_role":0,"dual_role":0.666667,"role":"dual","color":"#762a83"},\#
        {"id":"TNF","label":"TNF-α","kind":"cytokine","hgnc":"HGNC:11892","family":"TNFSF","name":"tumor necrosis factor","mentions":3,"documents":1,"claims":{"pro_tumor":{"supporting":0,"hedged":0,"negated":1,"documents":0,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Results"],"sentence":4,"start":119,"end":150,"text":"TNF-α did not promote invasion.","cues":["promote","invasion"],"negated":true,"hedged":false,"cancer":null,"evidence_type":null,"effect":"metastasis","score":1}]},"anti_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"context_dependent":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]}},"net_role":0,"dual_role":0,"role":"none","color":"#d9d9d9"}],\#
        "edges":[\#
        {"source":"IFNG","target":"IL6","key":"cooccurs","type":"cooccurs","directed":false,"sentences":1,"paragraphs":1,"documents":1,"paragraph_documents":1,"sentence_documents":1,"weight":1.75,"score":1.399016,"evidence":[{"document":"PMID:200","source":"fixtures/second.xml","section":["Introduction"],"sentence":2,"start":56,"end":82,"text":"IFN-γ might suppress IL-6.","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":0}]},\#
        {"source":"IFNG","target":"IL6","key":"inhibits","type":"inhibits","directed":true,"supporting":0,"hedged":1,"negated":0,"documents":1,"weight":0.5,"evidence":[{"document":"PMID:200","source":"fixtures/second.xml","section":["Introduction"],"sentence":2,"start":56,"end":82,"text":"IFN-γ might suppress IL-6.","cues":["suppress"],"negated":false,"hedged":true,"cancer":null,"evidence_type":null,"effect":null,"score":2}]},\#
        {"source":"IL6","target":"TGFB","key":"cooccurs","type":"cooccurs","directed":false,"sentences":1,"paragraphs":1,"documents":1,"paragraph_documents":1,"sentence_documents":1,"weight":1.75,"score":1.399016,"evidence":[{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":2,"start":61,"end":98,"text":"TGF-β synergizes with IL-6 and IL-6R.","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":0}]},\#
        {"source":"IL6","target":"TGFB","key":"synergizes","type":"synergizes","directed":false,"supporting":1,"hedged":0,"negated":0,"documents":1,"weight":1,"evidence":[{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":2,"start":61,"end":98,"text":"TGF-β synergizes with IL-6 and IL-6R.","cues":["synergizes"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":4}]},\#
        {"source":"IL6","target":"TNF","key":"cooccurs","type":"cooccurs","directed":false,"sentences":2,"paragraphs":3,"documents":1,"paragraph_documents":1,"sentence_documents":1,"weight":1.75,"score":1.399016,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":[],"sentence":0,"start":0,"end":24,"text":"IL-6 and TNF-α in tumors","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":1},{"document":"PMID:100","source":"fixtures/first.xml","section":["Abstract"],"sentence":2,"start":53,"end":89,"text":"TNF-α induced IL-6 in \"tumor\" cells.","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":1}]},\#
        {"source":"TNF","target":"IL6","key":"induces","type":"induces","directed":true,"supporting":1,"hedged":0,"negated":0,"documents":1,"weight":1,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Abstract"],"sentence":2,"start":53,"end":89,"text":"TNF-α induced IL-6 in \"tumor\" cells.","cues":["induced"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":5}]}]}
        """#

    /// The expected graphML.
    static let graphML = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="g_schema" for="graph" attr.name="schema" attr.type="string"/>
          <key id="g_version" for="graph" attr.name="version" attr.type="int"/>
          <key id="g_documents" for="graph" attr.name="documents" attr.type="int"/>
          <key id="g_max_evidence" for="graph" attr.name="max_evidence" attr.type="int"/>
          <key id="n_label" for="node" attr.name="label" attr.type="string"/>
          <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="n_hgnc" for="node" attr.name="hgnc" attr.type="string"/>
          <key id="n_family" for="node" attr.name="family" attr.type="string"/>
          <key id="n_name" for="node" attr.name="name" attr.type="string"/>
          <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="n_documents" for="node" attr.name="documents" attr.type="int"/>
          <key id="n_pro_tumor_supporting" for="node" attr.name="pro_tumor_supporting" attr.type="int"/>
          <key id="n_pro_tumor_hedged" for="node" attr.name="pro_tumor_hedged" attr.type="int"/>
          <key id="n_pro_tumor_negated" for="node" attr.name="pro_tumor_negated" attr.type="int"/>
          <key id="n_pro_tumor_documents" for="node" attr.name="pro_tumor_documents" attr.type="int"/>
          <key id="n_anti_tumor_supporting" for="node" attr.name="anti_tumor_supporting" attr.type="int"/>
          <key id="n_anti_tumor_hedged" for="node" attr.name="anti_tumor_hedged" attr.type="int"/>
          <key id="n_anti_tumor_negated" for="node" attr.name="anti_tumor_negated" attr.type="int"/>
          <key id="n_anti_tumor_documents" for="node" attr.name="anti_tumor_documents" attr.type="int"/>
          <key id="n_context_dependent_supporting" for="node" attr.name="context_dependent_supporting" attr.type="int"/>
          <key id="n_context_dependent_hedged" for="node" attr.name="context_dependent_hedged" attr.type="int"/>
          <key id="n_context_dependent_negated" for="node" attr.name="context_dependent_negated" attr.type="int"/>
          <key id="n_context_dependent_documents" for="node" attr.name="context_dependent_documents" attr.type="int"/>
          <key id="n_net_role" for="node" attr.name="net_role" attr.type="double"/>
          <key id="n_dual_role" for="node" attr.name="dual_role" attr.type="double"/>
          <key id="n_role" for="node" attr.name="role" attr.type="string"/>
          <key id="n_color" for="node" attr.name="color" attr.type="string"/>
          <key id="n_evidence" for="node" attr.name="evidence" attr.type="string"/>
          <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
          <key id="e_undirected" for="edge" attr.name="undirected" attr.type="boolean"/>
          <key id="e_supporting" for="edge" attr.name="supporting" attr.type="int"/>
          <key id="e_hedged" for="edge" attr.name="hedged" attr.type="int"/>
          <key id="e_negated" for="edge" attr.name="negated" attr.type="int"/>
          <key id="e_sentences" for="edge" attr.name="sentences" attr.type="int"/>
          <key id="e_paragraphs" for="edge" attr.name="paragraphs" attr.type="int"/>
          <key id="e_documents" for="edge" attr.name="documents" attr.type="int"/>
          <key id="e_paragraph_documents" for="edge" attr.name="paragraph_documents" attr.type="int"/>
          <key id="e_sentence_documents" for="edge" attr.name="sentence_documents" attr.type="int"/>
          <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="e_score" for="edge" attr.name="score" attr.type="double"/>
          <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
          <graph id="cytolens" edgedefault="directed">
            <data key="g_schema">cytolens-graph</data>
            <data key="g_version">1</data>
            <data key="g_documents">3</data>
            <data key="g_max_evidence">3</data>
            <node id="IFNG">
              <data key="n_label">IFN-γ</data>
              <data key="n_kind">cytokine</data>
              <data key="n_hgnc">HGNC:5438</data>
              <data key="n_family">IFN_TYPE_II</data>
              <data key="n_name">interferon gamma</data>
              <data key="n_mentions">3</data>
              <data key="n_documents">1</data>
              <data key="n_pro_tumor_supporting">0</data>
              <data key="n_pro_tumor_hedged">0</data>
              <data key="n_pro_tumor_negated">0</data>
              <data key="n_pro_tumor_documents">0</data>
              <data key="n_anti_tumor_supporting">1</data>
              <data key="n_anti_tumor_hedged">0</data>
              <data key="n_anti_tumor_negated">0</data>
              <data key="n_anti_tumor_documents">1</data>
              <data key="n_context_dependent_supporting">0</data>
              <data key="n_context_dependent_hedged">0</data>
              <data key="n_context_dependent_negated">0</data>
              <data key="n_context_dependent_documents">0</data>
              <data key="n_net_role">-0.5</data>
              <data key="n_dual_role">0</data>
              <data key="n_role">anti_tumor</data>
              <data key="n_color">#4c4898</data>
              <data key="n_evidence">{&quot;pro_tumor&quot;:[],&quot;anti_tumor&quot;:[{&quot;document&quot;:&quot;PMID:200&quot;,&quot;source&quot;:&quot;fixtures/second.xml&quot;,&quot;section&quot;:[&quot;Introduction&quot;],&quot;sentence&quot;:1,&quot;start&quot;:23,&quot;end&quot;:55,&quot;text&quot;:&quot;IFN-γ kills tumor cells in vivo.&quot;,&quot;cues&quot;:[&quot;kills&quot;,&quot;tumor cells&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:&quot;in_vivo&quot;,&quot;effect&quot;:&quot;cell_death&quot;,&quot;score&quot;:6}],&quot;context_dependent&quot;:[]}</data>
            </node>
            <node id="IL6">
              <data key="n_label">IL-6</data>
              <data key="n_kind">cytokine</data>
              <data key="n_hgnc">HGNC:6018</data>
              <data key="n_family">IL6_FAMILY</data>
              <data key="n_name">interleukin 6</data>
              <data key="n_mentions">7</data>
              <data key="n_documents">3</data>
              <data key="n_pro_tumor_supporting">2</data>
              <data key="n_pro_tumor_hedged">0</data>
              <data key="n_pro_tumor_negated">0</data>
              <data key="n_pro_tumor_documents">2</data>
              <data key="n_anti_tumor_supporting">0</data>
              <data key="n_anti_tumor_hedged">1</data>
              <data key="n_anti_tumor_negated">0</data>
              <data key="n_anti_tumor_documents">1</data>
              <data key="n_context_dependent_supporting">0</data>
              <data key="n_context_dependent_hedged">0</data>
              <data key="n_context_dependent_negated">0</data>
              <data key="n_context_dependent_documents">0</data>
              <data key="n_net_role">0.428571</data>
              <data key="n_dual_role">0.285714</data>
              <data key="n_role">pro_tumor</data>
              <data key="n_color">#90225d</data>
              <data key="n_evidence">{&quot;pro_tumor&quot;:[{&quot;document&quot;:&quot;PMID:100&quot;,&quot;source&quot;:&quot;fixtures/first.xml&quot;,&quot;section&quot;:[&quot;Abstract&quot;],&quot;sentence&quot;:1,&quot;start&quot;:25,&quot;end&quot;:52,&quot;text&quot;:&quot;IL-6 promotes tumor growth.&quot;,&quot;cues&quot;:[&quot;promotes&quot;,&quot;tumor growth&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:&quot;proliferation&quot;,&quot;score&quot;:6},{&quot;document&quot;:&quot;PMID:200&quot;,&quot;source&quot;:&quot;fixtures/second.xml&quot;,&quot;section&quot;:[&quot;Discussion&quot;],&quot;sentence&quot;:3,&quot;start&quot;:83,&quot;end&quot;:116,&quot;text&quot;:&quot;IL-6 drives breast cancer growth.&quot;,&quot;cues&quot;:[&quot;drives&quot;,&quot;growth&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:&quot;breast&quot;,&quot;evidence_type&quot;:null,&quot;effect&quot;:&quot;proliferation&quot;,&quot;score&quot;:6}],&quot;anti_tumor&quot;:[{&quot;document&quot;:&quot;PMID:100&quot;,&quot;source&quot;:&quot;fixtures/first.xml&quot;,&quot;section&quot;:[&quot;Results&quot;],&quot;sentence&quot;:3,&quot;start&quot;:90,&quot;end&quot;:118,&quot;text&quot;:&quot;IL-6 may inhibit metastasis.&quot;,&quot;cues&quot;:[&quot;inhibit&quot;,&quot;metastasis&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:true,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:&quot;metastasis&quot;,&quot;score&quot;:3}],&quot;context_dependent&quot;:[]}</data>
            </node>
            <node id="TGFB">
              <data key="n_label">TGF-β</data>
              <data key="n_kind">group</data>
              <data key="n_name">TGF-beta</data>
              <data key="n_mentions">3</data>
              <data key="n_documents">1</data>
              <data key="n_pro_tumor_supporting">0</data>
              <data key="n_pro_tumor_hedged">0</data>
              <data key="n_pro_tumor_negated">0</data>
              <data key="n_pro_tumor_documents">0</data>
              <data key="n_anti_tumor_supporting">0</data>
              <data key="n_anti_tumor_hedged">0</data>
              <data key="n_anti_tumor_negated">0</data>
              <data key="n_anti_tumor_documents">0</data>
              <data key="n_context_dependent_supporting">2</data>
              <data key="n_context_dependent_hedged">0</data>
              <data key="n_context_dependent_negated">0</data>
              <data key="n_context_dependent_documents">1</data>
              <data key="n_net_role">0</data>
              <data key="n_dual_role">0.666667</data>
              <data key="n_role">dual</data>
              <data key="n_color">#762a83</data>
              <data key="n_evidence">{&quot;pro_tumor&quot;:[],&quot;anti_tumor&quot;:[],&quot;context_dependent&quot;:[{&quot;document&quot;:&quot;fixtures/third.txt&quot;,&quot;source&quot;:&quot;fixtures/third.txt&quot;,&quot;section&quot;:[],&quot;sentence&quot;:0,&quot;start&quot;:0,&quot;end&quot;:27,&quot;text&quot;:&quot;TGF-β, a double-edged sword&quot;,&quot;cues&quot;:[&quot;double-edged sword&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:5},{&quot;document&quot;:&quot;fixtures/third.txt&quot;,&quot;source&quot;:&quot;fixtures/third.txt&quot;,&quot;section&quot;:[],&quot;sentence&quot;:1,&quot;start&quot;:28,&quot;end&quot;:60,&quot;text&quot;:&quot;TGF-β has a dual role in cancer.&quot;,&quot;cues&quot;:[&quot;dual role&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:4}]}</data>
            </node>
            <node id="TNF">
              <data key="n_label">TNF-α</data>
              <data key="n_kind">cytokine</data>
              <data key="n_hgnc">HGNC:11892</data>
              <data key="n_family">TNFSF</data>
              <data key="n_name">tumor necrosis factor</data>
              <data key="n_mentions">3</data>
              <data key="n_documents">1</data>
              <data key="n_pro_tumor_supporting">0</data>
              <data key="n_pro_tumor_hedged">0</data>
              <data key="n_pro_tumor_negated">1</data>
              <data key="n_pro_tumor_documents">0</data>
              <data key="n_anti_tumor_supporting">0</data>
              <data key="n_anti_tumor_hedged">0</data>
              <data key="n_anti_tumor_negated">0</data>
              <data key="n_anti_tumor_documents">0</data>
              <data key="n_context_dependent_supporting">0</data>
              <data key="n_context_dependent_hedged">0</data>
              <data key="n_context_dependent_negated">0</data>
              <data key="n_context_dependent_documents">0</data>
              <data key="n_net_role">0</data>
              <data key="n_dual_role">0</data>
              <data key="n_role">none</data>
              <data key="n_color">#d9d9d9</data>
              <data key="n_evidence">{&quot;pro_tumor&quot;:[{&quot;document&quot;:&quot;PMID:100&quot;,&quot;source&quot;:&quot;fixtures/first.xml&quot;,&quot;section&quot;:[&quot;Results&quot;],&quot;sentence&quot;:4,&quot;start&quot;:119,&quot;end&quot;:150,&quot;text&quot;:&quot;TNF-α did not promote invasion.&quot;,&quot;cues&quot;:[&quot;promote&quot;,&quot;invasion&quot;],&quot;negated&quot;:true,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:&quot;metastasis&quot;,&quot;score&quot;:1}],&quot;anti_tumor&quot;:[],&quot;context_dependent&quot;:[]}</data>
            </node>
            <edge id="e0" source="IFNG" target="IL6">
              <data key="e_type">cooccurs</data>
              <data key="e_undirected">true</data>
              <data key="e_sentences">1</data>
              <data key="e_paragraphs">1</data>
              <data key="e_documents">1</data>
              <data key="e_paragraph_documents">1</data>
              <data key="e_sentence_documents">1</data>
              <data key="e_weight">1.75</data>
              <data key="e_score">1.399016</data>
              <data key="e_evidence">[{&quot;document&quot;:&quot;PMID:200&quot;,&quot;source&quot;:&quot;fixtures/second.xml&quot;,&quot;section&quot;:[&quot;Introduction&quot;],&quot;sentence&quot;:2,&quot;start&quot;:56,&quot;end&quot;:82,&quot;text&quot;:&quot;IFN-γ might suppress IL-6.&quot;,&quot;cues&quot;:[],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:0}]</data>
            </edge>
            <edge id="e1" source="IFNG" target="IL6">
              <data key="e_type">inhibits</data>
              <data key="e_undirected">false</data>
              <data key="e_supporting">0</data>
              <data key="e_hedged">1</data>
              <data key="e_negated">0</data>
              <data key="e_documents">1</data>
              <data key="e_weight">0.5</data>
              <data key="e_evidence">[{&quot;document&quot;:&quot;PMID:200&quot;,&quot;source&quot;:&quot;fixtures/second.xml&quot;,&quot;section&quot;:[&quot;Introduction&quot;],&quot;sentence&quot;:2,&quot;start&quot;:56,&quot;end&quot;:82,&quot;text&quot;:&quot;IFN-γ might suppress IL-6.&quot;,&quot;cues&quot;:[&quot;suppress&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:true,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:2}]</data>
            </edge>
            <edge id="e2" source="IL6" target="TGFB">
              <data key="e_type">cooccurs</data>
              <data key="e_undirected">true</data>
              <data key="e_sentences">1</data>
              <data key="e_paragraphs">1</data>
              <data key="e_documents">1</data>
              <data key="e_paragraph_documents">1</data>
              <data key="e_sentence_documents">1</data>
              <data key="e_weight">1.75</data>
              <data key="e_score">1.399016</data>
              <data key="e_evidence">[{&quot;document&quot;:&quot;fixtures/third.txt&quot;,&quot;source&quot;:&quot;fixtures/third.txt&quot;,&quot;section&quot;:[],&quot;sentence&quot;:2,&quot;start&quot;:61,&quot;end&quot;:98,&quot;text&quot;:&quot;TGF-β synergizes with IL-6 and IL-6R.&quot;,&quot;cues&quot;:[],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:0}]</data>
            </edge>
            <edge id="e3" source="IL6" target="TGFB">
              <data key="e_type">synergizes</data>
              <data key="e_undirected">true</data>
              <data key="e_supporting">1</data>
              <data key="e_hedged">0</data>
              <data key="e_negated">0</data>
              <data key="e_documents">1</data>
              <data key="e_weight">1</data>
              <data key="e_evidence">[{&quot;document&quot;:&quot;fixtures/third.txt&quot;,&quot;source&quot;:&quot;fixtures/third.txt&quot;,&quot;section&quot;:[],&quot;sentence&quot;:2,&quot;start&quot;:61,&quot;end&quot;:98,&quot;text&quot;:&quot;TGF-β synergizes with IL-6 and IL-6R.&quot;,&quot;cues&quot;:[&quot;synergizes&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:4}]</data>
            </edge>
            <edge id="e4" source="IL6" target="TNF">
              <data key="e_type">cooccurs</data>
              <data key="e_undirected">true</data>
              <data key="e_sentences">2</data>
              <data key="e_paragraphs">3</data>
              <data key="e_documents">1</data>
              <data key="e_paragraph_documents">1</data>
              <data key="e_sentence_documents">1</data>
              <data key="e_weight">1.75</data>
              <data key="e_score">1.399016</data>
              <data key="e_evidence">[{&quot;document&quot;:&quot;PMID:100&quot;,&quot;source&quot;:&quot;fixtures/first.xml&quot;,&quot;section&quot;:[],&quot;sentence&quot;:0,&quot;start&quot;:0,&quot;end&quot;:24,&quot;text&quot;:&quot;IL-6 and TNF-α in tumors&quot;,&quot;cues&quot;:[],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:1},{&quot;document&quot;:&quot;PMID:100&quot;,&quot;source&quot;:&quot;fixtures/first.xml&quot;,&quot;section&quot;:[&quot;Abstract&quot;],&quot;sentence&quot;:2,&quot;start&quot;:53,&quot;end&quot;:89,&quot;text&quot;:&quot;TNF-α induced IL-6 in \&quot;tumor\&quot; cells.&quot;,&quot;cues&quot;:[],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:1}]</data>
            </edge>
            <edge id="e5" source="TNF" target="IL6">
              <data key="e_type">induces</data>
              <data key="e_undirected">false</data>
              <data key="e_supporting">1</data>
              <data key="e_hedged">0</data>
              <data key="e_negated">0</data>
              <data key="e_documents">1</data>
              <data key="e_weight">1</data>
              <data key="e_evidence">[{&quot;document&quot;:&quot;PMID:100&quot;,&quot;source&quot;:&quot;fixtures/first.xml&quot;,&quot;section&quot;:[&quot;Abstract&quot;],&quot;sentence&quot;:2,&quot;start&quot;:53,&quot;end&quot;:89,&quot;text&quot;:&quot;TNF-α induced IL-6 in \&quot;tumor\&quot; cells.&quot;,&quot;cues&quot;:[&quot;induced&quot;],&quot;negated&quot;:false,&quot;hedged&quot;:false,&quot;cancer&quot;:null,&quot;evidence_type&quot;:null,&quot;effect&quot;:null,&quot;score&quot;:5}]</data>
            </edge>
          </graph>
        </graphml>

        """#

    /// The expected partial.
    static let partial = #"""
        {"cytolens_partial":1,"max_evidence":3,"documents":3,\#
        "nodes":[\#
        {"id":"IFNG","kind":"cytokine","hgnc":"HGNC:5438","mentions":3,"documents":1,"claims":{"pro_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"anti_tumor":{"supporting":1,"hedged":0,"negated":0,"documents":1,"evidence":[{"document":"PMID:200","source":"fixtures/second.xml","section":["Introduction"],"sentence":1,"start":23,"end":55,"text":"IFN-γ kills tumor cells in vivo.","cues":["kills","tumor cells"],"negated":false,"hedged":false,"cancer":null,"evidence_type":"in_vivo","effect":"cell_death","score":6}]},"context_dependent":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]}}},\#
        {"id":"IL6","kind":"cytokine","hgnc":"HGNC:6018","mentions":7,"documents":3,"claims":{"pro_tumor":{"supporting":2,"hedged":0,"negated":0,"documents":2,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Abstract"],"sentence":1,"start":25,"end":52,"text":"IL-6 promotes tumor growth.","cues":["promotes","tumor growth"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":"proliferation","score":6},{"document":"PMID:200","source":"fixtures/second.xml","section":["Discussion"],"sentence":3,"start":83,"end":116,"text":"IL-6 drives breast cancer growth.","cues":["drives","growth"],"negated":false,"hedged":false,"cancer":"breast","evidence_type":null,"effect":"proliferation","score":6}]},"anti_tumor":{"supporting":0,"hedged":1,"negated":0,"documents":1,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Results"],"sentence":3,"start":90,"end":118,"text":"IL-6 may inhibit metastasis.","cues":["inhibit","metastasis"],"negated":false,"hedged":true,"cancer":null,"evidence_type":null,"effect":"metastasis","score":3}]},"context_dependent":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]}}},\#
        {"id":"TGFB","kind":"group","hgnc":null,"mentions":3,"documents":1,"claims":{"pro_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"anti_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"context_dependent":{"supporting":2,"hedged":0,"negated":0,"documents":1,"evidence":[{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":0,"start":0,"end":27,"text":"TGF-β, a double-edged sword","cues":["double-edged sword"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":5},{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":1,"start":28,"end":60,"text":"TGF-β has a dual role in cancer.","cues":["dual role"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":4}]}}},\#
        {"id":"TNF","kind":"cytokine","hgnc":"HGNC:11892","mentions":3,"documents":1,"claims":{"pro_tumor":{"supporting":0,"hedged":0,"negated":1,"documents":0,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Results"],"sentence":4,"start":119,"end":150,"text":"TNF-α did not promote invasion.","cues":["promote","invasion"],"negated":true,"hedged":false,"cancer":null,"evidence_type":null,"effect":"metastasis","score":1}]},"anti_tumor":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]},"context_dependent":{"supporting":0,"hedged":0,"negated":0,"documents":0,"evidence":[]}}}],\#
        "relations":[\#
        {"source":"IFNG","target":"IL6","type":"inhibits","supporting":0,"hedged":1,"negated":0,"documents":1,"evidence":[{"document":"PMID:200","source":"fixtures/second.xml","section":["Introduction"],"sentence":2,"start":56,"end":82,"text":"IFN-γ might suppress IL-6.","cues":["suppress"],"negated":false,"hedged":true,"cancer":null,"evidence_type":null,"effect":null,"score":2}]},\#
        {"source":"IL6","target":"TGFB","type":"synergizes","supporting":1,"hedged":0,"negated":0,"documents":1,"evidence":[{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":2,"start":61,"end":98,"text":"TGF-β synergizes with IL-6 and IL-6R.","cues":["synergizes"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":4}]},\#
        {"source":"TNF","target":"IL6","type":"induces","supporting":1,"hedged":0,"negated":0,"documents":1,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":["Abstract"],"sentence":2,"start":53,"end":89,"text":"TNF-α induced IL-6 in \"tumor\" cells.","cues":["induced"],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":5}]}],\#
        "cooccurrences":[\#
        {"source":"IFNG","target":"IL6","sentences":1,"paragraphs":1,"documents":1,"paragraph_documents":1,"sentence_documents":1,"evidence":[{"document":"PMID:200","source":"fixtures/second.xml","section":["Introduction"],"sentence":2,"start":56,"end":82,"text":"IFN-γ might suppress IL-6.","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":0}]},\#
        {"source":"IL6","target":"TGFB","sentences":1,"paragraphs":1,"documents":1,"paragraph_documents":1,"sentence_documents":1,"evidence":[{"document":"fixtures/third.txt","source":"fixtures/third.txt","section":[],"sentence":2,"start":61,"end":98,"text":"TGF-β synergizes with IL-6 and IL-6R.","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":0}]},\#
        {"source":"IL6","target":"TNF","sentences":2,"paragraphs":3,"documents":1,"paragraph_documents":1,"sentence_documents":1,"evidence":[{"document":"PMID:100","source":"fixtures/first.xml","section":[],"sentence":0,"start":0,"end":24,"text":"IL-6 and TNF-α in tumors","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":1},{"document":"PMID:100","source":"fixtures/first.xml","section":["Abstract"],"sentence":2,"start":53,"end":89,"text":"TNF-α induced IL-6 in \"tumor\" cells.","cues":[],"negated":false,"hedged":false,"cancer":null,"evidence_type":null,"effect":null,"score":1}]}]}
        """#
}
