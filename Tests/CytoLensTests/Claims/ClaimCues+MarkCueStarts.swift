@testable import CytoLens

extension ClaimCues {
    /// The reference for the marks the tokenizer gives (``CueMarker``): each word token marked
    /// after tokenizing, by a plain look-up of its key, with its ``SentenceToken/cueWord`` and the
    /// bits of the tables that have a phrase starting with it.
    func markCueStarts(_ tokens: inout [SentenceToken]) {
        for index in tokens.indices where tokens[index].mention == nil {
            let word = cueWords.id(of: tokens[index].key) ?? CueWordTable.notACueWord
            tokens[index].cueWord = word
            tokens[index].startsCues = word >= 0 ? cueStarts[Int(word)] : 0
        }
    }
}
