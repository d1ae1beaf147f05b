import ArticleXML

/// Finds the tables of a `<table-wrap>` and the cells of their rows, for XHTML tables
/// (`tr`/`th`/`td`) and OASIS CALS tables (`row`/`entry`) alike.
enum JATSTable {
    /// The `<table>` elements of a table wrapper, also inside `<alternatives>`; not those of a
    /// nested wrapper, caption or footnote.
    static func tables(in wrapper: MarkupDocument.Element, of document: MarkupDocument) -> [MarkupDocument.Element] {
        var found: [MarkupDocument.Element] = []
        var stack: [MarkupDocument.Element] = document.elements(of: wrapper).reversed()
        while let element = stack.popLast() {
            switch document.name(of: element) {
            case "table": found.append(element)
            case "table-wrap", "caption", "table-wrap-foot", "label": continue
            default: stack.append(contentsOf: document.elements(of: element).reversed())
            }
        }
        return found
    }

    /// The rows of a table in document order (head, body, foot), each as its cell elements. A
    /// table nested in a cell is part of that cell's text, not rows of its own.
    static func rows(of table: MarkupDocument.Element, in document: MarkupDocument) -> [[MarkupDocument.Element]] {
        var rows: [[MarkupDocument.Element]] = []
        var stack: [MarkupDocument.Element] = document.elements(of: table).reversed()
        while let element = stack.popLast() {
            switch document.name(of: element) {
            case "tr", "row":
                rows.append(
                    document.elements(of: element).filter {
                        let name = document.name(of: $0)
                        return name == "td" || name == "th" || name == "entry"
                    })
            case "table", "caption":
                continue
            default:
                stack.append(contentsOf: document.elements(of: element).reversed())
            }
        }
        return rows
    }
}
