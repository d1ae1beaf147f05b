/// Adds claims and relations to a document whose sentences and mentions are already there.
///
/// ``Annotator`` calls ``annotate(_:)`` right after the mention tagger has filled `mentions`; it
/// can also be called on any ``DocumentAnnotations`` whose mentions come from elsewhere. It is
/// pure: the same annotations in give the same claims and relations out.
public struct ClaimAnnotator: Sendable {
    private let cues: ClaimCues
    private let claims: ClaimExtractor
    private let relations: RelationExtractor
    private let claimMaterial: ClaimMaterialScan
    private let relationMaterial: RelationMaterialScan

    /// The longest sentence, in code points, that claims and relations are read from. The longest
    /// in the development corpus (the 1,205 documents of the shared JATS, PubMed and HTML folders and
    /// `corpus/`) has 5,445.
    public static let longestSentence = 8_000
    /// The most mentions a sentence may have for claims and relations to be read from it. The
    /// development corpus has at most 29 in one sentence.
    public static let mostMentions = 64
    /// The sentences of a passage read in both tumor settings before its setting is read instead:
    /// the extra work per passage stays bounded (a passage of thousands of sentences with claims
    /// that do not depend on the setting would otherwise have each read twice).
    static let sentencesBeforeSetting = 4

    /// Creates an annotator over loaded cue tables.
    public init(cues: ClaimCues, includeCooccurrence: Bool = true) {
        self.cues = cues
        self.claims = ClaimExtractor(cues: cues)
        self.claimMaterial = ClaimMaterialScan(extractor: claims)
        self.relationMaterial = RelationMaterialScan(cues: cues)
        self.relations = RelationExtractor(cues: cues, includeCooccurrence: includeCooccurrence)
    }

    /// Loads the cue tables from a `lexicon/` folder.
    public init(lexiconFolder: String, includeCooccurrence: Bool = true) throws {
        self.init(cues: try ClaimCues(lexiconFolder: lexiconFolder), includeCooccurrence: includeCooccurrence)
    }

    /// The annotations with `claims` and `relations` filled in, sentence by sentence.
    public func annotate(_ annotations: DocumentAnnotations) -> DocumentAnnotations {
        var result = annotations
        let article = annotations.article
        var passageTexts: [Int: ScalarIndexedText] = [:]
        func indexedText(of passage: Int) -> ScalarIndexedText {
            if let cached = passageTexts[passage] { return cached }
            let value = ScalarIndexedText(article.passages[passage].text)
            passageTexts[passage] = value
            return value
        }
        var tumorPassages: [Int: Bool] = [:]
        // For each passage whose setting is not read, the sentences read in both settings.
        var readInBothSettings: [Int: Int] = [:]
        // The sentences of a passage come one after another, and the passages of a section share
        // its path: the answer for the last section path is kept, and a path equal to it (most
        // often the very same array) is not judged again.
        var lastSection: (path: [String], inMethods: Bool)?
        // The passages of one section share its headings, and sections share their parents':
        // each heading is judged once.
        var methodsHeadings: [String: Bool] = [:]
        func isMethodsHeading(_ heading: String) -> Bool {
            if let known = methodsHeadings[heading] { return known }
            let value = cues.isMethodsHeading(heading)
            methodsHeadings[heading] = value
            return value
        }
        let mentionsBySentence = MentionsBySentence(annotations.mentions, sentenceCount: annotations.sentences.count)
        // Grouped once per document, when a setting is first read: a passage's setting is judged
        // from its own mentions, and a document may have tens of thousands of passages.
        var mentionsByPassageIfGrouped: [Int: [Mention]]?
        func mentionsByPassage() -> [Int: [Mention]] {
            if let grouped = mentionsByPassageIfGrouped { return grouped }
            var grouped: [Int: [Mention]] = [:]
            for sentence in annotations.sentences {
                if let mentions = mentionsBySentence[sentence.index] { grouped[sentence.passage, default: []] += mentions }
            }
            mentionsByPassageIfGrouped = grouped
            return grouped
        }
        let isFullText = article.passages.contains { $0.type == .abstract }
        // Read only when a sentence of the title or abstract (or of a text without an abstract) has claims to read.
        var tumorDocument: Bool?
        func documentSetting() -> Bool {
            if let known = tumorDocument { return known }
            let value = isTumorDocument(article, mentionsByPassage: mentionsByPassage())
            tumorDocument = value
            return value
        }
        var foundClaims: [Claim] = []
        var foundRelations: [Relation] = []
        for sentence in annotations.sentences {
            guard let mentions = mentionsBySentence[sentence.index], !mentions.isEmpty,
                article.passages.indices.contains(sentence.passage)
            else { continue }
            // A "sentence" of thousands of characters or dozens of mentions is a list, a table dump
            // or text without full stops, not a statement; the claim rules, which relate every
            // mention to every other, would take time that grows faster than its length.
            guard sentence.end - sentence.start <= ClaimAnnotator.longestSentence,
                mentions.count <= ClaimAnnotator.mostMentions
            else { continue }
            let passage = article.passages[sentence.passage]
            // One analysis of the sentence serves its claims and its relations.
            let inMethods: Bool
            if let last = lastSection, last.path == passage.section {
                inMethods = last.inMethods
            } else {
                inMethods = passage.section.contains(where: isMethodsHeading)
                lastSection = (passage.section, inMethods)
            }
            let readsRelations = ClaimAnnotator.namesTwoTargets(mentions)
            guard !inMethods || readsRelations else { continue }
            // The passage's text is indexed only once one of its sentences is to be read.
            let text = indexedText(of: sentence.passage)
            let lower = sentence.start - passage.offset
            let upper = sentence.end - passage.offset
            guard lower >= 0, upper <= text.scalarCount, lower < upper else { continue }
            let sentenceText = text.text(lower..<upper)
            let local = mentions.map { mention -> Mention in
                var m = mention
                m.start -= sentence.start
                m.end -= sentence.start
                return m
            }
            let tokens = cues.markedTokens(sentenceText, mentions: local)
            // Most sentences that name a cytokine have nothing to claim: their tokens tell, and
            // unless they are read for relations they need no analysis.
            let readsClaims = !inMethods && claimMaterial.mayHaveClaims(tokens: tokens, mentions: local)
            guard readsClaims || readsRelations else { continue }
            if !readsClaims, !relationMaterial.mayHaveTypedRelations(tokens: tokens) {
                // Nothing to claim and no relation word: the relations are the co-occurrences.
                let targets = RelationMaterialScan.targets(tokens: tokens, mentions: local)
                foundRelations += relations.cooccurrences(of: targets, sentenceIndex: sentence.index)
                continue
            }
            let analysis = SentenceAnalysis(tokens: tokens, mentions: local, cues: cues)
            if readsClaims, claims.canHaveClaims(analysis) {
                func claimsOfSentence(inTumors: Bool) -> [Claim] {
                    claims.claims(
                        of: analysis, text: sentenceText, sentenceIndex: sentence.index, section: passage.section,
                        documentInTumorSetting: inTumors)
                }
                func passageSetting() -> Bool {
                    let inTumors = isTumorPassage(
                        passage, mentions: mentionsByPassage()[sentence.passage] ?? [], isFullText: isFullText,
                        documentInTumorSetting: documentSetting)
                    tumorPassages[sentence.passage] = inTumors
                    return inTumors
                }
                // The title and abstract, and every passage of a text without an abstract, take
                // the document's setting: once read, it is known for all of them.
                let takesDocumentSetting = !isFullText || passage.type == .title || passage.type == .abstract
                if let known = tumorPassages[sentence.passage] ?? (takesDocumentSetting ? tumorDocument : nil) {
                    foundClaims += claimsOfSentence(inTumors: known)
                } else if !claims.dependsOnDocumentSetting(analysis) {
                    // A sentence that names tumors itself has the same claims in either setting.
                    foundClaims += claimsOfSentence(inTumors: true)
                } else if readInBothSettings[sentence.passage, default: 0] >= ClaimAnnotator.sentencesBeforeSetting {
                    foundClaims += claimsOfSentence(inTumors: passageSetting())
                } else {
                    // Reading a passage's setting takes longer than reading a sentence's claims
                    // twice, and most sentences have the same claims (often none) in either
                    // setting: the setting is read only for a sentence whose claims depend on it,
                    // or once a few sentences of the passage have been read twice.
                    let outside = claimsOfSentence(inTumors: false)
                    let inside = claimsOfSentence(inTumors: true)
                    if outside == inside {
                        foundClaims += outside
                        readInBothSettings[sentence.passage, default: 0] += 1
                    } else {
                        foundClaims += passageSetting() ? inside : outside
                    }
                }
            }
            if readsRelations { foundRelations += relations.relations(of: analysis, sentenceIndex: sentence.index) }
        }
        result.claims = foundClaims
        result.relations = foundRelations
        return result
    }

    /// Whether mentions name at least two different cytokines or groups (receptors aside): only
    /// then can a sentence state a relation between them.
    private static func namesTwoTargets(_ mentions: [Mention]) -> Bool {
        var first: String?
        for mention in mentions where mention.kind != .receptor {
            guard let seen = first else {
                first = mention.target
                continue
            }
            if mention.target != seen { return true }
        }
        return false
    }

    /// Whether the sentences of a passage are in a tumor setting. The title and abstract take the
    /// document's setting, and so does every passage of a document with no abstract (a bare
    /// abstract or a short text). In a full text (one with an abstract), any other passage — a
    /// paragraph, caption or table — must name a cancer, a tumor setting or tumor cells itself,
    /// because a full text about tumors also has paragraphs about insulin, wound healing or T cells.
    private func isTumorPassage(
        _ passage: Passage, mentions: [Mention], isFullText: Bool, documentInTumorSetting: () -> Bool
    ) -> Bool {
        if !isFullText || passage.type == .title || passage.type == .abstract { return documentInTumorSetting() }
        return claims.isTumorDocument(passage.text, mentions: mentions, textStart: passage.offset)
    }

    /// Whether the title and abstract (or, without them, the first passages) are about tumors.
    private func isTumorDocument(_ article: Article, mentionsByPassage: [Int: [Mention]]) -> Bool {
        let passages = article.passages
        var chosen = passages.indices.filter { passages[$0].type == .title || passages[$0].type == .abstract }
        if chosen.isEmpty { chosen = Array(passages.indices.prefix(3)) }
        for index in chosen {
            let passage = passages[index]
            if claims.isTumorDocument(passage.text, mentions: mentionsByPassage[index] ?? [], textStart: passage.offset) {
                return true
            }
        }
        return false
    }
}
