import Foundation
import Testing

@testable import CytoLens

/// ASCII section titles are matched against the administrative-title prefixes byte by byte; these
/// tests hold that to the Unicode rules (lower-casing, `’` as `'`, `hasPrefix` by Character) that
/// other titles still go through.
@Suite("Boilerplate section titles")
struct BoilerplateSectionTitleTests {
    private func byUnicodeRules(_ title: String) -> Bool {
        let folded = String(title.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        return JATSVocabulary.boilerplateTitlePrefixes.contains { folded.hasPrefix($0) }
    }

    @Test("Every prefix, in several casings, with and without more words, and near misses")
    func asciiTitles() {
        var titles = ["", "Results", "Fund", "Methods and funding", "ACKNOWLEDG", "Abbreviation", "Data"]
        for prefix in JATSVocabulary.boilerplateTitlePrefixes {
            titles += [
                prefix, prefix.uppercased(), prefix.capitalized, prefix + "s and more", String(prefix.dropLast()),
                " " + prefix, prefix.replacingOccurrences(of: "'", with: "\u{2019}"),
            ]
        }
        for title in titles {
            #expect(JATSVocabulary.isBoilerplateSection(type: nil, title: title) == byUnicodeRules(title), "\(title)")
        }
        #expect(JATSVocabulary.isBoilerplateSection(type: nil, title: "Author Contributions"))
        #expect(JATSVocabulary.isBoilerplateSection(type: nil, title: "Publisher\u{2019}s note"))
        #expect(!JATSVocabulary.isBoilerplateSection(type: nil, title: "Results"))
    }

    @Test("Titles that are not ASCII follow the Unicode rules")
    func otherTitles() {
        for title in ["Fundin\u{0301}g", "Funding\u{0301}", "AC\u{212A}NOWLEDGMENTS", "Ethics statement \u{3B1}", "\u{C9}thique"]
        {
            #expect(JATSVocabulary.isBoilerplateSection(type: nil, title: title) == byUnicodeRules(title), "\(title)")
        }
    }
}
