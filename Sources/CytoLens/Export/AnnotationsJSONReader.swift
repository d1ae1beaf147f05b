import Foundation

/// Reads back the JSON Lines that ``AnnotationsJSON`` writes (`cytolens text` and `cytolens tag`
/// output), so a graph can be built from tagged documents without tagging them again.
///
/// Lines without `mentions`, `claims` or `relations` (`cytolens text` output) read as documents
/// with those layers empty.
public enum AnnotationsJSONReader {
    /// Whether a line or the start of an input looks like annotations: a JSON object whose first
    /// key is `"document"`, white space allowed around the brace.
    public static func looksLikeAnnotations(_ prefix: some Collection<UInt8>) -> Bool {
        var bytes = prefix.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.first == UInt8(ascii: "{") else { return false }
        let rest = bytes.dropFirst().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return rest.starts(with: Array("\"document\"".utf8))
    }

    /// Decodes one line.
    ///
    /// - Throws: ``ReadError`` saying what is missing or malformed.
    public static func annotations(fromLine line: some Collection<UInt8>) throws(ReadError) -> DocumentAnnotations {
        do {
            return try JSONDecoder().decode(LineJSON.self, from: Data(line)).annotations
        } catch {
            throw ReadError(message: describe(error))
        }
    }

    /// Why a line could not be read.
    public struct ReadError: Error, Sendable, Hashable {
        /// A sentence a person can act on.
        public var message: String

        /// Creates an error.
        public init(message: String) {
            self.message = message
        }
    }

    /// A one-line description of a decoding error with the JSON path where it happened.
    static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context): return "missing \"\(key.stringValue)\"\(path(context))"
        case DecodingError.typeMismatch(_, let context): return "wrong type\(path(context))"
        case DecodingError.valueNotFound(_, let context): return "unexpected null\(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "invalid value\(path(context))"
        default: return "not valid JSON"
        }
    }

    private struct LineJSON: Decodable {
        var document: DocumentJSON
        var passages: [PassageJSON]
        var sentences: [SentenceJSON]
        var mentions: [MentionJSON]?
        var claims: [ClaimJSON]?
        var relations: [RelationJSON]?

        var annotations: DocumentAnnotations {
            let article = Article(
                source: document.source,
                identifiers: ArticleIdentifiers(pmid: document.pmid, pmcid: document.pmcid, doi: document.doi),
                title: document.title,
                passages: passages.map {
                    Passage(index: $0.index, type: $0.type, section: $0.section, offset: $0.offset, text: $0.text)
                })
            return DocumentAnnotations(
                article: article,
                sentences: sentences.map { Sentence(index: $0.index, passage: $0.passage, start: $0.start, end: $0.end) },
                mentions: (mentions ?? []).map(\.mention), claims: (claims ?? []).map(\.claim),
                relations: (relations ?? []).map(\.relation))
        }
    }

    private struct DocumentJSON: Decodable {
        var source: String
        var pmid: String?
        var pmcid: String?
        var doi: String?
        var title: String
    }

    private struct PassageJSON: Decodable {
        var index: Int
        var type: PassageType
        var section: [String]
        var offset: Int
        var text: String
    }

    private struct SentenceJSON: Decodable {
        var index: Int
        var passage: Int
        var start: Int
        var end: Int
    }

    /// A mention is written with its kind as the key of its target: `{"cytokine": "IL6", …}`.
    private struct MentionJSON: Decodable {
        var mention: Mention

        enum CodingKeys: String, CodingKey { case cytokine, group, receptor, hgnc, text, start, end, sentence }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let kinds: [(MentionKind, CodingKeys)] = [(.cytokine, .cytokine), (.group, .group), (.receptor, .receptor)]
            guard let (kind, key) = kinds.first(where: { container.contains($0.1) }) else {
                throw DecodingError.keyNotFound(
                    CodingKeys.cytokine,
                    .init(codingPath: container.codingPath, debugDescription: "a mention needs a cytokine, group or receptor key")
                )
            }
            mention = Mention(
                kind: kind, target: try container.decode(String.self, forKey: key),
                hgnc: try container.decodeIfPresent(String.self, forKey: .hgnc),
                text: try container.decode(String.self, forKey: .text),
                start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end),
                sentence: try container.decode(Int.self, forKey: .sentence))
        }
    }

    private struct ClaimJSON: Decodable {
        var cytokine: String
        var polarity: ClaimPolarity
        var negated: Bool
        var negationCue: String?
        var hedged: Bool
        var hedgeCue: String?
        var effect: String?
        var cues: [String]
        var sentence: Int
        var context: ContextJSON

        enum CodingKeys: String, CodingKey {
            case cytokine, polarity, negated, hedged, effect, cues, sentence, context
            case negationCue = "negation_cue"
            case hedgeCue = "hedge_cue"
        }

        var claim: Claim {
            Claim(
                cytokine: cytokine, polarity: polarity, negated: negated, negationCue: negationCue, hedged: hedged,
                hedgeCue: hedgeCue, effect: effect, cues: cues, sentence: sentence,
                context: ClaimContext(cancer: context.cancer, evidence: context.evidence, section: context.section))
        }
    }

    private struct ContextJSON: Decodable {
        var cancer: String?
        var evidence: String?
        var section: [String]
    }

    private struct RelationJSON: Decodable {
        var source: String
        var target: String
        var type: RelationType
        var negated: Bool
        var hedged: Bool
        var sentence: Int
        var cues: [String]

        var relation: Relation {
            Relation(source: source, target: target, type: type, negated: negated, hedged: hedged, sentence: sentence, cues: cues)
        }
    }
}
