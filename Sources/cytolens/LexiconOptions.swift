import ArgumentParser
import CytoLens

/// The lexicon options of every command that tags: `--lexicon DIR` and `--lexicon-replace`.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp(
            "A folder of lexicon TSV files (same names and columns as lexicon/); its rows extend the built-in lexicon.",
            valueName: "dir"))
    var directory: String?

    @Flag(
        name: .customLong("lexicon-replace"),
        help: "Each file of --lexicon DIR replaces the built-in file of the same name instead of extending it.")
    var replace = false

    func validate() throws {
        if replace && directory == nil { throw ValidationError("--lexicon-replace needs --lexicon DIR.") }
    }

    /// The lexicon as read, built-in or combined with the folder.
    func load() throws -> Lexicon {
        guard let directory else { return try Lexicon.builtIn() }
        return try Lexicon(source: LexiconSource.directory(directory, mode: replace ? .replace : .extend))
    }

    /// The compiled lexicon; a folder with errors stops the command with its errors listed.
    func compiled() throws -> CompiledLexicon {
        guard directory != nil else { return .builtIn }
        let lexicon: Lexicon
        do {
            lexicon = try load()
        } catch let error as LexiconError {
            Console.error("cytolens: \(error)")
            throw ExitCode(64)
        }
        let errors = LexiconValidator.issues(in: lexicon).filter { $0.severity == .error }
        if !errors.isEmpty {
            for error in errors { Console.error(error.description) }
            Console.error(
                "cytolens: the lexicon has \(errors.count) error\(errors.count == 1 ? "" : "s"); see `cytolens lexicon check`")
            throw ExitCode(64)
        }
        return CompiledLexicon(lexicon)
    }
}
