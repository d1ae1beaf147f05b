import ArgumentParser

/// The output formats of `cytolens graph` and `cytolens merge`.
enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    /// Graphviz DOT.
    case dot
    /// Node-link JSON (schema/cytolens-graph.schema.json).
    case json
    /// GraphML with typed keys.
    case graphml
    /// The mergeable sums, one JSON line; the input of `cytolens merge`.
    case partial

    // Spelled out as for `InputFormat`: no key path instantiated at start.
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
}

/// The image formats `--render` asks Graphviz for.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
    /// Scalable vector graphics.
    case svg
    /// A PNG bitmap.
    case png

    // Spelled out as for `InputFormat`: no key path instantiated at start.
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
}
