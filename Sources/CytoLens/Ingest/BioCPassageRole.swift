/// What a BioC passage is, from its `type` and `section_type` infons: text to read, a section
/// heading, or something skipped.
///
/// PubTator3's full-text BioC (BioC-PMC) writes `type` as `front`, `title_1`…, `abstract`,
/// `abstract_title_1`…, `paragraph`, `fig_caption`, `table_caption`, `table`, `footnote`, `ref`,
/// and `section_type` as `TITLE`, `ABSTRACT`, `INTRO`, `METHODS`, `RESULTS`, `DISCUSS`, `CONCL`,
/// `FIG`, `TABLE`, `REF`, …; abstract-only BioC (BioRED) writes `title` and `abstract` only.
enum BioCPassageRole: Hashable {
    /// Text of the given type.
    case passage(PassageType)
    /// A section heading of the given level (1 for `title_1`): it names the following passages.
    case heading(level: Int)
    /// Not read: the reference list.
    case skipped

    /// The role of a passage with the given infons (`sectionType` upper-cased).
    init(type rawType: String?, sectionType: String?) {
        let type = IdentifierCleaning.trim(rawType ?? "").lowercased()
        if type == "title" || type == "front" {
            self = .passage(.title)
        } else if type == "abstract" {
            self = .passage(.abstract)
        } else if let level = BioCPassageRole.headingLevel(type) {
            self = .heading(level: level)
        } else if type.contains("caption") {
            self = .passage(.caption)
        } else if type == "table" {
            self = .passage(.table)
        } else if type == "ref" || sectionType == "REF" {
            self = .skipped
        } else if type.isEmpty && sectionType == "TITLE" {
            self = .passage(.title)
        } else if type.isEmpty && sectionType == "ABSTRACT" {
            self = .passage(.abstract)
        } else {
            self = .passage(.paragraph)
        }
    }

    /// The section path of a passage: none for a title; `["Abstract"]` plus any abstract heading
    /// for an abstract; else the headings met so far in this `section_type`, or the readable
    /// name of the `section_type` when there is no heading (`INTRO` → `Introduction`).
    static func sectionPath(of type: PassageType, sectionType: String?, headings: [String]) -> [String] {
        switch type {
        case .title:
            return []
        case .abstract:
            let inner = headings.first?.lowercased() == "abstract" ? Array(headings.dropFirst()) : headings
            return ["Abstract"] + inner
        case .paragraph, .caption, .table:
            if !headings.isEmpty { return headings }
            return sectionType.flatMap(sectionName(of:)).map { [$0] } ?? []
        }
    }

    /// A readable name for a BioC-PMC `section_type` code; `nil` for codes that name no section of
    /// the text (`TITLE`, `FIG`, `TABLE`). Unknown codes are put in sentence case.
    static func sectionName(of code: String) -> String? {
        switch code {
        case "", "TITLE", "FIG", "TABLE": return nil
        case "ABSTRACT": return "Abstract"
        case "INTRO": return "Introduction"
        case "METHODS": return "Methods"
        case "RESULTS": return "Results"
        case "DISCUSS": return "Discussion"
        case "CONCL": return "Conclusions"
        case "CASE": return "Case report"
        case "SUPPL": return "Supplementary material"
        case "ACK_FUND": return "Acknowledgements"
        case "AUTH_CONT": return "Author contributions"
        case "COMP_INT": return "Competing interests"
        case "ABBR": return "Abbreviations"
        case "KEYWORD": return "Keywords"
        case "REVIEW_INFO": return "Review information"
        case "APPENDIX": return "Appendix"
        case "REF": return "References"
        default:
            let words = code.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " }).joined(separator: " ")
            return words.isEmpty ? nil : words.prefix(1).uppercased() + words.dropFirst()
        }
    }

    /// The level of `title_2` or `abstract_title_1`; `nil` for other types.
    private static func headingLevel(_ type: String) -> Int? {
        for prefix in ["title_", "abstract_title_"] where type.hasPrefix(prefix) {
            if let level = Int(type.dropFirst(prefix.count)), level > 0 { return level }
        }
        return nil
    }
}
