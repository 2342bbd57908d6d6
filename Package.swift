// swift-tools-version: 6.0
import PackageDescription

/// crosscheck: find the news articles that cover the same event and show where their sources agree or differ.
///
/// The package is a thin executable over library modules, layered so that dependencies only point down:
/// `CrossCheckModel` ← `TextCore` ← `Similarity` / `Facts` ← `Comparison` ← `Reports`; `Ingest` (libxml2, zlib)
/// beside them; `Pipeline` ties the stages together and `crosscheck` only parses arguments and prints.
/// The text core, similarity and facts modules do not import Foundation: they work on Unicode scalars and bytes.
let package = Package(
    name: "crosscheck",
    products: [
        .executable(name: "crosscheck", targets: ["crosscheck"]),
        .library(name: "CrossCheckPipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CPrefetch"),
        .target(name: "CrossCheckModel"),
        .target(name: "TextCore", dependencies: ["CrossCheckModel"]),
        .target(name: "Similarity", dependencies: ["TextCore"]),
        .target(name: "Facts", dependencies: ["CrossCheckModel", "TextCore"]),
        .target(name: "Comparison", dependencies: ["CrossCheckModel", "Facts"]),
        .target(name: "Reports", dependencies: ["CrossCheckModel", "Facts", "Comparison"]),
        .target(name: "Ingest", dependencies: ["CrossCheckModel", "CLibXML2", "CZlib"]),
        .target(
            name: "Store", dependencies: ["CrossCheckModel", "CZlib", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "Pipeline",
            dependencies: [
                "CrossCheckModel", "TextCore", "Similarity", "Facts", "Comparison", "Reports", "Ingest", "CPrefetch",
            ]),
        .target(name: "Evaluation", dependencies: ["Pipeline", "Similarity", "TextCore", "CrossCheckModel"]),
        .target(
            name: "Nightly",
            dependencies: ["Pipeline", "Store", "CrossCheckModel", "TextCore", "Facts", "Reports"]),
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "Pipeline", "Evaluation", "Nightly", "Store", "Ingest", "Facts", "Comparison", "Reports",
                "CrossCheckModel", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "TextCoreTests", dependencies: ["TextCore", "TestSupport"]),
        .testTarget(name: "SimilarityTests", dependencies: ["Similarity", "TextCore", "TestSupport"]),
        .testTarget(name: "FactsTests", dependencies: ["Facts", "CrossCheckModel"]),
        .testTarget(name: "ComparisonTests", dependencies: ["Comparison", "Facts", "CrossCheckModel"]),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Comparison", "Facts", "CrossCheckModel", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "CrossCheckModel"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "StoreTests", dependencies: ["Store", "CrossCheckModel", "TestSupport"]),
        .testTarget(
            name: "NightlyTests",
            dependencies: ["Nightly", "Pipeline", "Store", "Reports", "Facts", "CrossCheckModel", "TestSupport"]),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "Reports", "Comparison", "Facts", "CrossCheckModel", "TextCore", "TestSupport"]),
    ]
)
