import CytoLens

/// Reads the articles of one input in batches, so that the costly work on them (tagging,
/// annotation) can spread over the jobs while the input is still being read: a PubMed baseline
/// file of 30,000 records is one input but 3,750 batches.
///
/// Batches are a few articles long, so that handing one to another thread costs little next to
/// its work, and the articles waiting in the window of an ``OrderedWorkPool`` stay few.
enum ArticleBatches {
    /// The articles in a batch.
    static let size = 8

    /// Reads `input`, calling `full` with each full batch in reading order.
    ///
    /// - Returns: the last articles read, fewer than a batch (they are usually best handled on
    ///   the reading thread, which has nothing else left to do), and the problem that stopped
    ///   the reading, if any; articles read before a problem are in the batches.
    static func read(
        _ input: ArticleInput, with loader: ArticleLoader, full: ([Article]) -> Void
    ) -> (rest: [Article], failure: IngestError?) {
        var batch: [Article] = []
        batch.reserveCapacity(size)
        do {
            try loader.read(input) { article in
                batch.append(article)
                if batch.count == size {
                    full(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            return (batch, nil)
        } catch {
            return (batch, error)
        }
    }
}
