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
        roles = markup.names.map { name in
            var roles = Roles()
            if JATSVocabulary.floats.contains(name) { roles.insert(.float) }
            if JATSVocabulary.skipped.contains(name) { roles.insert(.skipped) }
            if JATSVocabulary.inlineBlocks.contains(name) { roles.insert(.inlineBlock) }
            if JATSVocabulary.inlineMarkup.contains(name) { roles.insert(.inlineMarkup) }
            if JATSVocabulary.mathTokens.contains(name) { roles.insert(.mathToken) }
            switch name {
            case "xref": roles.insert(.crossReference)
            case "inline-formula", "math": roles.insert(.math)
            case "disp-formula", "disp-formula-group": roles.insert(.displayFormula)
            case "title": roles.insert(.title)
            default: break
            }
            return roles
        }
    }

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
