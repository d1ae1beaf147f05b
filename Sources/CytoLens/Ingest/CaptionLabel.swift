/// Figure and table labels standing alone ("Figure 1", "Table 2.", "Fig. 3A"): they name a
/// caption but say nothing, so readers leave them out.
enum CaptionLabel {
    /// Whether a line is only a label ("Figure 1", "Table 2.", "Fig. 3A").
    static func isBare(_ text: String) -> Bool {
        guard text.count <= 30 else { return false }
        let words = text.lowercased().split(separator: " ")
        guard words.count <= 3, let first = words.first else { return false }
        let labels: Set<String> = [
            "figure", "fig", "fig.", "table", "tab.", "supplementary", "supplemental", "scheme", "box", "chart",
            "plate", "video", "movie", "appendix",
        ]
        guard labels.contains(String(first)) else { return false }
        return words.dropFirst().allSatisfy { word in
            word.allSatisfy { $0.isNumber || $0.isLetter && word.count <= 4 || ".:-–".contains($0) }
        }
    }

    /// A caption without its leading label: "Figure 1. IL-6 drives …" → "IL-6 drives …". A
    /// caption that is only a label, or has none, is returned as is.
    static func strippingLeadingLabel(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        for count in [3, 2] where words.count > count {
            let label = words[..<count].joined(separator: " ")
            guard let last = label.last, last == "." || last == ":" || last == "|", isBare(label) else { continue }
            return String(words[count...].joined(separator: " "))
        }
        return text
    }
}
