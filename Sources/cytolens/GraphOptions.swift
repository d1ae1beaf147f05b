import ArgumentParser
import CytoLens
import Foundation

/// What a graph command writes and where, and which nodes and edges it keeps.
struct GraphOptions: ParsableArguments {
    @Option(help: "Output format (default: json); partial writes the mergeable sums `cytolens merge` reads.")
    var format: GraphFormat?

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Render the DOT with Graphviz's `dot` into an image.")
    var render: RenderFormat?

    @Option(
        help: ArgumentHelp(
            "Keep at most this many evidence sentences per node polarity and per edge (default: 3; merge: what the partials hold).",
            valueName: "n"))
    var maxEvidence: Int?

    @Option(help: "Least mentions per node and affirmed sentences per edge.")
    var minEvidence: Int = 1

    @Option(help: "Least documents per node and per edge.")
    var minDocuments: Int = 1

    @Option(help: "Keep only these cytokines (ids or labels, comma-separated) and their neighbors.")
    var cytokines: String?

    @Option(help: "Keep only nodes of these families (comma-separated, as in lexicon/cytokines.tsv).")
    var family: String?

    @Option(
        help:
            "Keep only nodes with an affirmed claim of these polarities (comma-separated: pro_tumor, anti_tumor, context_dependent)."
    )
    var polarity: String?

    @Flag(help: "Show cytokine groups (TGFB, IL12, CHEMOKINES) as nodes too.")
    var includeGroups = false

    @Flag(help: "Show co-occurrence edges (cytokines named in the same sentence).")
    var includeCooccurrence = false

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if let maxEvidence, maxEvidence < 0 { throw ValidationError("--max-evidence must be 0 or more.") }
        if minEvidence < 0 || minDocuments < 0 { throw ValidationError("--min-evidence and --min-documents must be 0 or more.") }
        if render != nil, let format, format != .dot {
            throw ValidationError("--render draws the DOT output; it cannot be combined with --format \(format.rawValue).")
        }
        if let polarity {
            for name in Self.list(polarity) where ClaimPolarity(rawValue: name) == nil {
                throw ValidationError(
                    "Unknown polarity '\(name)'; use \(ClaimPolarity.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
    }

    /// The format to write: `dot` when rendering, else the one asked for, else `json`.
    var effectiveFormat: GraphFormat { render != nil ? .dot : format ?? .json }

    /// The filter the options ask for.
    var filter: GraphFilter {
        var filter = GraphFilter()
        filter.minimumEvidence = minEvidence
        filter.minimumDocuments = minDocuments
        filter.cytokines = cytokines.map(Self.list) ?? []
        filter.families = family.map(Self.list) ?? []
        filter.polarities = (polarity.map(Self.list) ?? []).compactMap(ClaimPolarity.init(rawValue:))
        filter.includeGroups = includeGroups
        filter.includeCooccurrence = includeCooccurrence
        return filter
    }

    /// Node labels, HGNC ids and families from the lexicon in use (built-in, or extended by `--lexicon DIR`).
    func metadata() throws -> NodeMetadataTable {
        // Compiled: the built-in lexicon reads its entity tables only (not its names or cue
        // tables); a folder is checked, and its errors stop the command.
        NodeMetadataTable(lexicon: try lexicon.compiled())
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
