// swift-tools-version:6.1
import PackageDescription

// By default the compiler names a generic type such as [String: Int] by its mangled name, and the
// runtime makes it on first use by searching all of the static binary's ~7,900 protocol
// conformances for each requirement (String: Hashable), ~280,000 instructions a search. With this
// flag the compiler passes the conformances it already knows: `status` 31.0 M → 24.5 M instructions
// (docs/PERFORMANCE.md). Set on every target built here, the vendored packages included.
let knownConformances: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "buyin",
    defaultLocalization: "en",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "buyin", targets: ["buyin"]),
        .library(name: "BuyInKit", targets: ["BuyInKit"]),
    ],
    traits: [
        // The team store needs libpq, PostgreSQL's client library, which cannot go into a fully
        // static executable: the single-user install builds without it (--disable-default-traits).
        .trait(name: "TeamStore", description: "Work on a team's PostgreSQL server (needs libpq: Debian libpq-dev)."),
        .default(enabledTraits: ["TeamStore"]),
    ],
    dependencies: [
        // swift-argument-parser 1.8.2 with a shorter start-up (Vendor/swift-argument-parser/PATCHES.md).
        // Carried at one version: buyin reads the parser's wording to translate it.
        .package(path: "Vendor/swift-argument-parser"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // swift-mustache 2.1.1 with a linear parse and a faster render (Vendor/swift-mustache/PATCHES.md).
        .package(path: "Vendor/swift-mustache"),
        // Who influences whom: the shortest chain of people to the decision owner.
        .package(url: "https://github.com/davecom/SwiftGraph", from: "4.0.0"),
        // Lists as CSV for a spreadsheet: RFC 4180 quoting.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The pre-read as a Word document: OOXML is a ZIP of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // PostgreSQL's client library, for the team store: it reads connection strings, the PG*
        // variables, ~/.pgpass and sslmode as every PostgreSQL tool does.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(
            name: "BuyInKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftGraph", package: "SwiftGraph"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .target(name: "CLibPQ", condition: .when(traits: ["TeamStore"])),
            ],
            resources: [
                .process("../../Resources/en.lproj"),
                .process("../../Resources/fr.lproj"),
                .copy("../../Resources/templates"),
                .copy("../../Resources/demo"),
                .copy("../../Resources/fonts"),
            ],
            swiftSettings: knownConformances
        ),
        .executableTarget(
            name: "buyin",
            dependencies: [
                "BuyInKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: knownConformances
        ),
        // What both test suites share: scratch folders, the source tree, file modes.
        .target(
            name: "BuyInTestSupport",
            path: "Tests/BuyInTestSupport"
        ),
        .testTarget(
            name: "BuyInKitTests",
            dependencies: ["BuyInKit", "BuyInTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Mustache", package: "swift-mustache")],
            // Expected pre-reads, read by path from the source tree, not bundled.
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "BuyInEndToEndTests",
            dependencies: ["BuyInKit", "BuyInTestSupport"],
            // Expected outputs, read by path from the source tree, not bundled.
            exclude: ["Snapshots"]
        ),
    ],
    // Swift 6 language mode: the compiler checks that nothing shared between threads is unguarded.
    swiftLanguageModes: [.v6]
)
