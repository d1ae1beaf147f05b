import ArticleXML

/// Finds the tables of a `<table-wrap>` and the cells of their rows, for XHTML tables
/// (`tr`/`th`/`td`) and OASIS CALS tables (`row`/`entry`) alike.
enum JATSTable {
    /// The `<table>` elements of a table wrapper, also inside `<alternatives>`; not those of a
    /// nested wrapper, caption or footnote.
    static func tables(in wrapper: MarkupElement) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = Array(wrapper.elements.reversed())
        while let element = stack.popLast() {
            switch element.name {
            case "table": found.append(element)
            case "table-wrap", "caption", "table-wrap-foot", "label": continue
            default: stack.append(contentsOf: element.elements.reversed())
            }
        }
        return found
    }

    /// The rows of a table in document order (head, body, foot), each as its cell elements. A
    /// table nested in a cell is part of that cell's text, not rows of its own.
    static func rows(of table: MarkupElement) -> [[MarkupElement]] {
        var rows: [[MarkupElement]] = []
        var stack = Array(table.elements.reversed())
        while let element = stack.popLast() {
            switch element.name {
            case "tr", "row":
                rows.append(element.elements.filter { $0.name == "td" || $0.name == "th" || $0.name == "entry" })
            case "table", "caption":
                continue
            default:
                stack.append(contentsOf: element.elements.reversed())
            }
        }
        return rows
    }
}
