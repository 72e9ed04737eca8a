// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ResponseCodec",
    // The oldest releases the library builds for. Newer standard-library API is used behind
    // `#if compiler(>=6.2)` and `if #available`, with a fallback; scripts/check-availability.sh
    // checks each platform with the compiler.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "ResponseCodec", targets: ["ResponseCodec"]),
        .executable(name: "response-codec", targets: ["response-codec"]),
    ],
    targets: [
        .target(
            name: "ResponseCodec",
            // Double.rounded and friends call libm, which Foundation would otherwise bring along.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // The golden corpus's reader and the cross-runtime runner, shared by the CLI and the tests.
        .target(name: "ResponseConformance", dependencies: ["ResponseCodec"]),
        .executableTarget(name: "response-codec", dependencies: ["ResponseCodec", "ResponseConformance"]),
        .executableTarget(name: "response-codec-bench", dependencies: ["ResponseCodec"]),
        .testTarget(name: "ResponseCodecTests", dependencies: ["ResponseCodec"]),
        .testTarget(name: "ConformanceTests", dependencies: ["ResponseCodec", "ResponseConformance"]),
    ],
    swiftLanguageModes: [.v6]
)
