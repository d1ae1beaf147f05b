/// Text that belongs to a web page rather than to the article on it, recognised from the text
/// alone: log-in, account and e-mail prompts, cookie notices, share and download widgets, and
/// metadata lines ("Keywords: …", "Received: …", "Copyright: …", "© 2024 …"). Both the plain
/// text reader (scraped pages) and the HTML reader (prose outside any marked-up widget) use it.
enum PageChromeText {
    /// Labels of metadata lines ("Keywords: …", "Received: …", "* Correspondence: …").
    private static let metadataLabels: [String] = [
        "keywords", "key words", "received", "accepted", "published", "revised", "copyright", "correspondence",
        "corresponding author", "disclaimer", "citation", "cite this article", "edited by", "reviewed by", "doi",
        "e-mail", "email", "article type", "license", "licence", "how to cite",
    ]

    /// Phrases of page chrome that a short line may hold.
    private static let chromePhrases: [String] = [
        "log in", "login", "sign in", "sign up", "register here", "an account", "your account", "password",
        "subscribe", "notify me", "cookie", "your email", "your e-mail", "email address", "e-mail address", "emails",
        "download pdf", "share this", "print this", "view all", "research topic", "special issue", "skip to",
        "back to top", "table of contents", "provisionally accepted", "enable javascript",
    ]

    /// The longest line that may be a prompt or widget text; longer text is taken for prose.
    static let longestPrompt = 200

    /// Whether a paragraph is page chrome or article metadata rather than article text.
    static func isChrome(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        if lower.hasPrefix("©") { return true }
        let unstarred = lower.drop { $0 == "*" || $0 == " " }
        for label in metadataLabels where unstarred.hasPrefix(label) {
            let rest = unstarred.dropFirst(label.count).drop { $0 == " " }
            if rest.first == ":" { return true }
        }
        guard paragraph.count <= longestPrompt else { return false }
        return ASCIICaseless.containsAny(lower, chromePhrases)
    }
}
