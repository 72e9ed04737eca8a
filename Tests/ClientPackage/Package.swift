// swift-tools-version: 6.2
// A client of ResponseCodec, as an app that depends on it by path: it decodes one document from
// each byte form the library takes (issue #16, "Done when"). Not part of the root package's
// targets; scripts/check-client-package.sh builds and runs it.
import PackageDescription

let package = Package(
    name: "ClientPackage",
    // The root package's platforms.
    platforms: [.macOS(.v26), .iOS(.v26), .tvOS(.v26), .watchOS(.v26), .visionOS(.v26)],
    // The repository root. Its identity would be its directory's name, which differs between
    // clones and worktrees, so the dependency names it after its manifest.
    dependencies: [.package(name: "ResponseCodec", path: "../..")],
    targets: [
        .executableTarget(
            name: "client-package-check",
            dependencies: [.product(name: "ResponseCodec", package: "ResponseCodec")]
        )
    ],
    swiftLanguageModes: [.v6]
)
