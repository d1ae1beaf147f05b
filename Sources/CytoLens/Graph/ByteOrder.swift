/// Compares strings by their UTF-8 bytes.
///
/// Swift's `<` on `String` compares by Unicode canonical equivalence, so two different strings
/// (a precomposed and a decomposed "é") can compare equal and a sort would then keep their input
/// order. Output must not depend on input order, so everything the graph sorts uses bytes.
public enum ByteOrder {
    /// Whether `a` sorts before `b` by UTF-8 bytes.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `true` if `a` sorts first, `false` if `b` does, `nil` if they have the same bytes.
    static func compare(_ a: String, _ b: String) -> Bool? {
        if a.utf8.elementsEqual(b.utf8) { return nil }
        return precedes(a, b)
    }

    /// Compares optional strings; `nil` sorts first.
    static func compare(_ a: String?, _ b: String?) -> Bool? {
        switch (a, b) {
        case (nil, nil): return nil
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return compare(a, b)
        }
    }

    /// Compares string lists element by element; a prefix sorts first.
    static func compare(_ a: [String], _ b: [String]) -> Bool? {
        for (x, y) in zip(a, b) {
            if let order = compare(x, y) { return order }
        }
        if a.count == b.count { return nil }
        return a.count < b.count
    }
}
