import ArticleXML

/// A parsed JATS document, with the role of each distinct element name in ``JATSVocabulary``
/// looked up once per document, so that the walk asks an array what an element is instead of
/// hashing its name into a set at every element.
///
/// A class, so that the walker and every text collector share one copy without copying arrays.
final class JATSDocument {
    /// What the vocabulary says about an element name.
    struct Roles: OptionSet {
        let rawValue: UInt16
        /// ``JATSVocabulary/floats``.
        static let float = Roles(rawValue: 1 << 0)
        /// ``JATSVocabulary/skipped``.
        static let skipped = Roles(rawValue: 1 << 1)
        /// ``JATSVocabulary/inlineBlocks``.
        static let inlineBlock = Roles(rawValue: 1 << 2)
        /// ``JATSVocabulary/inlineMarkup``.
        static let inlineMarkup = Roles(rawValue: 1 << 3)
        /// ``JATSVocabulary/mathTokens``.
        static let mathToken = Roles(rawValue: 1 << 4)
        /// `xref`.
        static let crossReference = Roles(rawValue: 1 << 5)
        /// `inline-formula` and `math`: MathML read for its tokens.
        static let math = Roles(rawValue: 1 << 6)
        /// `disp-formula` and `disp-formula-group`.
        static let displayFormula = Roles(rawValue: 1 << 7)
        /// `title`.
        static let title = Roles(rawValue: 1 << 8)
    }

    /// The parsed document.
    let markup: MarkupDocument
    /// The roles of each name of `markup.names`, by its index.
    private let roles: [Roles]

    /// Looks up the roles of every name of the document.
    init(_ markup: MarkupDocument) {
        self.markup = markup
        roles = markup.names.map { JATSDocument.rolesByName[$0] ?? [] }
    }

    /// The roles of every name the vocabulary mentions, gathered once: a document's names then
    /// cost one look-up each.
    private static let rolesByName: [String: Roles] = {
        var table: [String: Roles] = [:]
        let sets: [(Set<String>, Roles)] = [
            (JATSVocabulary.floats, .float), (JATSVocabulary.skipped, .skipped),
            (JATSVocabulary.inlineBlocks, .inlineBlock), (JATSVocabulary.inlineMarkup, .inlineMarkup),
            (JATSVocabulary.mathTokens, .mathToken), (["xref"], .crossReference), (["inline-formula", "math"], .math),
            (["disp-formula", "disp-formula-group"], .displayFormula), (["title"], .title),
        ]
        for (names, role) in sets {
            for name in names { table[name, default: []].insert(role) }
        }
        return table
    }()

    /// Whether the element's name has the role.
    func `is`(_ element: MarkupDocument.Element, _ role: Roles) -> Bool {
        roles[markup.nameIndex(of: element)].contains(role)
    }

    /// All the roles of the element's name.
    func roles(of element: MarkupDocument.Element) -> Roles {
        roles[markup.nameIndex(of: element)]
    }

    /// The element's local name.
    func name(of element: MarkupDocument.Element) -> String {
        markup.name(of: element)
    }

    /// The first child element with this local name.
    func child(_ name: String, of element: MarkupDocument.Element?) -> MarkupDocument.Element? {
        element.flatMap { markup.child(name, of: $0) }
    }

    /// The child elements, in order.
    func elements(of element: MarkupDocument.Element) -> MarkupDocument.ChildElements {
        markup.elements(of: element)
    }

    /// The child nodes, in order.
    func children(of element: MarkupDocument.Element) -> MarkupDocument.Children {
        markup.children(of: element)
    }

    /// The value of an attribute, if the element has it.
    func attribute(_ name: String, of element: MarkupDocument.Element) -> String? {
        markup.attribute(name, of: element)
    }
}
