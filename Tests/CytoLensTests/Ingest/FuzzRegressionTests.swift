import CytoLens
import Foundation
import Testing

/// Inputs that once crashed a reader or broke an invariant (found by `scripts/fuzz.sh` or by
/// hand), replayed as the fuzz target replays them: read with the target's reader (or detected,
/// for `tag`), annotated, written as a JSON line, with the fuzz target's invariants checked.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// One saved input under `Tests/CytoLensTests/Fixtures/fuzz-regressions/TARGET/NAME` and what
    /// reading it must give now: `articles: N` or `error: MESSAGE` (the error's description
    /// without the source).
    struct Regression: Sendable, CustomTestStringConvertible {
        var target: String
        var name: String
        var outcome: String
        var testDescription: String { "\(target)/\(name)" }
    }

    static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/CytoLensTests/Fixtures/fuzz-regressions")

    static let regressions: [Regression] = [
        // `<offset>` near Int.max: the passage end overflowed (arithmetic overflow trap).
        Regression(
            target: "bioc", name: "passage-offset-overflow.xml",
            outcome: "error: 1:0: <passage> offset 9223372036854775807 is larger than 2147483647"),
        // A `<location>` offset near Int.max: the annotation range overflowed.
        Regression(target: "bioc", name: "location-offset-overflow.xml", outcome: "articles: 1"),
    ]

    @Test("Every saved input is listed here with its outcome")
    func everyFixtureListed() throws {
        var saved: [String] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(target).path)
            saved += names.map { "\(target)/\($0)" }
        }
        #expect(saved.sorted() == Self.regressions.map(\.testDescription).sorted())
    }

    @Test("Replays without a crash and gives the recorded outcome", arguments: regressions)
    func replay(_ regression: Regression) throws {
        let file = Self.folder.appendingPathComponent(regression.target).appendingPathComponent(regression.name)
        let input = ArticleInput(source: regression.name, bytes: [UInt8](try Data(contentsOf: file)))
        let loader = ArticleLoader(format: regression.target == "tag" ? nil : InputFormat(rawValue: regression.target))
        let annotator = Annotator()
        var count = 0
        var outcome: String
        do {
            try loader.read(input) { article in
                count += 1
                let annotations = annotator.annotate(article)
                for sentence in annotations.sentences {
                    let passage = article.passages[sentence.passage]
                    #expect(passage.offset <= sentence.start && sentence.start <= sentence.end && sentence.end <= passage.end)
                }
                #expect(!AnnotationsJSON.line(annotations, layers: true).utf8.contains { $0 < 0x20 })
            }
            outcome = "articles: \(count)"
        } catch {
            outcome = "error: " + error.description.dropFirst(regression.name.count + 1).drop { $0 == " " }
        }
        if regression.target == "bioc" {
            // The gold-annotation reader parses the same offsets and must not trap either.
            _ = try? BioCReader().annotations(in: input)
        }
        #expect(outcome == regression.outcome)
    }
}
