/// The characters that may stand between the word runs of one name ("IL-6", "IL 6", "TNF–α",
/// "IFN-α/β", "chemokine (C-X-C motif) ligand 12") and the ones that start an elided item.
enum Separators {
    /// How a character can join two parts of one name.
    enum Role: UInt8 {
        /// White space, including no-break and thin spaces.
        case space = 1
        /// Hyphen-minus, the Unicode hyphens U+2010/U+2011, figure, en and em dashes, minus sign.
        case hyphen
        /// A slash.
        case slash
        /// An opening bracket.
        case open
        /// A closing bracket.
        case close
    }

    /// The roles of the (at most three) characters between two runs, packed without allocating.
    struct Gap: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
        private var packed: UInt16 = 0
        /// The number of characters.
        private(set) var count = 0

        /// An empty gap.
        init() {}

        /// A gap of these roles (at most three).
        init(arrayLiteral roles: Role...) {
            for role in roles { append(role) }
        }

        mutating func append(_ role: Role) {
            packed |= UInt16(role.rawValue) << (3 * UInt16(count))
            count += 1
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        subscript(position: Int) -> Role {
            Role(rawValue: UInt8((packed >> (3 * UInt16(position))) & 7))!
        }
    }

    /// The role of a character, or `nil` when it ends a name (period, comma, colon, quote, …).
    @inline(__always)
    static func role(_ scalar: Unicode.Scalar) -> Role? {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x2002...0x200A, 0x202F: return .space
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D: return .hyphen
        case 0x2F: return .slash
        case 0x28, 0x5B: return .open
        case 0x29, 0x5D: return .close
        default: return nil
        }
    }

    /// The roles of the characters in a byte range of the text, or `nil` when one of them ends a
    /// name or there are more than `limit` (at most 3).
    static func roles(_ text: ScannedText, _ range: Range<Int>, limit: Int = 3) -> Gap? {
        var gap = Gap()
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text.bytes[index]
            let role: Role?
            let length: Int
            if byte < 0x80 {
                role = Self.role(Unicode.Scalar(byte))
                length = 1
            } else {
                let (scalar, scalarLength) = text.scalar(at: index)
                role = Self.role(scalar)
                length = scalarLength
            }
            guard let role, gap.count < min(limit, 3) else { return nil }
            gap.append(role)
            index += length
        }
        return gap
    }
}
