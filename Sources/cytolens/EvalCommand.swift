import ArgumentParser
import CytoLens

/// `cytolens eval`: scores the tagger's claims and relations against gold sets.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score claims or relations against a gold set and print the figures.",
        subcommands: [EvalClaimsCommand.self, EvalRelationsCommand.self, EvalExplainCommand.self]
    )
}
