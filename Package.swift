// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "cytolens",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CytoLens", targets: ["CytoLens"]),
        .executable(name: "cytolens", targets: ["cytolens"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libxml2 and zlib headers through a hand-written module map; nothing is compiled here.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"]), .brew(["libxml2"])]
        ),
        // The only target that imports CLibXML2: bytes in, Swift values out.
        .target(
            name: "ArticleXML",
            dependencies: ["CLibXML2"]
        ),
        // The library: ingest -> text -> mentions -> claims -> graph -> export.
        .target(
            name: "CytoLens",
            dependencies: ["ArticleXML"]
        ),
        // glibc's <malloc.h> (mallopt) for the CLI's allocator policy; nothing is compiled here.
        .systemLibrary(name: "CMalloc"),
        // The command-line tool: argument parsing, file walking, output. Thin.
        .executableTarget(
            name: "cytolens",
            dependencies: [
                "CytoLens",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets for every reader and the tag pipeline (scripts/fuzz.sh builds them with
        // -DFUZZING); a plain build gives a tool that replays saved inputs through the same code.
        .executableTarget(
            name: "cytolens-fuzz",
            dependencies: ["CytoLens"]
        ),
        .testTarget(
            name: "ArticleXMLTests",
            dependencies: ["ArticleXML"]
        ),
        .testTarget(
            name: "CytoLensTests",
            // cytolens is listed so that `swift test` builds the binary for the end-to-end tests.
            dependencies: ["CytoLens", "cytolens"],
            // Inputs read by path (fuzz regressions), not bundled as resources.
            exclude: ["Fixtures"]
        ),
    ]
)
