// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "ReportLSP",
  products: [
    .executable(name: "report-lsp", targets: ["ReportLSP"]),
    .library(name: "Analysis", targets: ["Analysis"]),
  ],
  targets: [
    .target(name: "Analysis"),
    .executableTarget(name: "ReportLSP", dependencies: ["Analysis"]),
    // The benchmark (`swift build -c release --product report-bench`): not part of any product,
    // never run by `swift test`.
    .executableTarget(name: "report-bench", dependencies: ["Analysis"], path: "Sources/ReportBench"),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], exclude: ["Fixtures"]),
    .testTarget(name: "ReportLSPTests", dependencies: ["ReportLSP", "Analysis"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
