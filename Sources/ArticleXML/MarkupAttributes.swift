/// The attributes of one element, by local name, in document order.
///
/// A small list rather than a dictionary: elements have a handful of attributes at most, and a
/// parse makes one of these per element, so a list searched in place is cheaper to build, read
/// and free than a hash table. Setting a name that is already there replaces its value.
public struct MarkupAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private struct Entry: Sendable, Hashable {
        var name: String
        var value: String
    }

    private var entries: [Entry] = []

    /// No attributes.
    public init() {}

    /// The attributes of a literal, in its order.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the attribute with this local name, if the element has it.
    public subscript(name: String) -> String? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(name: name, value: newValue))
            }
        }
    }

    /// The number of attributes.
    public var count: Int { entries.count }

    /// Whether the element has no attributes.
    public var isEmpty: Bool { entries.isEmpty }

    /// The attributes as name–value pairs, in document order.
    public var pairs: [(name: String, value: String)] { entries.map { ($0.name, $0.value) } }
}
