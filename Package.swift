// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ResponseCodec",
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
        .executableTarget(name: "response-codec", dependencies: ["ResponseCodec"]),
        .testTarget(name: "ResponseCodecTests", dependencies: ["ResponseCodec"]),
        .testTarget(name: "ConformanceTests", dependencies: ["ResponseCodec"]),
    ],
    swiftLanguageModes: [.v6]
)
