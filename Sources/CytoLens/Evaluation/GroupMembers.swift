/// The member genes of each cytokine group, from `lexicon/groups.tsv`, for matching a group
/// claim ("IL-12") to a gold row about a member (IL12A).
public enum GroupMembers {
    /// Group id → member symbols.
    public static func load(lexiconFolder folder: String) throws -> [String: Set<String>] {
        var groups: [String: Set<String>] = [:]
        for row in try TSVTable(folder: folder, file: "groups.tsv").records() {
            guard let group = row["group"] else { continue }
            groups[group] = Set((row["members"] ?? "").split(separator: "|").map(String.init))
        }
        return groups
    }

    /// The members of every group of a lexicon, by group id.
    public static func table(from lexicon: Lexicon) -> [String: Set<String>] {
        var groups: [String: Set<String>] = [:]
        for group in lexicon.groups { groups[group.id] = Set(group.members) }
        return groups
    }
}
