import Foundation

/// The interchange form of a ``GraphPartial``: one JSON object per line, holding every sum and
/// evidence list and nothing computed, so `cytolens merge` can add partials made anywhere.
///
/// ```
/// {"cytolens_partial": 1, "max_evidence": 3, "documents": 2,
///  "nodes": [{"id": "IL6", "kind": "cytokine", "hgnc": "HGNC:6018", "mentions": 4, "documents": 2,
///             "claims": {"pro_tumor": {"supporting": 1, "hedged": 0, "negated": 0, "documents": 1,
///                                      "evidence": [...]}, "anti_tumor": {...}, "context_dependent": {...}}}],
///  "relations": [{"source": "TNF", "target": "IL6", "type": "induces", "supporting": 1, ...,
///                 "evidence": [...]}],
///  "cooccurrences": [{"source": "IL6", "target": "TNF", "sentences": 1, "paragraphs": 1,
///                     "documents": 1, "paragraph_documents": 1, "sentence_documents": 1, "evidence": [...]}]}
/// ```
/// Everything is sorted (nodes by id, edges by source, target and type), so equal partials are
/// equal text.
public enum GraphPartialJSON {
    /// The format version written in `cytolens_partial`.
    public static let version = 1

    /// The partial as one line of JSON, without the trailing newline.
    public static func text(_ partial: GraphPartial) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("cytolens_partial", version)
        json.field("max_evidence", partial.evidenceLimit)
        json.field("documents", partial.documents)
        json.key("nodes")
        json.beginArray()
        for id in partial.nodes.keys.sorted(by: ByteOrder.precedes) {
            let tally = partial.nodes[id]!
            json.beginObject()
            json.field("id", id)
            json.field("kind", tally.kind?.rawValue)
            json.field("hgnc", tally.hgnc)
            json.field("mentions", tally.mentions)
            json.field("documents", tally.documents)
            EvidenceJSON.writeClaims(tally, to: &json)
            json.endObject()
        }
        json.endArray()
        json.key("relations")
        json.beginArray()
        for key in partial.relations.keys.sorted(by: { $0.precedes($1) }) {
            let counts = partial.relations[key]!
            json.beginObject()
            json.field("source", key.source)
            json.field("target", key.target)
            json.field("type", key.type.rawValue)
            EvidenceJSON.writeCounts(counts, to: &json)
            json.key("evidence")
            EvidenceJSON.write(counts.evidence, to: &json)
            json.endObject()
        }
        json.endArray()
        json.key("cooccurrences")
        json.beginArray()
        for key in partial.cooccurrences.keys.sorted(by: { $0.precedes($1) }) {
            let tally = partial.cooccurrences[key]!
            json.beginObject()
            json.field("source", key.source)
            json.field("target", key.target)
            json.field("sentences", tally.sentences)
            json.field("paragraphs", tally.paragraphs)
            json.field("documents", tally.documents)
            json.field("paragraph_documents", tally.paragraphDocuments)
            json.field("sentence_documents", tally.sentenceDocuments)
            json.key("evidence")
            EvidenceJSON.write(tally.evidence, to: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    /// Reads one line written by ``text(_:)``.
    ///
    /// - Throws: ``ReadError`` when the line is not JSON, is not a partial (a graph export, a
    ///   `cytolens tag` line), or has a version this build does not read.
    public static func partial(fromLine line: some Collection<UInt8>) throws(ReadError) -> GraphPartial {
        let data = Data(line)
        let file: PartialFile
        do {
            file = try JSONDecoder().decode(PartialFile.self, from: data)
        } catch DecodingError.keyNotFound(let key, let context)
            where key.stringValue == "cytolens_partial" && context.codingPath.isEmpty
        {
            throw ReadError(message: "not a cytolens graph partial; make partials with `cytolens graph --format partial`")
        } catch {
            throw ReadError(message: "not a valid graph partial: \(AnnotationsJSONReader.describe(error))")
        }
        guard file.cytolensPartial == version else {
            throw ReadError(message: "partial format version \(file.cytolensPartial); this cytolens reads version \(version)")
        }
        return file.partial
    }

    /// Why a partial could not be read.
    public struct ReadError: Error, Sendable, Hashable {
        /// A sentence a person can act on.
        public var message: String

        /// Creates an error.
        public init(message: String) {
            self.message = message
        }
    }

    private struct PartialFile: Decodable {
        var cytolensPartial: Int
        var maxEvidence: Int
        var documents: Int
        var nodes: [NodeJSON]
        var relations: [RelationJSON]
        var cooccurrences: [CooccurrenceJSON]

        enum CodingKeys: String, CodingKey {
            case cytolensPartial = "cytolens_partial"
            case maxEvidence = "max_evidence"
            case documents, nodes, relations, cooccurrences
        }

        var partial: GraphPartial {
            var partial = GraphPartial(evidenceLimit: maxEvidence)
            partial.documents = documents
            let limit = partial.evidenceLimit
            for node in nodes {
                var tally = NodeTally()
                tally.kind = node.kind.flatMap(MentionKind.init(rawValue:))
                tally.hgnc = node.hgnc
                tally.mentions = node.mentions
                tally.documents = node.documents
                for polarity in ClaimPolarity.allCases {
                    if let counts = node.claims[polarity.rawValue] { tally[polarity] = counts.counts(limit: limit) }
                }
                partial.nodes[node.id, default: NodeTally()].merge(tally, limit: limit)
            }
            for relation in relations {
                let key = EdgeKey(source: relation.source, target: relation.target, type: relation.type)
                partial.relations[key, default: EvidenceCounts()].merge(relation.counts.counts(limit: limit), limit: limit)
            }
            for pair in cooccurrences {
                var tally = CooccurrenceTally()
                tally.sentences = pair.sentences
                tally.paragraphs = pair.paragraphs
                tally.documents = pair.documents
                tally.paragraphDocuments = pair.paragraphDocuments
                tally.sentenceDocuments = pair.sentenceDocuments
                tally.evidence = EvidenceList(pair.evidence.map(\.record), limit: limit)
                let key = EdgeKey(source: pair.source, target: pair.target, type: .cooccurs)
                partial.cooccurrences[key, default: CooccurrenceTally()].merge(tally, limit: limit)
            }
            return partial
        }
    }

    private struct NodeJSON: Decodable {
        var id: String
        var kind: String?
        var hgnc: String?
        var mentions: Int
        var documents: Int
        var claims: [String: CountsJSON]
    }

    private struct CountsJSON: Decodable {
        var supporting: Int
        var hedged: Int
        var negated: Int
        var documents: Int
        var evidence: [EvidenceRecordJSON]

        func counts(limit: Int) -> EvidenceCounts {
            EvidenceCounts(
                supporting: supporting, hedged: hedged, negated: negated, documents: documents,
                evidence: EvidenceList(evidence.map(\.record), limit: limit))
        }
    }

    private struct RelationJSON: Decodable {
        var source: String
        var target: String
        var type: RelationType
        var counts: CountsJSON

        enum CodingKeys: String, CodingKey { case source, target, type }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            source = try container.decode(String.self, forKey: .source)
            target = try container.decode(String.self, forKey: .target)
            type = try container.decode(RelationType.self, forKey: .type)
            counts = try CountsJSON(from: decoder)
        }
    }

    private struct CooccurrenceJSON: Decodable {
        var source: String
        var target: String
        var sentences: Int
        var paragraphs: Int
        var documents: Int
        var paragraphDocuments: Int
        var sentenceDocuments: Int
        var evidence: [EvidenceRecordJSON]

        enum CodingKeys: String, CodingKey {
            case source, target, sentences, paragraphs, documents, evidence
            case paragraphDocuments = "paragraph_documents"
            case sentenceDocuments = "sentence_documents"
        }
    }
}
