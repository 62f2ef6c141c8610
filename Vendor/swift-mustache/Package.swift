// swift-tools-version:5.9
// swift-mustache 2.1.1 (https://github.com/hummingbird-project/swift-mustache), Apache 2.0, with
// the patches carried here: see PATCHES.md.

import PackageDescription

let package = Package(
    name: "swift-mustache",
    platforms: [.macOS(.v10_15), .iOS(.v13), .tvOS(.v13), .watchOS(.v6)],
    products: [
        .library(name: "Mustache", targets: ["Mustache"])
    ],
    dependencies: [],
    targets: [
        // buyin's patch 7: generic types made with the conformances the compiler knows (PATCHES.md).
        .target(
            name: "Mustache", dependencies: [],
            swiftSettings: [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]
        )
    ],
    swiftLanguageVersions: [.v5, .version("6")]
)
