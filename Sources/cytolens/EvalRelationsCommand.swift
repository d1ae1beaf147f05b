import ArgumentParser
import CytoLens

/// `cytolens eval relations --gold FILE`: placeholder until the relation rules exist.
struct EvalRelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "relations", abstract: "Relation precision and recall.")
    @OptionGroup var options: EvalOptions
    func run() throws {}
}
