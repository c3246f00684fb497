import MariaDBHarness
import Testing

/// compareDatabases must be able to fail: two copies of the fixture compare equal, and small
/// changes to one copy are reported against the right table.
@Suite struct ComparisonSelfTests {
    @Test func oneChangedBlobByteIsReported() async throws {
        try await Self.withTwoCopies { server, original, copy in
            #expect(try await compareDatabases(source: server, sourceDatabase: original, target: server, targetDatabase: copy) == [])

            // Byte 500000 of the 1 MiB value is 0x1F (the value repeats 0x00...0xFF).
            try server.cli("UPDATE all_types SET c_mediumblob = INSERT(c_mediumblob, 500000, 1, X'AB') WHERE id = 8", database: copy)
            let differences = try await compareDatabases(source: server, sourceDatabase: original, target: server, targetDatabase: copy)
            #expect(!differences.isEmpty)
            #expect(differences.allSatisfy { $0.hasPrefix("`all_types`") }, "\(differences)")
            #expect(differences.contains { $0.contains("1 × 0") && $0.contains("0 × 1") }, "\(differences)")

            try server.cli("UPDATE all_types SET c_mediumblob = INSERT(c_mediumblob, 500000, 1, X'1F') WHERE id = 8", database: copy)
            #expect(try await compareDatabases(source: server, sourceDatabase: original, target: server, targetDatabase: copy) == [])
        }
    }

    /// no_key holds (3, 'dup') three times; the copy keeps two.
    @Test func oneMissingDuplicateIsReported() async throws {
        try await Self.withTwoCopies { server, original, copy in
            try server.cli("DELETE FROM no_key WHERE n = 3 LIMIT 1", database: copy)
            let differences = try await compareDatabases(source: server, sourceDatabase: original, target: server, targetDatabase: copy)
            #expect(differences.allSatisfy { $0.hasPrefix("`no_key`") }, "\(differences)")
            #expect(differences.contains { $0.contains("row count differs: source 20, target 19") }, "\(differences)")
            #expect(differences.contains { $0.contains("3 × 2") }, "\(differences)")
        }
    }

    /// A column definition change in a table without rows is still a difference.
    @Test func changedColumnDefinitionIsReported() async throws {
        try await Self.withTwoCopies { server, original, copy in
            try server.cli("ALTER TABLE empty_table MODIFY v VARCHAR(11) NULL", database: copy)
            let differences = try await compareDatabases(source: server, sourceDatabase: original, target: server, targetDatabase: copy)
            #expect(differences.count == 1, "\(differences)")
            #expect(differences.allSatisfy { $0.hasPrefix("`empty_table`: column #2") }, "\(differences)")
        }
    }

    /// The fixture in two scratch databases of the shared server, dropped afterwards.
    private static func withTwoCopies(
        _ body: (MariaDBServer, _ original: String, _ copy: String) async throws -> Void
    ) async throws {
        let server = try await MariaDBHarness.sharedServer()
        let original = try server.createScratchDatabase(prefix: "cmp")
        let copy = try server.createScratchDatabase(prefix: "cmp")
        defer { _ = try? server.cli("DROP DATABASE `\(original)`; DROP DATABASE `\(copy)`") }
        try EdgeValueFixture.install(on: server, database: original)
        try EdgeValueFixture.install(on: server, database: copy)
        try await body(server, original, copy)
    }
}
