// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "ResponseCodec",
    // The releases whose standard library has what the library uses: OutputSpan, Span and
    // UTF8Span (Swift 6.2, the 26 releases). A fallback for older ones cost decoding up to 43%
    // more instructions (strings validated twice), over issue #15's budget, so there is none;
    // scripts/check-availability.sh checks each platform with the compiler.
    platforms: [.macOS(.v26), .iOS(.v26), .tvOS(.v26), .watchOS(.v26), .visionOS(.v26)],
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
