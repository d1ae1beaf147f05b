/// True positives, false positives and false negatives, with precision, recall and F1.
public struct Scores: Sendable, Hashable {
    /// Predictions that match a gold mention.
    public var truePositives = 0
    /// Predictions that match none.
    public var falsePositives = 0
    /// Gold mentions no prediction matches.
    public var falseNegatives = 0

    /// Creates empty scores.
    public init() {}

    /// TP / (TP + FP); 0 when nothing was predicted.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN); 0 when there is no gold.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}

/// One listed error: a false positive or a false negative, with its context.
public struct MentionError: Sendable, Hashable {
    /// The document (its display id).
    public var document: String
    /// The first code point.
    public var start: Int
    /// Just past the last code point.
    public var end: Int
    /// The text of the span.
    public var text: String
    /// For a false positive, the predicted target; for a false negative, the gold targets.
    public var targets: String
    /// What the other side has at or around the span ("gold IL6", "tagged TNF 'TNF-α'", or empty).
    public var note: String
    /// The surrounding text, on one line.
    public var context: String
}

/// The outcome of comparing tagged mentions with gold cytokine mentions.
public struct MentionEvaluation: Sendable {
    /// Documents read and documents scored.
    public var documents = 0
    /// Documents scored (entity-type gold scores only documents annotated for cytokines).
    public var scoredDocuments = 0
    /// Gold cytokine mentions.
    public var goldMentions = 0
    /// Predicted cytokine and group mentions that were scored.
    public var scoredPredictions = 0
    /// Predictions set aside because they lie inside a longer gold annotation.
    public var nestedPredictions = 0
    /// Class-word predictions ("cytokines", "Th2 cytokines") set aside because no gold span matches.
    public var classPredictions = 0
    /// Receptor predictions (never scored as cytokines).
    public var receptorPredictions = 0
    /// Gold annotations whose text is a receptor name (left out of the gold).
    public var goldReceptorMentions = 0
    /// Gold cytokine mentions taken from `PROTEIN` entities.
    public var goldProteinMentions = 0
    /// Exact span, whatever the ids.
    public var span = Scores()
    /// Exact span and a shared gene (a group matches when one of its members is a gold gene).
    public var spanAndID = Scores()
    /// Span-and-id scores per family (true positives and false negatives by the gold family,
    /// false positives by the predicted family).
    public var families: [String: Scores] = [:]
    /// Span-and-id false positives.
    public var falsePositives: [MentionError] = []
    /// Span-and-id false negatives.
    public var falseNegatives: [MentionError] = []
    /// Predictions set aside (inside a longer gold annotation, or class words), for inspection.
    public var setAside: [MentionError] = []

    /// Creates an empty evaluation.
    public init() {}
}
