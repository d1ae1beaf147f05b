/// Precision, recall and F1 of a yes/no decision.
public struct BinaryScore: Sendable, Hashable {
    /// Predicted yes and gold yes.
    public var truePositives = 0
    /// Predicted yes, gold no.
    public var falsePositives = 0
    /// Predicted no, gold yes.
    public var falseNegatives = 0

    /// An empty tally.
    public init() {}

    /// Counts one decision.
    public mutating func add(predicted: Bool, gold: Bool) {
        if predicted && gold { truePositives += 1 }
        if predicted && !gold { falsePositives += 1 }
        if !predicted && gold { falseNegatives += 1 }
    }

    /// TP / (TP + FP), or 0 with no prediction.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN), or 0 with no gold.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// "P 0.912  R 0.880  F1 0.896  (gold 25, predicted 24)".
    public var summary: String {
        "P \(Self.format(precision))  R \(Self.format(recall))  F1 \(Self.format(f1))  "
            + "(gold \(truePositives + falseNegatives), predicted \(truePositives + falsePositives))"
    }

    /// Three decimals.
    public static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let text = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - text.count) + text
    }
}
