/// A parsed XML document stored flat, for readers that walk a whole document once.
///
/// ``MarkupElement`` is a tree of values: an array per element and a `String` per name, text run
/// and attribute, each allocated while the tree is built, retained and released while it is
/// walked, and freed node by node at the end. A `MarkupDocument` holds the same content in a few
/// arrays: every node in one array in document order, each knowing where its subtree ends (so
/// its first child is the next node, and its next sibling the node after its subtree); every text run and
/// attribute value as a byte range of one UTF-8 buffer; every distinct name once in ``names``.
/// Elements are handles into it (``Element``), so building allocates nothing per node, walking
/// counts no references, and freeing is a handful of arrays.
///
/// The content is exactly the tree ``MarkupParser/parseXML(_:)`` returns (which is built from
/// this): ``tree(_:)`` rebuilds that tree from any element.
public struct MarkupDocument: Sendable {
    /// An element of the document: a handle that only its own document can read.
    public struct Element: Sendable, Hashable {
        @usableFromInline let index: Int32

        @usableFromInline init(index: Int32) { self.index = index }
    }

    /// A run of character data in the document, never empty: a handle for its UTF-8 bytes.
    public struct TextRun: Sendable, Hashable {
        @usableFromInline let start: Int
        @usableFromInline let end: Int

        @usableFromInline init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        /// The number of UTF-8 bytes of the run.
        @inlinable public var byteCount: Int { end - start }
    }

    /// A child node: an element or a text run.
    public enum Child: Sendable, Hashable {
        /// A child element.
        case element(Element)
        /// Character data between elements (text or CDATA), never empty.
        case text(TextRun)
    }

    /// One node: an element or a text run.
    @usableFromInline struct Node: Sendable {
        /// The index of the element's local name in `names`; -1 for a text run.
        @usableFromInline var name: Int32
        /// The 1-based line of the start tag, or 0.
        @usableFromInline var line: Int32
        /// The index just past the node's subtree: its next sibling's, if it has one.
        @usableFromInline var subtreeEnd: Int32
        /// A text run's byte range in `utf8`, or an element's range in `attributes`.
        @usableFromInline var start: Int
        @usableFromInline var end: Int
    }

    /// One attribute: its local name's index in `names` and its value's byte range in `utf8`.
    struct Attribute {
        var name: Int32
        var start: Int
        var end: Int
    }

    @usableFromInline var nodes: [Node] = []
    var attributes: [Attribute] = []
    /// The UTF-8 bytes of all text runs and attribute values, one after another.
    @usableFromInline var utf8: [UInt8] = []

    /// Every distinct local name of the document's elements and attributes, each once, in the
    /// order they first occur. ``nameIndex(of:)`` gives an element's place in it, so that a reader
    /// can decide things about each name once per document rather than once per element.
    public internal(set) var names: [String] = []

    /// The root element: the first node.
    public var root: Element { Element(index: 0) }

    init() {}

    /// The document of a ``MarkupElement`` tree, which becomes its root; adjacent text children
    /// stay separate runs.
    public init(tree root: MarkupElement) {
        var nameIndices: [String: Int32] = [:]
        func intern(_ name: String) -> Int32 {
            if let known = nameIndices[name] { return known }
            let index = Int32(names.count)
            names.append(name)
            nameIndices[name] = index
            return index
        }
        func addElement(_ element: MarkupElement) -> Int32 {
            let first = attributes.count
            for (name, value) in element.attributes.pairs {
                let start = utf8.count
                utf8.append(contentsOf: value.utf8)
                attributes.append(Attribute(name: intern(name), start: start, end: utf8.count))
            }
            nodes.append(
                Node(
                    name: intern(element.name), line: Int32(truncatingIfNeeded: element.line), subtreeEnd: -1,
                    start: first, end: attributes.count))
            return Int32(nodes.count - 1)
        }
        struct Frame {
            var element: MarkupElement
            var nextChild: Int
            var node: Int32
        }
        var stack = [Frame(element: root, nextChild: 0, node: addElement(root))]
        while let top = stack.last {
            guard top.nextChild < top.element.children.count else {
                nodes[Int(top.node)].subtreeEnd = Int32(nodes.count)
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].nextChild += 1
            switch top.element.children[top.nextChild] {
            case .text(let text):
                let start = utf8.count
                utf8.append(contentsOf: text.utf8)
                nodes.append(Node(name: -1, line: 0, subtreeEnd: Int32(nodes.count + 1), start: start, end: utf8.count))
            case .element(let child):
                stack.append(Frame(element: child, nextChild: 0, node: addElement(child)))
            }
        }
    }

    // MARK: Elements

    /// The local name (`sec`, `p`), without namespace prefix.
    @inlinable public func name(of element: Element) -> String {
        names[Int(nodes[Int(element.index)].name)]
    }

    /// The place of the element's local name in ``names``.
    @inlinable public func nameIndex(of element: Element) -> Int {
        Int(nodes[Int(element.index)].name)
    }

    /// The 1-based line of the element's start tag, or 0 when unknown.
    public func line(of element: Element) -> Int {
        Int(nodes[Int(element.index)].line)
    }

    /// The value of the attribute with this local name, if the element has it.
    public func attribute(_ name: String, of element: Element) -> String? {
        let node = nodes[Int(element.index)]
        for index in node.start..<node.end {
            let attribute = attributes[index]
            if names[Int(attribute.name)] == name { return string(attribute.start, attribute.end) }
        }
        return nil
    }

    /// The number of attributes of the element.
    public func attributeCount(of element: Element) -> Int {
        let node = nodes[Int(element.index)]
        return node.end - node.start
    }

    /// The child nodes of the element, in document order.
    @inlinable public func children(of element: Element) -> Children {
        Children(nodes: nodes, upcoming: element.index + 1, end: nodes[Int(element.index)].subtreeEnd)
    }

    /// The child elements of the element, in document order.
    @inlinable public func elements(of element: Element) -> ChildElements {
        ChildElements(children: children(of: element))
    }

    /// The first child element with the given local name.
    public func child(_ name: String, of element: Element) -> Element? {
        for child in elements(of: element) where self.name(of: child) == name { return child }
        return nil
    }

    /// The concatenated text of all descendants of the element.
    public func text(of element: Element) -> String {
        var bytes: [UInt8] = []
        // The subtree's nodes follow the element in document order.
        for node in nodes[Int(element.index + 1)..<Int(nodes[Int(element.index)].subtreeEnd)] where node.name < 0 {
            appendUTF8(of: TextRun(start: node.start, end: node.end), to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Text

    /// The text of a run.
    public func string(of run: TextRun) -> String {
        string(run.start, run.end)
    }

    /// Calls `body` with the UTF-8 bytes of a run.
    @inlinable public func withUTF8<Result>(of run: TextRun, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result
    {
        try utf8.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[run.start..<run.end])) }
    }

    /// Appends the UTF-8 bytes of a run to `buffer`.
    @inlinable public func appendUTF8(of run: TextRun, to buffer: inout [UInt8]) {
        // Through a buffer pointer: an `ArraySlice` of `utf8` would retain and release it per run.
        withUTF8(of: run) { buffer.append(contentsOf: $0) }
    }

    private func string(_ start: Int, _ end: Int) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    // MARK: Trees

    /// The element and its subtree as a ``MarkupElement`` tree, built without recursion so that
    /// deep input cannot overflow the stack.
    public func tree(_ element: Element) -> MarkupElement {
        struct Frame {
            var element: MarkupElement
            var next: Int32
            var end: Int32
        }
        let root = nodes[Int(element.index)]
        var stack = [Frame(element: shallowTree(element.index), next: element.index + 1, end: root.subtreeEnd)]
        while true {
            let top = stack.count - 1
            let next = stack[top].next
            guard next < stack[top].end else {
                let done = stack.removeLast()
                if stack.isEmpty { return done.element }
                stack[stack.count - 1].element.children.append(.element(done.element))
                continue
            }
            let node = nodes[Int(next)]
            stack[top].next = node.subtreeEnd
            if node.name < 0 {
                stack[top].element.children.append(.text(string(node.start, node.end)))
            } else {
                stack.append(Frame(element: shallowTree(next), next: next + 1, end: node.subtreeEnd))
            }
        }
    }

    private func shallowTree(_ index: Int32) -> MarkupElement {
        let node = nodes[Int(index)]
        var values = MarkupAttributes()
        for attribute in attributes[node.start..<node.end] {
            values[names[Int(attribute.name)]] = string(attribute.start, attribute.end)
        }
        return MarkupElement(name: names[Int(node.name)], attributes: values, children: [], line: Int(node.line))
    }

    // MARK: Sequences

    /// The child nodes of an element, in document order.
    public struct Children: Sequence, IteratorProtocol {
        @usableFromInline let nodes: [Node]
        @usableFromInline var upcoming: Int32
        @usableFromInline let end: Int32

        @usableFromInline init(nodes: [Node], upcoming: Int32, end: Int32) {
            self.nodes = nodes
            self.upcoming = upcoming
            self.end = end
        }

        /// The next child, or `nil` after the last.
        @inlinable public mutating func next() -> Child? {
            guard upcoming < end else { return nil }
            let index = upcoming
            let node = nodes[Int(index)]
            upcoming = node.subtreeEnd
            return node.name < 0
                ? .text(TextRun(start: node.start, end: node.end)) : .element(MarkupDocument.Element(index: index))
        }
    }

    /// The child elements of an element, in document order: its ``Children`` without the text runs.
    public struct ChildElements: Sequence, IteratorProtocol {
        @usableFromInline var children: Children

        @usableFromInline init(children: Children) {
            self.children = children
        }

        /// The next child element, or `nil` after the last.
        @inlinable public mutating func next() -> Element? {
            while let child = children.next() {
                if case .element(let element) = child { return element }
            }
            return nil
        }
    }
}
