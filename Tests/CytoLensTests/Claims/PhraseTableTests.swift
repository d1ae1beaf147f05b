import Foundation
import Testing

@testable import CytoLens

/// ``PhraseTable`` matches tokens marked by ``ClaimCues/markCueStarts(_:)`` by word id; on real
/// text (``SentenceTokensTests/texts``) it must find what matching by key finds.
@Suite("Phrase tables")
struct PhraseTableTests {
    @Test("Matching by word id finds the phrases matching by key finds, in every passage")
    func idMatchIsKeyMatch() {
        let cues = ClaimTestSupport.cues
        var hits = 0
        var disagreeing: [String] = []
        for (text, mentions) in SentenceTokensTests.texts {
            var tokens = SentenceTokens.tokenize(text, mentions: mentions)
            cues.markCueStarts(&tokens)
            for start in tokens.indices {
                let pairs: [(AnyHashable?, AnyHashable?)] = [
                    (cues.outcomes.match(tokens, at: start), cues.outcomes.matchByKey(tokens, at: start)),
                    (cues.links.match(tokens, at: start), cues.links.matchByKey(tokens, at: start)),
                    (cues.negations.match(tokens, at: start), cues.negations.matchByKey(tokens, at: start)),
                    (cues.hedges.match(tokens, at: start), cues.hedges.matchByKey(tokens, at: start)),
                    (cues.perturbations.match(tokens, at: start), cues.perturbations.matchByKey(tokens, at: start)),
                    (cues.settings.match(tokens, at: start), cues.settings.matchByKey(tokens, at: start)),
                    (cues.evidence.match(tokens, at: start), cues.evidence.matchByKey(tokens, at: start)),
                    (cues.cancers.match(tokens, at: start), cues.cancers.matchByKey(tokens, at: start)),
                    (cues.cellTypes.match(tokens, at: start), cues.cellTypes.matchByKey(tokens, at: start)),
                    (cues.relations.match(tokens, at: start), cues.relations.matchByKey(tokens, at: start)),
                    (cues.tumorElements.match(tokens, at: start), cues.tumorElements.matchByKey(tokens, at: start)),
                ]
                for (byID, byKey) in pairs {
                    if byID != byKey { disagreeing.append(tokens[start].text) }
                    if byID != nil { hits += 1 }
                }
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5))")
        #expect(hits > 1000, "\(hits)")
    }

    @Test("A cue word table gives each word one id and finds no other word")
    func cueWordTable() {
        var table = CueWordTable()
        let words = (0..<300).map { "word\($0)" } + ["tumor", "t", "", "ün", "-induced"]
        let ids = words.map { table.insert($0) }
        #expect(ids == (0..<Int32(words.count)).map { $0 })
        #expect(words.map { table.insert($0) } == ids)
        #expect(words.map { table.id(of: $0) } == ids)
        #expect(table.count == words.count)
        for absent in ["word300", "tumour", "T", "u", "-induce", "wor"] { #expect(table.id(of: absent) == nil) }
    }
}
