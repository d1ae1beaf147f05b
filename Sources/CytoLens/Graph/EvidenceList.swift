/// The most informative evidence records of one graph element, at most `limit`, best first.
///
/// Merging two lists keeps the best `min(limit, other.limit)` of their union. Because the order
/// is total, the best N of a union equals the best N of the merged best-Ns, so lists can be built
/// per document and merged in any grouping or order with the same result.
public struct EvidenceList: Sendable, Hashable {
    /// The records, best first.
    public private(set) var records: [EvidenceRecord] = []

    /// Creates an empty list.
    public init() {}

    /// Creates a list from records in any order, keeping the best `limit`.
    public init(_ records: [EvidenceRecord], limit: Int) {
        self.records = Array(records.sorted { $0.isMoreInformative(than: $1) }.prefix(max(limit, 0)))
    }

    /// Adds one record, keeping the best `limit`.
    public mutating func insert(_ record: EvidenceRecord, limit: Int) {
        guard limit > 0 else { return }
        if records.count >= limit, let last = records.last, !record.isMoreInformative(than: last) { return }
        let position = records.firstIndex { record.isMoreInformative(than: $0) } ?? records.endIndex
        records.insert(record, at: position)
        if records.count > limit { records.removeLast(records.count - limit) }
    }

    /// Merges another list into this one, keeping the best `limit` of the union.
    public mutating func merge(_ other: EvidenceList, limit: Int) {
        if other.records.isEmpty {
            if records.count > limit { records.removeLast(records.count - max(limit, 0)) }
            return
        }
        var merged: [EvidenceRecord] = []
        merged.reserveCapacity(min(limit, records.count + other.records.count))
        var i = 0
        var j = 0
        while merged.count < limit, i < records.count || j < other.records.count {
            if j >= other.records.count || (i < records.count && !other.records[j].isMoreInformative(than: records[i])) {
                merged.append(records[i])
                i += 1
            } else {
                merged.append(other.records[j])
                j += 1
            }
        }
        records = merged
    }
}
