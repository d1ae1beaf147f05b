/// A small learned layer on top of the claim rules: logistic-regression weights over
/// ``ClaimFeatures``, read from `lexicon/claim_model.tsv` (written by
/// `scripts/train_claim_model.py` from the dev rows of the claims gold set).
///
/// The file has one row per (head, label, feature) with its weight. The `polarity` head is a
/// multinomial model over `pro_tumor`, `anti_tumor`, `context_dependent` and `none`; the
/// `negated` and `hedged` heads, when the file has them, are binary (label `yes`). A head the
/// file lacks leaves the rules' decision alone. Applying it is one sum of weights per label and
/// cytokine.
public struct ClaimModel: Sendable {
    /// Whether ``ClaimExtractor`` applies the model unless told otherwise (decided by the
    /// cross-validation and fresh-batch figures in `docs/claims-design.md`).
    public static let onByDefault = false

    /// The polarity labels, in the order of ``ClaimEvaluation/labels``.
    static let polarityLabels = ["pro_tumor", "anti_tumor", "context_dependent", "none"]

    /// Weights by head, then feature, then label index (polarity) or 0 (binary heads).
    private let weights: [String: [String: [Double]]]

    /// Whether the file has a head (`polarity`, `negated`, `hedged`).
    func has(_ head: String) -> Bool { weights[head] != nil }

    /// The columns of `claim_model.tsv`.
    static let columns = ["head", "label", "feature", "weight"]

    /// Reads the weights from a loaded `claim_model.tsv`.
    init(table: TSVTable) throws {
        var weights: [String: [String: [Double]]] = [:]
        for row in table.records() {
            let head = row["head"] ?? "", label = row["label"] ?? "", feature = row["feature"] ?? ""
            guard let weight = Double(row["weight"] ?? "") else {
                throw TSVFileError(file: "claim_model.tsv", message: "bad weight for \(head) \(label) \(feature)")
            }
            let index: Int
            switch head {
            case "polarity":
                guard let i = ClaimModel.polarityLabels.firstIndex(of: label) else {
                    throw TSVFileError(file: "claim_model.tsv", message: "unknown polarity label \"\(label)\"")
                }
                index = i
            case "negated", "hedged":
                guard label == "yes" else {
                    throw TSVFileError(file: "claim_model.tsv", message: "binary head \(head) needs label yes")
                }
                index = 0
            default:
                throw TSVFileError(file: "claim_model.tsv", message: "unknown head \"\(head)\"")
            }
            let width = head == "polarity" ? ClaimModel.polarityLabels.count : 1
            weights[head, default: [:]][feature, default: Array(repeating: 0, count: width)][index] += weight
        }
        self.weights = weights
    }

    /// The scores of a head's labels (one per polarity label, or one for a binary head) for a feature set.
    func scores(_ head: String, _ features: [String]) -> [Double] {
        guard let table = weights[head] else { return [] }
        var total = Array(repeating: 0.0, count: head == "polarity" ? ClaimModel.polarityLabels.count : 1)
        for feature in features {
            guard let w = table[feature] else { continue }
            for i in total.indices { total[i] += w[i] }
        }
        return total
    }

    /// The polarity the model gives, or nil for `none`; the rules' polarity when the file has no polarity head.
    func polarity(_ features: [String], rules: ClaimPolarity?) -> ClaimPolarity? {
        let s = scores("polarity", features)
        guard !s.isEmpty else { return rules }
        var best = 0
        for i in s.indices where s[i] > s[best] { best = i }
        return ClaimPolarity(rawValue: ClaimModel.polarityLabels[best])
    }

    /// The yes/no decision of a binary head, or the rules' when the file lacks it.
    func decides(_ head: String, _ features: [String], rules: Bool) -> Bool {
        guard let score = scores(head, features).first else { return rules }
        return score > 0
    }

    /// The verdict with the model's decisions. A claim the model removes keeps its flags and loses
    /// its cues; a claim the model adds, or whose polarity it changes, keeps the rules' cues or
    /// takes the outcome cues of the cytokine's clause.
    func revise(_ verdict: ClaimVerdict, features: ClaimFeatures) -> ClaimVerdict {
        var revised = verdict
        let polarity = self.polarity(features.names, rules: verdict.polarity)
        revised.polarity = polarity
        if polarity == nil {
            revised.cues = []
            revised.effect = nil
        } else if verdict.polarity == nil {
            revised.cues = features.clauseOutcomeCues
            revised.effect = polarity == .contextDependent ? "dual_role" : features.clauseEffect
        }
        if decides("negated", features.names, rules: verdict.negated) != verdict.negated {
            revised.negationCue = verdict.negated ? nil : (features.clauseNegationCue ?? "negation")
        }
        if decides("hedged", features.names, rules: verdict.hedged) != verdict.hedged {
            revised.hedgeCue = verdict.hedged ? nil : (features.clauseHedgeCue ?? "hedge")
        }
        return revised
    }

    /// The features that decide between the polarity the model gives and the runner-up label:
    /// each feature's weight for the first minus its weight for the second, largest magnitude
    /// first (for `eval explain`).
    func contributions(_ features: [String], count: Int) -> (label: String, runnerUp: String, top: [(String, Double)]) {
        let s = scores("polarity", features)
        guard let table = weights["polarity"], s.count == ClaimModel.polarityLabels.count else { return ("", "", []) }
        let order = s.indices.sorted { s[$0] > s[$1] || (s[$0] == s[$1] && $0 < $1) }
        let (a, b) = (order[0], order[1])
        let found = features.compactMap { f in table[f].map { (f, $0[a] - $0[b]) } }.filter { $0.1 != 0 }
        let sorted = found.sorted { abs($0.1) > abs($1.1) || (abs($0.1) == abs($1.1) && $0.0 < $1.0) }
        return (ClaimModel.polarityLabels[a], ClaimModel.polarityLabels[b], Array(sorted.prefix(count)))
    }
}
