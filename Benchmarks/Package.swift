// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Stage-by-stage benchmarks of crosscheck's similarity engine and fact extraction, in their own package so the main build stays fast.
///
/// The root package's identity is its folder name, which differs between clones: it is derived here.
let rootIdentity = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "crosscheck-benchmarks",
    dependencies: [.package(path: "../")],
    targets: [
        .executableTarget(
            name: "SimilarityBench",
            dependencies: [.product(name: "CrossCheckPipeline", package: rootIdentity)]),
        .executableTarget(
            name: "FactsBench",
            dependencies: [.product(name: "CrossCheckPipeline", package: rootIdentity)]),
    ]
)
