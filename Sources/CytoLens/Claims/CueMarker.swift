/// Marks word tokens with what the cue tables know of their keys: the key's id in the tables'
/// ``CueWordTable`` (``SentenceToken/cueWord``) and the bits of the tables that have a phrase
/// starting with it (``SentenceToken/startsCues``).
///
/// ``ClaimCues/markCueStarts(_:)`` marks a token array after tokenizing; the tokenizer marks each
/// token as it makes it instead (``SentenceTokens/tokenize(_:mentions:marker:)``), while the
/// token's key is at hand, with no second pass over the array. Both give each token the same
/// marks (`SentenceTokensTests` holds them to each other).
struct CueMarker {
    let words: CueWordTable
    /// For each word id, the bits of the tables that have a phrase starting with the word.
    let starts: [UInt16]

    /// The marks of a word token whose key's UTF-8 bytes are `key`.
    @inline(__always)
    func marks(ofKeyBytes key: UnsafeBufferPointer<UInt8>) -> (cueWord: Int32, startsCues: UInt16) {
        let word = words.id(ofBytes: key) ?? CueWordTable.notACueWord
        return (word, word >= 0 ? starts[Int(word)] : 0)
    }

    /// The marks of a word token whose key is `key`: its ``SentenceToken/cueWord`` and
    /// ``SentenceToken/startsCues``.
    @inline(__always)
    func marks(ofKey key: String) -> (cueWord: Int32, startsCues: UInt16) {
        var key = key
        let word = key.withUTF8 { words.id(ofBytes: $0) } ?? CueWordTable.notACueWord
        return (word, word >= 0 ? starts[Int(word)] : 0)
    }
}
