import ArgumentParser
import CytoLens

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cytolens lexicon`: check a lexicon folder, or show what a name resolves to.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check a lexicon or look a name up.",
        subcommands: [
            LexiconCheckCommand.self, LexiconLookupCommand.self, LexiconNameIndexCommand.self, LexiconCueIndexCommand.self,
        ]
    )
}

/// `cytolens lexicon check [DIR]`.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the built-in lexicon, or DIR on top of it.",
        discussion: """
            Reports empty names, unknown kinds, flags, targets and families, names whose match keys \
            collide with different ids, and duplicate cues, one line each (FILE:LINE: severity: message). \
            Exit status 1 when there is an error.
            """
    )

    @Argument(help: ArgumentHelp("A lexicon folder; without it the built-in lexicon is checked.", valueName: "dir"))
    var directory: String?

    @Flag(name: .customLong("lexicon-replace"), help: "Each file of DIR replaces the built-in file instead of extending it.")
    var replace = false

    func run() throws {
        Console.setUp()
        let clock = ContinuousClock()
        let started = clock.now
        let startedCPU = Self.threadCPUMilliseconds()
        let options = try LexiconOptions.parse(
            (directory.map { ["--lexicon", $0] } ?? []) + (replace ? ["--lexicon-replace"] : []))
        let lexicon: Lexicon
        do {
            lexicon = try options.load()
        } catch let error as LexiconError {
            Console.writeLine(error.description)
            Console.flush()
            throw ExitCode.failure
        }
        let compiled = CompiledLexicon(lexicon)
        let elapsed = clock.now - started
        let cpu = Self.threadCPUMilliseconds() - startedCPU
        let issues = LexiconValidator.issues(in: lexicon)
        for issue in issues { Console.writeLine(issue.description) }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.filter { $0.severity == .warning }.count
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        Console.writeLine(
            "\(directory ?? "built-in lexicon"): \(lexicon.cytokines.count) cytokines, \(lexicon.groups.count) groups, "
                + "\(lexicon.receptors.count) receptors, \(lexicon.names.count) names; \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s"); loaded and compiled in \((milliseconds * 10).rounded() / 10) ms "
                + "(\((cpu * 10).rounded() / 10) ms CPU) "
                + "(\(compiled.entities.count) entities)")
        Console.flush()
        if errors > 0 { throw ExitCode.failure }
    }

    /// The CPU time of this thread so far: start-up cost without the wait for a busy machine.
    private static func threadCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
    }
}

/// `cytolens lexicon lookup NAME`.
struct LexiconLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show what a surface form resolves to and why.",
        discussion: """
            Prints the match key, the names.tsv rows with that key and their case and context rules, \
            the names the lexicon builder dropped for that key (with the reason), and the mentions the \
            tagger finds when NAME is a text of its own.
            """
    )

    @Argument(help: "The surface form, e.g. 'IL-6', 'rhIL-2', 'April', 'IL-4, -5 and -13'.")
    var name: String

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        Console.setUp()
        let lexicon = try lexiconOptions.compiled()
        for line in LexiconLookup(lexicon: lexicon).explain(name) { Console.writeLine(line) }
        Console.flush()
    }
}

/// `cytolens lexicon name-index`: the names index of the built-in lexicon, compiled from its
/// tables, for `scripts/embed_lexicon.py` to store in the binary. Hidden: a build step, not a
/// user's command.
struct LexiconNameIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name-index",
        abstract: "Print the compiled names index of the built-in lexicon (used by scripts/embed_lexicon.py).",
        shouldDisplay: false
    )

    func run() throws {
        Console.setUp()
        var text = try CompiledLexicon.compiledBuiltInNameIndex()
        if text.hasSuffix("\n") { text.removeLast() }
        Console.writeLine(text)
        Console.flush()
    }
}

/// `cytolens lexicon cue-index`: the cue index of the built-in lexicon, compiled from its cue
/// tables, for `scripts/embed_lexicon.py` to store in the binary. Hidden: a build step, not a
/// user's command.
struct LexiconCueIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cue-index",
        abstract: "Print the compiled cue index of the built-in lexicon (used by scripts/embed_lexicon.py).",
        shouldDisplay: false
    )

    func run() throws {
        Console.setUp()
        var text = try ClaimCues.compiledBuiltInCueIndex()
        if text.hasSuffix("\n") { text.removeLast() }
        Console.writeLine(text)
        Console.flush()
    }
}
