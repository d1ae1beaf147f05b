/// The words the sentence splitter must know: abbreviations that a period does not end, and
/// the common words that start a sentence. Words are looked up as ``WordKey``s, so that a lookup
/// allocates nothing.
enum SentenceAbbreviations {
    /// Abbreviations that never end a sentence: something always follows them ("e.g.", "Fig. 2",
    /// "vs.", "approx.", "Dr. Smith", "St. Louis").
    static let neverFinal: Set<WordKey> = keys(
        "e.g", "i.e", "eg", "ie", "vs", "v", "cf", "viz", "approx", "appr", "ca", "fig", "figs", "eq", "eqs", "ref",
        "refs", "tab", "tabs", "sect", "suppl", "dr", "drs", "prof", "mr", "mrs", "ms", "mt", "st", "sr", "jr",
        "dept", "univ", "resp", "incl", "esp", "cat", "conc", "ibid")

    /// Abbreviations that do not end a sentence before a number or code ("no. 5", "vol. 12",
    /// "p. 34", "chr. 5q14", "Contract No. N02-HL-6") but may end one otherwise ("The answer was no. The …").
    static let beforeNumber: Set<WordKey> = keys(
        "no", "nos", "nr", "vol", "vols", "p", "pp", "ch", "chap", "chr", "sec", "art", "ser", "para", "pt", "pl",
        "suppl", "rev")

    /// Abbreviations that end a sentence only when a common sentence-starting word follows:
    /// "Smith et al. (2019)" and "Sigma Co. (St. Louis)" go on, "… by Smith et al. However, …"
    /// ends. Initials, species genera and dotted abbreviations ("U.S.") follow the same rule.
    static let finalBeforeStarter: Set<WordKey> = keys(
        "al", "sp", "spp", "subsp", "var", "gen", "nov", "co", "corp", "inc", "ltd", "llc", "bros", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph.d", "m.d")

    /// Words that commonly open a sentence in scientific prose (lower-cased; longer words by their
    /// first eight letters).
    static let starters: Set<WordKey> = keys(
        "the", "this", "these", "those", "that", "there", "then", "thus", "therefore", "however", "here", "hence",
        "in", "on", "at", "we", "our", "it", "its", "a", "an", "as", "to", "for", "from", "after", "before", "both",
        "all", "each", "no", "not", "moreover", "furthermore", "finally", "similarly", "consistent", "together",
        "taken", "since", "because", "although", "though", "while", "when", "whereas", "with", "without", "by",
        "but", "also", "further", "notably", "interestingly", "importantly", "collectively", "overall", "indeed",
        "conversely", "accordingly", "likewise", "additionally", "patients", "mice", "cells", "tumor", "tumors",
        "tumour", "tumours", "one", "two", "three", "several", "many", "most", "some", "other", "another", "such",
        "among", "of", "using", "during", "within", "if", "only", "despite", "given", "recent",
        "recently", "previous", "previously", "first", "second", "third", "next", "last", "they",
        "their", "he", "she", "his", "her", "what", "which", "whether", "how", "why", "where", "yet", "still",
        "instead", "nevertheless", "nonetheless", "specifically", "briefly", "altogether", "expression",
        "levels", "treatment", "serum", "plasma", "analysis", "results", "data", "human", "mouse")

    /// The abbreviation lists a word is on.
    struct Lists: OptionSet {
        let rawValue: UInt8
        /// On ``neverFinal``.
        static let neverFinal = Lists(rawValue: 1)
        /// On ``beforeNumber``.
        static let beforeNumber = Lists(rawValue: 2)
        /// On ``finalBeforeStarter``.
        static let finalBeforeStarter = Lists(rawValue: 4)
    }

    /// The three abbreviation lists in one table, so that a period costs one look-up.
    private static let listTable = WordKeyTable(
        neverFinal.map { ($0, Lists.neverFinal.rawValue) } + beforeNumber.map { ($0, Lists.beforeNumber.rawValue) }
            + finalBeforeStarter.map { ($0, Lists.finalBeforeStarter.rawValue) })

    /// The abbreviation lists that hold a word (empty for most words).
    static func lists(holding key: WordKey) -> Lists {
        Lists(rawValue: listTable.value(for: key))
    }

    private static func keys(_ words: String...) -> Set<WordKey> {
        Set(words.compactMap { WordKey(Array($0.utf8)[...]) })
    }
}

/// A lower-cased ASCII word of up to eight bytes packed into an integer, for lookups that do not
/// allocate. Longer words keep their first eight bytes.
struct WordKey: Hashable {
    /// The packed bytes.
    let bits: UInt64

    /// Packs a word; `nil` when it holds a byte that is not an ASCII letter, digit or period.
    init?<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        guard !bytes.isEmpty else { return nil }
        var bits: UInt64 = 0
        var count = 0
        for byte in bytes {
            let lower: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
                lower = byte
            default: return nil
            }
            if count < 8 { bits |= UInt64(lower) << (8 * UInt64(count)) }
            count += 1
        }
        self.bits = bits
    }
}
