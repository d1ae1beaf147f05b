/// Writes ``DocumentAnnotations`` as one JSON Lines record in the documented output contract:
/// `document`, `passages`, `sentences`, then (for `cytolens tag`) `mentions`, `claims` and `relations`.
public enum AnnotationsJSON {
    /// One line of JSON (without the trailing newline).
    ///
    /// - Parameters:
    ///   - annotations: the document.
    ///   - layers: whether to write `mentions`, `claims` and `relations` (the `tag` output) or
    ///     only the text (the `text` output).
    public static func line(_ annotations: DocumentAnnotations, layers: Bool = false) -> String {
        String(decoding: lineUTF8(annotations, layers: layers), as: UTF8.self)
    }

    /// ``line(_:layers:)`` as UTF-8 bytes, for the command-line writers: the bytes go to the
    /// output as they are, without being checked again as a `String` (which costs as much as
    /// writing them).
    public static func lineUTF8(_ annotations: DocumentAnnotations, layers: Bool = false) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        writeDocument(annotations.article, to: &json)
        json.key("passages")
        json.beginArray()
        let keys = Keys.shared
        for passage in annotations.article.passages {
            json.beginObject()
            json.field(keys.index, passage.index)
            json.field(keys.type, passage.type.rawValue)
            json.key(keys.section)
            json.strings(passage.section)
            json.field(keys.offset, passage.offset)
            json.field(keys.text, passage.text)
            json.endObject()
        }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in annotations.sentences {
            json.beginObject()
            json.field(keys.index, sentence.index)
            json.field(keys.passage, sentence.passage)
            json.field(keys.start, sentence.start)
            json.field(keys.end, sentence.end)
            json.endObject()
        }
        json.endArray()
        if layers {
            writeMentions(annotations.mentions, keys: keys, to: &json)
            writeClaims(annotations.claims, to: &json)
            writeRelations(annotations.relations, to: &json)
        }
        json.endObject()
        return json.utf8
    }

    private static func writeMentions(_ mentions: [Mention], keys: Keys, to json: inout JSONWriter) {
        json.key("mentions")
        json.beginArray()
        for mention in mentions {
            json.beginObject()
            json.field(mention.kind.rawValue, mention.target)
            if mention.kind != .group { json.field(keys.hgnc, mention.hgnc) }
            json.field(keys.text, mention.text)
            json.field(keys.start, mention.start)
            json.field(keys.end, mention.end)
            json.field(keys.sentence, mention.sentence)
            json.endObject()
        }
        json.endArray()
    }

    private static func writeClaims(_ claims: [Claim], to json: inout JSONWriter) {
        json.key("claims")
        json.beginArray()
        for claim in claims {
            json.beginObject()
            json.field("cytokine", claim.cytokine)
            json.field("polarity", claim.polarity.rawValue)
            json.field("negated", claim.negated)
            if let cue = claim.negationCue { json.field("negation_cue", cue) }
            json.field("hedged", claim.hedged)
            if let cue = claim.hedgeCue { json.field("hedge_cue", cue) }
            json.field("effect", claim.effect)
            json.key("cues")
            json.strings(claim.cues)
            json.field("sentence", claim.sentence)
            json.key("context")
            json.beginObject()
            json.field("cancer", claim.context.cancer)
            json.field("evidence", claim.context.evidence)
            json.key("section")
            json.strings(claim.context.section)
            json.endObject()
            json.endObject()
        }
        json.endArray()
    }

    private static func writeRelations(_ relations: [Relation], to json: inout JSONWriter) {
        json.key("relations")
        json.beginArray()
        for relation in relations {
            json.beginObject()
            json.field("source", relation.source)
            json.field("target", relation.target)
            json.field("type", relation.type.rawValue)
            json.field("negated", relation.negated)
            json.field("hedged", relation.hedged)
            json.field("sentence", relation.sentence)
            json.key("cues")
            json.strings(relation.cues)
            json.endObject()
        }
        json.endArray()
    }

    private static func writeDocument(_ article: Article, to json: inout JSONWriter) {
        json.key("document")
        json.beginObject()
        json.field("source", article.source)
        json.field("pmid", article.identifiers.pmid)
        json.field("pmcid", article.identifiers.pmcid)
        json.field("doi", article.identifiers.doi)
        json.field("title", article.title)
        json.endObject()
    }

    /// The keys written for every passage, sentence and mention, escaped once.
    private struct Keys {
        static let shared = Keys()
        let index = JSONWriter.Key("index")
        let type = JSONWriter.Key("type")
        let section = JSONWriter.Key("section")
        let offset = JSONWriter.Key("offset")
        let text = JSONWriter.Key("text")
        let passage = JSONWriter.Key("passage")
        let start = JSONWriter.Key("start")
        let end = JSONWriter.Key("end")
        let hgnc = JSONWriter.Key("hgnc")
        let sentence = JSONWriter.Key("sentence")
    }
}
