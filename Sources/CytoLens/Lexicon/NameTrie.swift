/// A trie over name keys, flattened into arrays so that walking it allocates nothing and touches
/// little memory: each node's outgoing edges are contiguous and sorted by label.
///
/// The arrays are built once and then only read, through buffers the trie owns for its
/// lifetime; the walk thus needs no bounds checks or reference counting in its hot loop.
final class NameTrie: @unchecked Sendable {
    /// The root node.
    static let root: Int32 = 0

    /// One node, packed so that a step of the walk touches one cache line for it.
    private struct Node {
        /// The first of its edges in ``edges``.
        var firstEdge: Int32
        /// The index of its dense row in ``denseRows``, or -1.
        var denseRow: Int32
        /// The value of the key ending here, or -1.
        var value: Int32
        /// How many edges it has.
        var edgeCount: Int32
    }

    /// An edge: its label and the node it leads to.
    private struct Edge {
        var target: Int32
        var label: UInt8
    }

    private let nodes: UnsafeMutableBufferPointer<Node>
    private let edges: UnsafeMutableBufferPointer<Edge>
    private let rootChildren: UnsafeMutableBufferPointer<Int32>
    /// Rows of 128 children indexed by label, for the nodes with many children.
    private let denseRows: UnsafeMutableBufferPointer<Int32>

    /// Nodes with at least this many children get a dense row.
    private static let denseThreshold = 6

    /// The number of nodes.
    let nodeCount: Int

    /// Builds the trie from distinct keys, each with the value a walk ending there reports.
    ///
    /// Keys given in byte order (as ``CompiledLexicon`` gives them) are not sorted again. Nodes
    /// are numbered depth first, children in label order: a walk mostly steps from a node to the
    /// next one in memory.
    convenience init(keys: [(key: [UInt8], value: Int32)]) {
        var sorted = keys
        let inOrder =
            !keys.contains { $0.key.isEmpty }
            && keys.indices.dropFirst().allSatisfy { Self.precedes(keys[$0 - 1].key, keys[$0].key) }
        if !inOrder {
            sorted = keys.filter { !$0.key.isEmpty }
            sorted.sort { Self.precedes($0.key, $1.key) }
        }
        var keyBytes: [UInt8] = []
        var keyEnds: [Int32] = []
        for (key, _) in sorted {
            keyBytes += key
            keyEnds.append(Int32(keyBytes.count))
        }
        self.init(keyBytes: keyBytes, keyEnds: keyEnds, values: sorted.map(\.value))
    }

    /// Builds the trie from distinct, non-empty keys in byte order (``precedes(_:_:)``), given
    /// as their bytes one after the other and where each ends, key `i` with the value `i`, as
    /// ``NameIndex`` holds them.
    convenience init(keyBytes: [UInt8], keyEnds: [Int32]) {
        self.init(keyBytes: keyBytes, keyEnds: keyEnds, values: nil)
    }

    /// Builds the trie from distinct, non-empty keys in byte order, each with its value in
    /// `values` (its index when `values` is `nil`).
    private init(keyBytes: [UInt8], keyEnds: [Int32], values keyValues: [Int32]?) {
        // One pass over the sorted keys: a key shares its first nodes with the key before it and
        // adds one node for each byte after their common start, so nodes come out depth first.
        // The scratch arrays are sized for the worst case (no shared bytes) up front and written
        // in place.
        let capacity = keyBytes.count + 1
        let values = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let parents = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let labels = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        defer {
            values.deallocate()
            parents.deallocate()
            labels.deallocate()
        }
        values[0] = -1
        parents[0] = -1
        labels[0] = 0
        var count = 1
        var longest = 0
        var keyStart = 0
        for end in keyEnds {
            longest = max(longest, Int(end) - keyStart)
            keyStart = Int(end)
        }
        let path = UnsafeMutableBufferPointer<Int32>.allocate(capacity: longest + 1)
        defer { path.deallocate() }
        path.initialize(repeating: Self.root)
        keyBytes.withUnsafeBufferPointer { bytes in
            var previous = 0..<0
            var start = 0
            for index in keyEnds.indices {
                let key = start..<Int(keyEnds[index])
                start = key.upperBound
                var common = 0
                let shorter = min(previous.count, key.count)
                while common < shorter, bytes[previous.lowerBound + common] == bytes[key.lowerBound + common] { common += 1 }
                for depth in common..<key.count {
                    parents[count] = path[depth]
                    labels[count] = bytes[key.lowerBound + depth]
                    values[count] = -1
                    path[depth + 1] = Int32(count)
                    count += 1
                }
                values[Int(path[key.count])] = keyValues?[index] ?? Int32(index)
                previous = key
            }
        }
        // A node's edges are its children in order of number, which is label order.
        let edgeCounts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        defer { edgeCounts.deallocate() }
        edgeCounts.initialize(repeating: 0)
        for child in 1..<count { edgeCounts[Int(parents[child])] += 1 }
        var denseCount = 0
        for node in 1..<count where Int(edgeCounts[node]) >= Self.denseThreshold { denseCount += 1 }
        let nodes = UnsafeMutableBufferPointer<Node>.allocate(capacity: count)
        let denseRows = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(denseCount * 128, 1))
        denseRows.initialize(repeating: -1)
        // `nextEdge` starts as each node's first edge and moves on as its edges are written.
        let nextEdge = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        defer { nextEdge.deallocate() }
        var firstEdge: Int32 = 0
        var denseRow: Int32 = 0
        for node in 0..<count {
            let isDense = node != 0 && Int(edgeCounts[node]) >= Self.denseThreshold
            nodes[node] = Node(
                firstEdge: firstEdge, denseRow: isDense ? denseRow : -1, value: values[node], edgeCount: edgeCounts[node])
            nextEdge[node] = firstEdge
            if isDense { denseRow += 1 }
            firstEdge += edgeCounts[node]
        }
        let edges = UnsafeMutableBufferPointer<Edge>.allocate(capacity: max(count - 1, 1))
        edges.initialize(repeating: Edge(target: -1, label: 0))
        let rootChildren = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 256)
        rootChildren.initialize(repeating: -1)
        for child in 1..<count {
            let parent = Int(parents[child])
            let label = labels[child]
            edges[Int(nextEdge[parent])] = Edge(target: Int32(child), label: label)
            nextEdge[parent] += 1
            let row = nodes[parent].denseRow
            if row >= 0 { denseRows[Int(row) * 128 + Int(label & 127)] = Int32(child) }
            if parent == 0 { rootChildren[Int(label)] = Int32(child) }
        }
        self.nodes = nodes
        self.edges = edges
        self.denseRows = denseRows
        self.rootChildren = rootChildren
        nodeCount = count
    }

    /// Whether key `a` comes before key `b` in byte order (a key before its extensions).
    static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for index in 0..<min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] }
                return a.count < b.count
            }
        }
    }

    deinit {
        nodes.deallocate()
        edges.deallocate()
        rootChildren.deallocate()
        denseRows.deallocate()
    }

    /// The node reached from `node` by `label`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ label: UInt8) -> Int32 {
        if node == Self.root { return rootChildren[Int(label)] }
        let current = nodes[Int(node)]
        if current.denseRow >= 0 { return label < 128 ? denseRows[Int(current.denseRow) * 128 + Int(label)] : -1 }
        var edge = Int(current.firstEdge)
        let end = edge + Int(current.edgeCount)
        while edge < end {
            let candidate = edges[edge]
            if candidate.label == label { return candidate.target }
            if candidate.label > label { return -1 }
            edge += 1
        }
        return -1
    }

    /// Calls `body` with the label and the node of each edge out of `node`, in label order.
    func forEachChild(of node: Int32, _ body: (UInt8, Int32) -> Void) {
        let current = nodes[Int(node)]
        for edge in edges[Int(current.firstEdge)..<Int(current.firstEdge + current.edgeCount)] {
            body(edge.label, edge.target)
        }
    }

    /// The value of the key ending at `node`, or -1 when no key ends there.
    @inline(__always)
    func value(at node: Int32) -> Int32 {
        nodes[Int(node)].value
    }

    /// The node reached by a whole key from the root, or -1.
    func node(for key: some Sequence<UInt8>) -> Int32 {
        var node = Self.root
        for byte in key {
            node = child(node, byte)
            if node < 0 { return -1 }
        }
        return node
    }
}
