/// Marks word tokens with what the cue tables know of their keys: the key's id in the tables'
/// ``CueWordTable`` (``SentenceToken/cueWord``) and the bits of the tables that have a phrase
/// starting with it (``SentenceToken/startsCues``).
///
/// The tokenizer marks each token as it makes it (``SentenceTokens/tokenize(_:mentions:marker:)``),
/// while the token's key is at hand, with no second pass over the array. `SentenceTokensTests`
/// holds the marks to a plain look-up of every token's key after tokenizing.
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
        return key.withUTF8 { marks(ofKeyBytes: $0) }
    }
}
