/// Writes ``DocumentAnnotations`` as one JSON Lines record in the documented output contract:
/// `document`, `passages`, `sentences`, then whatever annotation layers are present.
public enum AnnotationsJSON {
    /// One line of JSON (without the trailing newline).
    public static func line(_ annotations: DocumentAnnotations) -> String {
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
        json.endObject()
        return json.output
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
