import Foundation
import MigrationConfig
import Testing

@testable import ReplicationCore

@Suite struct ConfigCheckTests {
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Check
        .deletingLastPathComponent()  // Tests/ReplicationCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .appendingPathComponent("../shared/fixtures/dm-config")
        .standardizedFileURL

    static func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dm-check-\(UInt64.random(in: 0...UInt64.max)).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func dmExampleFilesPassEachAlone() {
        for name in ["dm-example-task.yaml", "dm-example-task-all-keys.yaml", "dm-example-source.yaml", "dm-example-source-all-keys.yaml"] {
            let check = ConfigCheck.run(files: [Self.fixture(name)], secrets: nil)
            #expect(!check.hasErrors, "\(name): \(check.lines(includeNotices: true))")
        }
    }

    @Test func taskNamingASourceNotGivenIsAnError() {
        let check = ConfigCheck.run(
            files: [Self.fixture("dm-example-task-all-keys.yaml"), Self.fixture("dm-example-source-all-keys.yaml")], secrets: nil)
        let errors = check.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("dm-example-task-all-keys.yaml:45:3:") == true)
        #expect(errors.first?.hasSuffix("mysql-instances[1].source-id: source 'mysql-replica-02' is not among the source files given (mysql-replica-01)") == true)
    }

    @Test func everyFileIsCheckedAndEveryErrorPrinted() throws {
        let bad = try Self.temporaryFile("name: t\ntask-mode: ful\n")
        let worse = try Self.temporaryFile("source-id: s\nfrom: {host: h, user: u, port: x}\n")
        defer {
            try? FileManager.default.removeItem(atPath: bad)
            try? FileManager.default.removeItem(atPath: worse)
        }
        let check = ConfigCheck.run(files: [bad, worse, "/nonexistent/task.yaml"], secrets: nil)
        #expect(check.hasErrors)
        let lines = check.lines(includeNotices: false)
        #expect(lines.contains { $0.hasPrefix("\(bad):2:12: error: task-mode:") })
        #expect(lines.contains { $0.hasPrefix("\(bad):1:1: error: target-database: missing required key") })
        #expect(lines.contains { $0.hasPrefix("\(worse):2:32: error: from.port: expected an integer") })
        #expect(lines.contains("/nonexistent/task.yaml: error: cannot read the file"))
        #expect(lines.last == "5 errors, 0 notices")
    }

    @Test func ruleErrorsFoundByTheEnginesArePlacedAtTheRule() throws {
        // The router refuses an extract regexp that starts with `~` (DM forbids it); the check
        // places the error at the rule.
        let yaml = """
            name: t
            task-mode: all
            target-database: {host: h, user: u}
            mysql-instances:
              - source-id: s1
                route-rules: [r1]
            routes:
              r1:
                schema-pattern: a
                table-pattern: t
                target-schema: b
                extract-table:
                  table-regexp: "~t(.*)"
                  target-column: c

            """
        let file = try Self.temporaryFile(yaml)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let errors = ConfigCheck.run(files: [file], secrets: nil).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first.map { $0.line == 8 && $0.path.description == "routes.r1" } == true, "\(errors)")
    }

    @Test func unsupportedExpressionFunctionIsPlacedAtTheRule() throws {
        let yaml = """
            name: t
            task-mode: all
            target-database: {host: h, user: u}
            mysql-instances:
              - source-id: s1
                expression-filters: [even]
            expression-filter:
              even:
                schema: db
                table: t
                insert-value-expr: "soundex(c) = 'x'"

            """
        let file = try Self.temporaryFile(yaml)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let errors = ConfigCheck.run(files: [file], secrets: nil).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.line == 8 && error.path.description == "expression-filter.even", "\(error)")
        #expect(error.message.contains("SOUNDEX"), "\(error)")
    }
}
