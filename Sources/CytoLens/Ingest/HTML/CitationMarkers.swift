import ArticleXML

/// Finds the in-text links to the reference list ("[12]", superscript "3,4", "(5–7)") so that
/// they can be left out, and tidies the brackets and commas they leave behind.
struct CitationMarkers {
    /// The ids of elements inside the page's reference lists (`B1`, `ref-CR12`, `bib3`).
    let referenceIDs: Set<String>

    /// Collects the reference ids of a page.
    init(page root: MarkupElement) {
        var ids: Set<String> = []
        var stack: [(element: MarkupElement, inReferences: Bool)] = [(root, false)]
        while let (element, inReferences) = stack.popLast() {
            let here = inReferences || CitationMarkers.isReferenceList(element)
            if here, let id = element.attributes["id"] { ids.insert(id) }
            for case .element(let child) in element.children { stack.append((child, here)) }
        }
        referenceIDs = ids
    }

    /// Creates markers from known reference ids (tests).
    init(referenceIDs: Set<String>) {
        self.referenceIDs = referenceIDs
    }

    private static func isReferenceList(_ element: MarkupElement) -> Bool {
        for key in ["class", "id"] {
            guard let value = element.attributes[key] else { continue }
            if ASCIICaseless.containsAny(value, referenceListMarks) { return true }
        }
        return false
    }

    private static let referenceListMarks = ["ref-list", "reflist", "reference", "bibliograph", "citation-list", "back-ref"]

    /// Whether an element is a link to a reference whose text is only a marker ("12", "3–5", "[4]").
    ///
    /// Author–year links ("Smith et al., 2019") keep their text: they read as part of the sentence.
    func isCitationLink(_ element: MarkupElement) -> Bool {
        guard element.name == "a" else { return false }
        guard CitationMarkers.isMarker(element.text()) else { return false }
        let attributes = element.attributes
        if let type = attributes["ref-type"] ?? attributes["data-ref-type"], type.lowercased() == "bibr" { return true }
        if let classes = attributes["class"]?.lowercased() {
            for token in classes.split(separator: " ") where token == "bibr" || token == "xref-bibr" || token == "xref-ref" {
                return true
            }
        }
        for key in ["rid", "data-rid", "aria-describedby"] {
            if let rid = attributes[key], rid.split(separator: " ").contains(where: { referenceIDs.contains(String($0)) }) {
                return true
            }
        }
        if let href = attributes["href"], href.hasPrefix("#") {
            let fragment = String(href.dropFirst())
            if referenceIDs.contains(fragment) || CitationMarkers.looksLikeReferenceID(fragment) { return true }
        }
        return false
    }

    /// Whether an inline element holds only citation links and separators (`<sup>1,2</sup>`).
    func isCitationGroup(_ element: MarkupElement) -> Bool {
        guard element.name == "sup" || element.name == "span" else { return false }
        var sawLink = false
        for child in element.children {
            switch child {
            case .text(let text):
                if !CitationMarkers.isSeparatorRun(Substring(text)) { return false }
            case .element(let inner):
                if isCitationLink(inner) {
                    sawLink = true
                } else if inner.name == "span" || inner.name == "sup", isCitationGroup(inner) {
                    sawLink = true
                } else if !CitationMarkers.isSeparatorRun(Substring(inner.text())) {
                    return false
                }
            }
        }
        return sawLink
    }

    /// "12", "3–5", "[4]", "1a", "(6, 7)": digits with separators and at most a few letters, but
    /// not a year ("2005", "2007a"), which is the linked part of an author–year citation.
    static func isMarker(_ text: String) -> Bool {
        if isYear(text) { return false }
        var digits = 0
        var letters = 0
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > 24 { return false }
            if ("0"..."9").contains(scalar) {
                digits += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            } else if !scalar.properties.isWhitespace && !separators.contains(scalar) && !brackets.contains(scalar) {
                return false
            }
        }
        return digits > 0 && letters <= 3
    }

    private static func isYear(_ text: String) -> Bool {
        let trimmed = text.filter { !$0.isWhitespace }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), (1800...2099).contains(year) else { return false }
        let suffix = trimmed.dropFirst(4)
        return suffix.count <= 1 && suffix.allSatisfy { $0.isLowercase }
    }

    /// `B12`, `bib3`, `ref-CR4`, `R7`, `CR10`, `c12`, `cit5`: the usual shapes of reference anchors.
    static func looksLikeReferenceID(_ fragment: String) -> Bool {
        let lower = fragment.lowercased()
        let letters = lower.prefix(while: { $0.isLetter || $0 == "-" || $0 == "_" })
        let rest = lower.dropFirst(letters.count)
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let stem = letters.filter { $0.isLetter }
        return ["b", "bib", "bibr", "r", "ref", "refcr", "cr", "c", "cit", "citation", "reference", "ref-b"].contains(stem)
    }

    private static let separators: Set<Unicode.Scalar> = [
        ",", ";", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{200B}",
    ]
    private static let brackets: Set<Unicode.Scalar> = ["(", ")", "[", "]"]

    private static func isSeparatorRun(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || separators.contains($0) || brackets.contains($0) }
    }

    /// Stands in the text for a citation link that was left out, until ``tidy(_:)`` removes it with
    /// the brackets and separators that only surrounded citations. A private-use scalar.
    static let placeholder: Unicode.Scalar = "\u{E000}"

    /// Removes the placeholders of left-out citations together with what only framed them: empty
    /// brackets ("( , )", "[–]"), separators between citations ("1,2" → ""), separators left
    /// dangling inside brackets ("(Table 1; )" → "(Table 1)"), and a space before punctuation.
    static func tidy(_ text: String) -> String {
        guard text.unicodeScalars.contains(placeholder) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "(" || c == "[", let close = matchingClose(s, from: i), s[i..<close].contains(placeholder) {
                let inner = s[(i + 1)..<close]
                if isOrphanContent(inner) {
                    dropSpaceBeforePunctuation(&out, next: close + 1 < s.count ? s[close + 1] : nil)
                } else {
                    var kept = Array(removingRuns(inner).unicodeScalars)[...]
                    while let first = kept.first, first.properties.isWhitespace || first == "," || first == ";" {
                        kept = kept.dropFirst()
                    }
                    while let last = kept.last, last.properties.isWhitespace || last == "," || last == ";" {
                        kept = kept.dropLast()
                    }
                    out.append(c)
                    out.append(contentsOf: kept)
                    out.append(s[close])
                }
                i = close + 1
            } else if c == placeholder {
                let end = runEnd(s, from: i)
                dropSpaceBeforePunctuation(&out, next: end < s.count ? s[end] : nil)
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// The text with every citation run removed (no bracket handling).
    private static func removingRuns(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == placeholder {
                let end = runEnd(s, from: i)
                dropSpaceBeforePunctuation(&out, next: end < s.endIndex ? s[end] : nil)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The end of a run of placeholders joined by separators ("⌧,⌧–⌧").
    private static func runEnd<C: RandomAccessCollection>(_ s: C, from start: C.Index) -> C.Index
    where C.Element == Unicode.Scalar {
        var end = s.index(after: start)
        var probe = end
        while probe < s.endIndex {
            let scalar = s[probe]
            if scalar == placeholder {
                probe = s.index(after: probe)
                end = probe
            } else if separators.contains(scalar) || scalar.properties.isWhitespace {
                probe = s.index(after: probe)
            } else {
                break
            }
        }
        return end
    }

    /// After a removal, "growth ." becomes "growth." and "growth  while" keeps one space.
    private static func dropSpaceBeforePunctuation(_ out: inout String.UnicodeScalarView, next: Unicode.Scalar?) {
        guard let last = out.last, last.properties.isWhitespace else { return }
        if let next, !next.properties.isWhitespace, !".,;:)]".unicodeScalars.contains(next) { return }
        while let last = out.last, last.properties.isWhitespace { out.removeLast() }
    }

    private static func matchingClose(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        let closer: Unicode.Scalar = s[open] == "(" ? ")" : "]"
        var j = open + 1
        while j < s.count, j - open <= 160 {
            if s[j] == closer { return j }
            if s[j] == "(" || s[j] == "[" { return nil }
            j += 1
        }
        return nil
    }

    /// Only placeholders, separators, spaces and the words "and"/"or" between brackets.
    private static func isOrphanContent(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        var word = String.UnicodeScalarView()
        func wordIsJoiner() -> Bool {
            let w = String(word).lowercased()
            return w.isEmpty || w == "and" || w == "or"
        }
        for scalar in inner {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
                continue
            }
            if !wordIsJoiner() { return false }
            word = String.UnicodeScalarView()
            if scalar != placeholder && !scalar.properties.isWhitespace && !separators.contains(scalar) { return false }
        }
        return wordIsJoiner()
    }
}
