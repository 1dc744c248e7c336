import Analysis
import Testing

@testable import ReportLSP

@Suite struct SettingsTests {
  @Test func placeholder() { #expect(Settings.knownKeys.contains("severity")) }
}
