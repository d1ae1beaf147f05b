/// Writes evidence records and claim counts as JSON, the same way in the graph export and in
/// the partial interchange form.
enum EvidenceJSON {
    /// `[{"document": …, "source": …, "section": […], "sentence": …, "start": …, "end": …,
    /// "text": …, "cues": […], "negated": …, "hedged": …, "cancer": …, "evidence_type": …,
    /// "effect": …, "score": …}, …]`
    static func write(_ list: EvidenceList, to json: inout JSONWriter) {
        json.beginArray()
        for record in list.records {
            json.beginObject()
            json.field("document", record.document)
            json.field("source", record.source)
            json.key("section")
            json.strings(record.section)
            json.field("sentence", record.sentence)
            json.field("start", record.start)
            json.field("end", record.end)
            json.field("text", record.text)
            json.key("cues")
            json.strings(record.cues)
            json.field("negated", record.negated)
            json.field("hedged", record.hedged)
            json.field("cancer", record.cancer)
            json.field("evidence_type", record.evidenceType)
            json.field("effect", record.effect)
            json.field("score", record.score)
            json.endObject()
        }
        json.endArray()
    }

    /// `{"supporting": …, "hedged": …, "negated": …, "documents": …, "evidence": […]}` without
    /// the braces, so callers can add fields.
    static func writeCounts(_ counts: EvidenceCounts, to json: inout JSONWriter) {
        json.field("supporting", counts.supporting)
        json.field("hedged", counts.hedged)
        json.field("negated", counts.negated)
        json.field("documents", counts.documents)
    }

    /// `"claims": {"pro_tumor": {…}, "anti_tumor": {…}, "context_dependent": {…}}`.
    static func writeClaims(_ tally: NodeTally, to json: inout JSONWriter) {
        json.key("claims")
        json.beginObject()
        for polarity in ClaimPolarity.allCases {
            json.key(polarity.rawValue)
            json.beginObject()
            writeCounts(tally[polarity], to: &json)
            json.key("evidence")
            write(tally[polarity].evidence, to: &json)
            json.endObject()
        }
        json.endObject()
    }
}

/// The decodable form of an evidence record, shared by the readers.
struct EvidenceRecordJSON: Decodable {
    var document: String
    var source: String
    var section: [String]
    var sentence: Int
    var start: Int
    var end: Int
    var text: String
    var cues: [String]
    var negated: Bool
    var hedged: Bool
    var cancer: String?
    var evidenceType: String?
    var effect: String?
    var score: Int

    enum CodingKeys: String, CodingKey {
        case document, source, section, sentence, start, end, text, cues, negated, hedged, cancer, effect, score
        case evidenceType = "evidence_type"
    }

    var record: EvidenceRecord {
        EvidenceRecord(
            score: score, document: document, source: source, section: section, sentence: sentence, start: start, end: end,
            text: text, cues: cues, negated: negated, hedged: hedged, cancer: cancer, evidenceType: evidenceType, effect: effect)
    }
}
