/// One node of a parsed XML or HTML document, copied out of libxml2 into Swift values.
///
/// Comments, processing instructions and DTD declarations are not kept. Character and
/// predefined entity references are already resolved; named entities that only a DTD would
/// define (`&alpha;`, `&nbsp;`) are resolved through the HTML 4 table without loading any DTD.
public enum MarkupNode: Sendable, Hashable {
    /// An element with its children.
    case element(MarkupElement)
    /// Character data (text or CDATA), never empty.
    case text(String)
}

/// An element of a parsed document: its local name, attributes and children in order.
public struct MarkupElement: Sendable, Hashable {
    /// The local name, without namespace prefix (`sec`, `p`, `PubmedArticle`); lower-cased for HTML.
    public var name: String
    /// Attributes by local name (`ref-type`, `id`, `href`); prefixes such as `xlink:` are dropped.
    public var attributes: MarkupAttributes
    /// Child nodes in document order.
    public var children: [MarkupNode]
    /// The 1-based line of the start tag in the input, or 0 when unknown.
    public var line: Int

    /// Creates an element.
    public init(name: String, attributes: MarkupAttributes = [:], children: [MarkupNode] = [], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The child elements, in order.
    public var elements: [MarkupElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element with the given local name.
    public func child(_ name: String) -> MarkupElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// All child elements with the given local name.
    public func children(named name: String) -> [MarkupElement] {
        elements.filter { $0.name == name }
    }

    /// The first descendant element (pre-order, not including `self`) with the given local name.
    public func descendant(_ name: String) -> MarkupElement? {
        var stack = Array(elements.reversed())
        while let e = stack.popLast() {
            if e.name == name { return e }
            stack.append(contentsOf: e.elements.reversed())
        }
        return nil
    }

    /// All descendant elements (pre-order, not including `self`) with the given local name.
    public func descendants(_ name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = Array(elements.reversed())
        while let e = stack.popLast() {
            if e.name == name { found.append(e) }
            stack.append(contentsOf: e.elements.reversed())
        }
        return found
    }

    /// The concatenated text of all descendants, skipping elements whose name is in `skipping`.
    public func text(skipping: Set<String> = []) -> String {
        var out = ""
        var stack: [MarkupNode] = children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let t): out += t
            case .element(let e):
                if !skipping.contains(e.name) { stack.append(contentsOf: e.children.reversed()) }
            }
        }
        return out
    }
}
