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
    // Reads .docx files (ZIP, DEFLATE, WordprocessingML) into paragraphs and tables; knows nothing of reports.
    .target(name: "WordFile"),
    .executableTarget(name: "ReportLSP", dependencies: ["Analysis", "WordFile"]),
    // The benchmark (`swift build -c release --product report-bench`): not part of any product,
    // never run by `swift test`.
    .executableTarget(name: "report-bench", dependencies: ["Analysis"], path: "Sources/ReportBench"),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], exclude: ["Fixtures"]),
    .testTarget(name: "ReportLSPTests", dependencies: ["ReportLSP", "Analysis", "WordFile"], exclude: ["Fixtures"]),
    .testTarget(name: "WordFileTests", dependencies: ["WordFile"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
