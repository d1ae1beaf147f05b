import ArgumentParser

/// The `cytolens` command: reads cancer-immunology articles and maps what they say about cytokines.
@main
struct CytoLensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cytolens",
        abstract: "Map what the literature says about cytokines in cancer.",
        discussion: """
            Reads JATS/PMC XML, PubMed XML, BioC, PubTator, HTML and plain text (gzip'd or not; \
            files, folders or '-' for standard input) and writes JSON Lines to standard output.
            Exit status: 0 on success, 1 when some input failed (the others are still processed), \
            64 on a usage error.
            No input is ever decompressed to more than 512 MiB (set CYTOLENS_MAX_INPUT_BYTES to change \
            the limit).
            """,
        version: "0.1.0",
        subcommands: [
            TextCommand.self, TagCommand.self, GraphCommand.self, MergeCommand.self, LexiconCommand.self,
            EvalCommand.self,
        ]
    )

    /// Sets the allocator policy for the whole process, then parses the arguments and runs.
    static func main() {
        AllocatorPolicy.keepFreedMemoryForReuse()
        main(nil)
    }
}
