extension MentionTagger {
    /// The mentions of a piece of text read on its own, as one passage and one sentence with
    /// offsets from 0: for evaluating sentences out of their article.
    public func mentions(inText text: String) -> [Mention] {
        let article = Article(
            source: "-", passages: [Passage(index: 0, type: .paragraph, section: [], offset: 0, text: text)])
        let sentence = Sentence(index: 0, passage: 0, start: 0, end: text.unicodeScalars.count)
        return mentions(in: article, sentences: [sentence])
    }
}
