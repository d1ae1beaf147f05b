import CytoLens
import Foundation
import Testing

/// One row of `corpus/mentions/tagger_cases.tsv`: a sentence and the mentions a careful reader
/// expects in it, written `[kind:]TARGET=text` in text order.
struct TaggerCase: Sendable, CustomTestStringConvertible {
    var bullet: String
    var sentence: String
    var expected: [String]

    var testDescription: String { "[\(bullet)] \(sentence)" }

    /// Every case of the table.
    static let all: [TaggerCase] = {
        let url = TestPaths.corpus.appendingPathComponent("mentions/tagger_cases.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst(0).compactMap { line -> TaggerCase? in
            guard !line.hasPrefix("#"), !line.hasPrefix("bullet\t") else { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 3 else { return nil }
            let expected = cells[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return TaggerCase(bullet: cells[0], sentence: cells[1], expected: expected)
        }
    }()

    /// How a mention is written in the table.
    static func describe(_ mention: Mention) -> String {
        (mention.kind == .cytokine ? "" : "\(mention.kind.rawValue):") + "\(mention.target)=\(mention.text)"
    }

    /// An article holding one paragraph.
    static func article(_ text: String, offset: Int = 0) -> Article {
        Article(source: "case", passages: [Passage(index: 0, type: .paragraph, section: [], offset: offset, text: text)])
    }
}
