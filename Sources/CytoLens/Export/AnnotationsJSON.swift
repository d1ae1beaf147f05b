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
        for passage in annotations.article.passages {
            json.beginObject()
            json.field("index", passage.index)
            json.field("type", passage.type.rawValue)
            json.key("section")
            json.strings(passage.section)
            json.field("offset", passage.offset)
            json.field("text", passage.text)
            json.endObject()
        }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in annotations.sentences {
            json.beginObject()
            json.field("index", sentence.index)
            json.field("passage", sentence.passage)
            json.field("start", sentence.start)
            json.field("end", sentence.end)
            json.endObject()
        }
        json.endArray()
        if layers {
            writeMentions(annotations.mentions, to: &json)
            writeClaims(annotations.claims, to: &json)
            writeRelations(annotations.relations, to: &json)
        }
        json.endObject()
        return json.utf8
    }

    private static func writeMentions(_ mentions: [Mention], to json: inout JSONWriter) {
        json.key("mentions")
        json.beginArray()
        for mention in mentions {
            json.beginObject()
            json.field(mention.kind.rawValue, mention.target)
            if mention.kind != .group { json.field("hgnc", mention.hgnc) }
            json.field("text", mention.text)
            json.field("start", mention.start)
            json.field("end", mention.end)
            json.field("sentence", mention.sentence)
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
}
