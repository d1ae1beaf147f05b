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

    /// A bit for every start of a key: its first letter or digit, its first two, its first three
    /// (codes 0–35 in base 36), so that most words are ruled out without walking.
    private let startBits: UnsafeMutableBufferPointer<UInt64>
    private static let oneOffset = 0
    private static let twoOffset = 36
    private static let threeOffset = 36 + 36 * 36
    private static let startBitCount = 36 + 36 * 36 + 36 * 36 * 36

    /// The base-36 code of a key byte (`0`–`9`, `a`–`z`), or nil.
    @inline(__always)
    private static func code(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 26 + Int(byte - UInt8(ascii: "0"))
        default: return nil
        }
    }

    /// Whether some key starts with the (lower-case) key bytes `first`, `second`, `third` of a
    /// word; pass nil for the bytes a short word lacks.
    @inline(__always)
    func mayStart(_ first: UInt8, _ second: UInt8?, _ third: UInt8?) -> Bool {
        guard let one = Self.code(first) else { return false }
        var bit = Self.oneOffset + one
        if let second {
            guard let two = Self.code(second) else { return false }
            bit = Self.twoOffset + one * 36 + two
            if let third {
                guard let three = Self.code(third) else { return false }
                bit = Self.threeOffset + (one * 36 + two) * 36 + three
            }
        }
        return startBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The base-36 code of every byte after setting its case bit (so `A` and `a` are both 10),
    /// 255 for bytes that have none: ``mayStart(caseKey:count:)`` looks codes up here.
    private let byteCodes: UnsafeMutableBufferPointer<UInt8>

    /// ``mayStart(_:_:_:)`` for the first (up to three) bytes of a case key, read in place: the
    /// same answer from three table look-ups, for the matcher's test of every word run.
    @inline(__always)
    func mayStart(caseKey: UnsafePointer<UInt8>, count: Int) -> Bool {
        let one = Int(byteCodes[Int(caseKey[0])])
        guard one < 36 else { return false }
        var bit = Self.oneOffset + one
        if count > 1 {
            let two = Int(byteCodes[Int(caseKey[1])])
            guard two < 36 else { return false }
            bit = Self.twoOffset + one * 36 + two
            if count > 2 {
                let three = Int(byteCodes[Int(caseKey[2])])
                guard three < 36 else { return false }
                bit = Self.threeOffset + (one * 36 + two) * 36 + three
            }
        }
        return startBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The node reached from the root by every pair of base-36 codes (`first * 36 + second`),
    /// or -1: the first two steps of a walk in one look-up.
    private let twoStepNodes: UnsafeMutableBufferPointer<Int32>

    /// The node reached from the root by the first two bytes of a case key (either case), or -1:
    /// the same node as two ``child(_:_:)`` steps with the keys of those bytes.
    @inline(__always)
    func nodeAfterTwo(caseKey: UnsafePointer<UInt8>) -> Int32 {
        let one = Int(byteCodes[Int(caseKey[0])])
        let two = Int(byteCodes[Int(caseKey[1])])
        guard one < 36, two < 36 else { return -1 }
        return twoStepNodes[one * 36 + two]
    }

    /// Builds the trie from distinct keys, each with the value a walk ending there reports.
    init(keys: [(key: [UInt8], value: Int32)]) {
        var builder = Builder()
        let sorted = keys.filter { !$0.key.isEmpty }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        _ = builder.build(sorted, sorted.startIndex..<sorted.endIndex, depth: 0)
        // Nodes keep the depth-first numbering of the builder: a walk mostly steps from a node
        // to the next one in memory.
        let oldCount = builder.terminals.count
        var nodes: [Node] = []
        nodes.reserveCapacity(oldCount)
        var edges: [Edge] = []
        edges.reserveCapacity(builder.edgeLabels.count)
        var denseRows: [Int32] = []
        var rootChildren = [Int32](repeating: -1, count: 256)
        for old in 0..<oldCount {
            let first = Int(builder.edgeStart[old])
            let count = Int(builder.edgeCount[old])
            var denseRow: Int32 = -1
            if old != 0, count >= Self.denseThreshold {
                denseRow = Int32(denseRows.count / 128)
                var row = [Int32](repeating: -1, count: 128)
                for edge in first..<(first + count) {
                    row[Int(builder.edgeLabels[edge]) & 127] = builder.edgeTargets[edge]
                }
                denseRows += row
            }
            nodes.append(
                Node(firstEdge: Int32(edges.count), denseRow: denseRow, value: builder.terminals[old], edgeCount: Int32(count)))
            for edge in first..<(first + count) {
                let target = builder.edgeTargets[edge]
                edges.append(Edge(target: target, label: builder.edgeLabels[edge]))
                if old == 0 { rootChildren[Int(builder.edgeLabels[edge])] = target }
            }
        }
        var startBits = [UInt64](repeating: 0, count: Self.startBitCount / 64 + 1)
        for (key, _) in sorted {
            let codes = key.prefix(3).compactMap(Self.code)
            guard codes.count == min(3, key.count) else { continue }
            var bits = [Self.oneOffset + codes[0]]
            if codes.count > 1 { bits.append(Self.twoOffset + codes[0] * 36 + codes[1]) }
            if codes.count > 2 { bits.append(Self.threeOffset + (codes[0] * 36 + codes[1]) * 36 + codes[2]) }
            for bit in bits { startBits[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
        self.startBits = Self.copy(startBits)
        byteCodes = Self.copy((0...255).map { UInt8(Self.code(UInt8($0) | 0x20) ?? 255) })
        let codeBytes = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var twoStepNodes = [Int32](repeating: -1, count: 36 * 36)
        for first in codeBytes {
            let child = rootChildren[Int(first)]
            guard child >= 0, let one = Self.code(first) else { continue }
            for second in codeBytes {
                guard let two = Self.code(second) else { continue }
                twoStepNodes[one * 36 + two] = Self.step(from: child, second, nodes: nodes, edges: edges, denseRows: denseRows)
            }
        }
        self.twoStepNodes = Self.copy(twoStepNodes)
        self.nodes = Self.copy(nodes)
        self.edges = Self.copy(edges)
        self.denseRows = Self.copy(denseRows)
        self.rootChildren = Self.copy(rootChildren)
        nodeCount = nodes.count
    }

    deinit {
        nodes.deallocate()
        edges.deallocate()
        rootChildren.deallocate()
        denseRows.deallocate()
        startBits.deallocate()
        byteCodes.deallocate()
        twoStepNodes.deallocate()
    }

    /// One step of a walk on the arrays being built (``child(_:_:)`` before they are copied).
    private static func step(from node: Int32, _ label: UInt8, nodes: [Node], edges: [Edge], denseRows: [Int32]) -> Int32 {
        let current = nodes[Int(node)]
        if current.denseRow >= 0 { return label < 128 ? denseRows[Int(current.denseRow) * 128 + Int(label)] : -1 }
        for edge in Int(current.firstEdge)..<Int(current.firstEdge + current.edgeCount) where edges[edge].label == label {
            return edges[edge].target
        }
        return -1
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return buffer
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

    /// Builds the flattened arrays depth first from sorted keys.
    private struct Builder {
        var edgeStart: [Int32] = []
        var edgeCount: [UInt8] = []
        var edgeLabels: [UInt8] = []
        var edgeTargets: [Int32] = []
        var terminals: [Int32] = []

        /// Builds the node for the keys in `range`, which all share their first `depth` bytes.
        /// Two passes over the range, one for the edge labels and one for the children, so that
        /// a node allocates nothing of its own.
        mutating func build(_ keys: [(key: [UInt8], value: Int32)], _ range: Range<Int>, depth: Int) -> Int32 {
            let node = Int32(terminals.count)
            terminals.append(-1)
            edgeStart.append(0)
            edgeCount.append(0)
            var lower = range.lowerBound
            if lower < range.upperBound, keys[lower].key.count == depth {
                terminals[Int(node)] = keys[lower].value
                lower += 1
            }
            let firstEdge = edgeLabels.count
            var index = lower
            while index < range.upperBound {
                let label = keys[index].key[depth]
                edgeLabels.append(label)
                edgeTargets.append(-1)
                index = Self.end(of: label, in: keys, from: index, upTo: range.upperBound, depth: depth)
            }
            edgeStart[Int(node)] = Int32(firstEdge)
            edgeCount[Int(node)] = UInt8(edgeLabels.count - firstEdge)
            index = lower
            var edge = firstEdge
            while index < range.upperBound {
                let end = Self.end(of: keys[index].key[depth], in: keys, from: index, upTo: range.upperBound, depth: depth)
                edgeTargets[edge] = build(keys, index..<end, depth: depth + 1)
                edge += 1
                index = end
            }
            return node
        }

        /// The end of the keys from `index` on whose byte at `depth` is `label`.
        private static func end(
            of label: UInt8, in keys: [(key: [UInt8], value: Int32)], from index: Int, upTo upper: Int, depth: Int
        ) -> Int {
            var end = index + 1
            while end < upper, keys[end].key[depth] == label { end += 1 }
            return end
        }
    }
}
