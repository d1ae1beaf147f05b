import Foundation
import Testing

@testable import CytoLens

/// The cue tables of the repository's `lexicon/`, loaded once for all claim and relation tests.
enum ClaimTestSupport {
    static let lexicon = TestPaths.packageRoot.appendingPathComponent("lexicon").path

    static let cues: ClaimCues = {
        do { return try ClaimCues(lexiconFolder: lexicon) } catch { fatalError("cannot load lexicon/: \(error)") }
    }()

    static let extractor = ClaimExtractor(cues: cues)
    static let relations = RelationExtractor(cues: cues, includeCooccurrence: false)
}

/// A mention written into a test case: its surface text, its id and its kind.
struct TestMention: Sendable, CustomStringConvertible {
    var surface: String
    var target: String
    var kind: MentionKind = .cytokine

    var description: String { "\(surface)→\(target)" }
}

/// `M("IL-6", "IL6")`: a cytokine mention.
func M(_ surface: String, _ target: String) -> TestMention { TestMention(surface: surface, target: target) }
/// `G("IL-12", "IL12")`: a group mention.
func G(_ surface: String, _ target: String) -> TestMention { TestMention(surface: surface, target: target, kind: .group) }
/// `R("IL-6R", "IL6R")`: a receptor mention.
func R(_ surface: String, _ target: String) -> TestMention { TestMention(surface: surface, target: target, kind: .receptor) }

/// The ``Mention``s of `sentence`: each surface is looked up after the previous one, in code points.
func writtenMentions(_ sentence: String, _ written: [TestMention], offset: Int = 0, sentenceIndex: Int = 0) -> [Mention] {
    let scalars = Array(sentence.unicodeScalars)
    var from = 0
    var found: [Mention] = []
    for item in written {
        let needle = Array(item.surface.unicodeScalars)
        var start = from
        while start + needle.count <= scalars.count, Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
        precondition(start + needle.count <= scalars.count, "\"\(item.surface)\" not found in \"\(sentence)\"")
        found.append(
            Mention(
                kind: item.kind, target: item.target, hgnc: nil, text: item.surface, start: offset + start,
                end: offset + start + needle.count, sentence: sentenceIndex))
        from = start + needle.count
    }
    return found
}

/// One expected verdict, written as "IL6 pro", "IL6 anti negated", "IL6 pro hedged", "IL6 none", "IL6 context".
struct ExpectedVerdict: Sendable, CustomStringConvertible {
    var cytokine: String
    var polarity: ClaimPolarity?
    var negated: Bool
    var hedged: Bool

    init(_ text: String) {
        let words = text.split(separator: " ").map(String.init)
        cytokine = words[0]
        switch words[1] {
        case "pro": polarity = .proTumor
        case "anti": polarity = .antiTumor
        case "context": polarity = .contextDependent
        default: polarity = nil
        }
        negated = words.contains("negated")
        hedged = words.contains("hedged")
    }

    var description: String {
        "\(cytokine) \(polarity?.rawValue ?? "none")\(negated ? " negated" : "")\(hedged ? " hedged" : "")"
    }
}

/// A sentence, its mentions and what the rules should say about each cytokine.
struct ClaimCase: Sendable, CustomStringConvertible {
    var sentence: String
    var mentions: [TestMention]
    var expected: [ExpectedVerdict]

    init(_ sentence: String, _ mentions: [TestMention], _ expected: String...) {
        self.sentence = sentence
        self.mentions = mentions
        self.expected = expected.map(ExpectedVerdict.init)
    }

    var description: String { sentence }

    /// Expects the rules to say `expected`, and a sentence with a claim to pass the token scan
    /// that lets ``ClaimAnnotator`` skip sentences with nothing to claim.
    func checkWithTokenScan() {
        #expect(actual() == expected.map(\.description), "\(sentence)")
        let mentions = CytoLensTests.writtenMentions(sentence, mentions)
        let analysis = SentenceAnalysis(text: sentence, mentions: mentions, cues: ClaimTestSupport.cues)
        let scanSaysClaims = ClaimMaterialScan(extractor: ClaimTestSupport.extractor).mayHaveClaims(
            tokens: analysis.tokens, mentions: mentions)
        if expected.contains(where: { !$0.description.contains(" none") }) {
            #expect(scanSaysClaims, "the token scan skips \(sentence)")
        }
    }

    /// What the rules actually say, in the same words as `expected`.
    func actual() -> [String] {
        let verdicts = ClaimTestSupport.extractor.verdicts(
            in: sentence, mentions: CytoLensTests.writtenMentions(sentence, mentions))
        return expected.map { want in
            guard let v = verdicts.first(where: { $0.cytokine == want.cytokine }) else { return "\(want.cytokine) missing" }
            return ExpectedVerdict(
                "\(v.cytokine) \(v.polarity.map { ["pro_tumor": "pro", "anti_tumor": "anti", "context_dependent": "context"][$0.rawValue]! } ?? "none")"
                    + (v.negated ? " negated" : "") + (v.hedged ? " hedged" : "")
            ).description
        }
    }
}
