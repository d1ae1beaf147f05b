/// A trie over name keys, flattened into arrays so that walking it allocates nothing and touches
/// little memory: each node's outgoing edges are contiguous and sorted by label.
struct NameTrie: Sendable {
    /// The root node.
    static let root: Int32 = 0

    private var edgeStart: [Int32] = []
    private var edgeCount: [UInt8] = []
    private var edgeLabels: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var terminals: [Int32] = []
    private var rootChildren = [Int32](repeating: -1, count: 256)

    /// Builds the trie from distinct keys, each with the value a walk ending there reports.
    init(keys: [(key: [UInt8], value: Int32)]) {
        let sorted = keys.filter { !$0.key.isEmpty }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        _ = build(sorted, sorted.startIndex..<sorted.endIndex, depth: 0)
        for index in 0..<Int(edgeCount[0]) {
            let edge = Int(edgeStart[0]) + index
            rootChildren[Int(edgeLabels[edge])] = edgeTargets[edge]
        }
    }

    /// The number of nodes.
    var nodeCount: Int { terminals.count }

    /// The node reached from `node` by `label`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ label: UInt8) -> Int32 {
        if node == Self.root { return rootChildren[Int(label)] }
        let start = Int(edgeStart[Int(node)])
        let end = start + Int(edgeCount[Int(node)])
        var edge = start
        while edge < end {
            let current = edgeLabels[edge]
            if current == label { return edgeTargets[edge] }
            if current > label { return -1 }
            edge += 1
        }
        return -1
    }

    /// The value of the key ending at `node`, or -1 when no key ends there.
    @inline(__always)
    func value(at node: Int32) -> Int32 {
        terminals[Int(node)]
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

    /// Builds the node for the keys in `range`, which all share their first `depth` bytes.
    private mutating func build(_ keys: [(key: [UInt8], value: Int32)], _ range: Range<Int>, depth: Int) -> Int32 {
        let node = Int32(terminals.count)
        terminals.append(-1)
        edgeStart.append(0)
        edgeCount.append(0)
        var lower = range.lowerBound
        if lower < range.upperBound, keys[lower].key.count == depth {
            terminals[Int(node)] = keys[lower].value
            lower += 1
        }
        var children: [(label: UInt8, range: Range<Int>)] = []
        var index = lower
        while index < range.upperBound {
            let label = keys[index].key[depth]
            var end = index + 1
            while end < range.upperBound, keys[end].key[depth] == label { end += 1 }
            children.append((label, index..<end))
            index = end
        }
        let firstEdge = edgeLabels.count
        edgeStart[Int(node)] = Int32(firstEdge)
        edgeCount[Int(node)] = UInt8(children.count)
        for child in children {
            edgeLabels.append(child.label)
            edgeTargets.append(-1)
        }
        for (offset, child) in children.enumerated() {
            edgeTargets[firstEdge + offset] = build(keys, child.range, depth: depth + 1)
        }
        return node
    }
}
