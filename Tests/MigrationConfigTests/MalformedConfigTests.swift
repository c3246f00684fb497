import Testing

@testable import MigrationConfig

/// Each malformed file gives an error naming the file, line, column, key path and what was
/// expected. The full message is asserted, so a vaguer message fails the test.
@Suite struct MalformedConfigTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var kind: ConfigKind
        var yaml: String
        /// One of the errors must be exactly this line.
        var expected: String
        var testDescription: String { self.name }
    }

    static let minimalTask = """
        name: t
        task-mode: all
        target-database:
          host: 127.0.0.1
          user: root
        mysql-instances:
          - source-id: s1

        """

    static let cases: [Case] = [
        Case(
            name: "misspelt top-level key", kind: .task, yaml: minimalTask + "rotues: {}\n",
            expected: "f.yaml:8:1: error: rotues: unknown key 'rotues'; did you mean 'routes'?"),
        Case(
            name: "underscore for dash", kind: .task, yaml: minimalTask + "meta_schema: m\n",
            expected: "f.yaml:8:1: error: meta_schema: unknown key 'meta_schema'; did you mean 'meta-schema'?"),
        Case(
            name: "key far from every valid key", kind: .source, yaml: "source-id: s\nfrom: {host: h, user: u}\nzzz: 1\n",
            expected:
                "f.yaml:3:1: error: zzz: unknown key 'zzz'; valid keys here: enable, enable-gtid, auto-fix-gtid, relay-dir, meta-dir, flavor, charset, enable-relay, relay-binlog-name, relay-binlog-gtid, source-id, from, purge, checker, server-id, tracer, case-sensitive, filters"),
        Case(
            name: "expression filter that does not parse", kind: .task,
            yaml: minimalTask + "expression-filter:\n  e1:\n    schema: db\n    table: t\n    insert-value-expr: \"c % 2 = \"\n",
            expected: "f.yaml:12:5: error: expression-filter.e1.insert-value-expr: bad expression at column 9: unexpected end of input"),
        Case(
            name: "misspelt instance key", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - source-id: s1\n    route-rule: [a]\n"),
            expected: "f.yaml:8:5: error: mysql-instances[0].route-rule: unknown key 'route-rule'; did you mean 'route-rules'?"),
        Case(
            name: "wrong type: port is text", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  user: root\n", with: "  user: root\n  port: forty\n"),
            expected: "f.yaml:6:9: error: target-database.port: expected an integer, got 'forty'"),
        Case(
            name: "wrong type: list where a string is expected", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "name: t\n", with: "name: [a, b]\n"),
            expected: "f.yaml:1:7: error: name: expected a string, got a list"),
        Case(
            name: "wrong type: string where a list is expected", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - source-id: s1\n    route-rules: r1\n"),
            expected: "f.yaml:8:18: error: mysql-instances[0].route-rules: expected a list, got 'r1'"),
        Case(
            name: "bad enum value with suggestion", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "task-mode: all", with: "task-mode: ful"),
            expected: "f.yaml:2:12: error: task-mode: expected one of full, incremental, all, got 'ful'; did you mean 'full'?"),
        Case(
            name: "bad shard mode", kind: .task, yaml: minimalTask + "shard-mode: pessimist\n",
            expected: "f.yaml:8:13: error: shard-mode: expected one of \"\", pessimistic, optimistic, got 'pessimist'; did you mean 'pessimistic'?"),
        Case(
            name: "missing name", kind: .task, yaml: minimalTask.replacingOccurrences(of: "name: t\n", with: ""),
            expected: "f.yaml:1:1: error: name: missing required key 'name'"),
        Case(
            name: "missing target-database", kind: .task,
            yaml: "name: t\ntask-mode: all\nmysql-instances:\n  - source-id: s1\n",
            expected: "f.yaml:1:1: error: target-database: missing required key 'target-database'"),
        Case(
            name: "missing source-id in an instance", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - block-allow-list: \"\"\n"),
            expected: "f.yaml:7:5: error: mysql-instances[0].source-id: missing required key 'source-id'"),
        Case(
            name: "dangling route name", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - source-id: s1\n    route-rules: [r1, r3]\n")
                + "routes:\n  r1:\n    schema-pattern: a\n  r2:\n    schema-pattern: b\n",
            expected:
                "f.yaml:8:23: error: mysql-instances[0].route-rules[1]: route-rules names 'r3', which is not defined in 'routes'; did you mean 'r1'?"),
        Case(
            name: "dangling filter name, empty section", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - source-id: s1\n    filter-rules: [nofilter]\n"),
            expected:
                "f.yaml:8:20: error: mysql-instances[0].filter-rules[0]: filter-rules names 'nofilter', which is not defined in 'filters' (the section is empty)"),
        Case(
            name: "dangling block-allow-list name", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - source-id: s1\n    block-allow-list: ba\n")
                + "block-allow-list:\n  instance:\n    do-dbs: [a]\n",
            expected:
                "f.yaml:8:5: error: mysql-instances[0].block-allow-list: block-allow-list names 'ba', which is not defined in 'block-allow-list' (defined: instance)"),
        Case(
            name: "dangling syncer config name", kind: .task,
            yaml: minimalTask.replacingOccurrences(of: "  - source-id: s1\n", with: "  - source-id: s1\n    syncer-config-name: globl\n")
                + "syncers:\n  global:\n    batch: 10\n",
            expected:
                "f.yaml:8:5: error: mysql-instances[0].syncer-config-name: syncer-config-name names 'globl', which is not defined in 'syncers'; did you mean 'global'?"),
        Case(
            name: "unknown event type", kind: .task,
            yaml: minimalTask + "filters:\n  f1:\n    schema-pattern: a\n    events: [\"truncate tabel\"]\n    action: Ignore\n",
            expected: "f.yaml:11:14: error: filters.f1.events[0]: unknown event type 'truncate tabel'; did you mean 'truncate table'?"),
        Case(
            name: "unknown filter action", kind: .task,
            yaml: minimalTask + "filters:\n  f1:\n    schema-pattern: a\n    events: [all]\n    action: Skip\n",
            expected: "f.yaml:12:13: error: filters.f1.action: expected one of Do, Ignore, Error, got 'Skip'"),
        Case(
            name: "both config name and inline config", kind: .task,
            yaml: minimalTask.replacingOccurrences(
                of: "  - source-id: s1\n", with: "  - source-id: s1\n    loader-config-name: global\n    loader:\n      pool-size: 4\n")
                + "loaders:\n  global:\n    pool-size: 8\n",
            expected: "f.yaml:9:5: error: mysql-instances[0].loader: set only one of 'loader-config-name' and 'loader'"),
        Case(
            name: "duplicate source-id", kind: .task, yaml: minimalTask + "  - source-id: s1\n",
            expected: "f.yaml:8:5: error: mysql-instances[1].source-id: source-id 's1' is already used by mysql-instances[0]"),
        Case(
            name: "bad YAML indentation", kind: .task, yaml: "name: t\n  task-mode: all\n",
            expected: "f.yaml:2:12: error: invalid YAML: mapping values are not allowed in this context"),
        Case(
            name: "duplicate key", kind: .task, yaml: minimalTask + "name: u\n",
            expected: "f.yaml:1:1: error: invalid YAML: duplicate key 'name' in one mapping"),
        Case(
            name: "bad duration", kind: .source,
            yaml: "source-id: s\nfrom:\n  host: h\n  user: u\nchecker:\n  backoff-max: 5 minutes\n",
            expected: "f.yaml:6:16: error: checker.backoff-max: expected a duration such as 30s, 5m or 1h30m, got '5 minutes'"),
        Case(
            name: "port out of range", kind: .source, yaml: "source-id: s\nfrom:\n  host: h\n  user: u\n  port: 70000\n",
            expected: "f.yaml:5:3: error: from.port: port 70000 is out of range (1...65535)"),
        Case(
            name: "server-id out of range", kind: .source, yaml: "source-id: s\nserver-id: -1\nfrom:\n  host: h\n  user: u\n",
            expected: "f.yaml:2:12: error: server-id: -1 is out of range (0...4294967295)"),
        Case(
            name: "bad flavor", kind: .source, yaml: "source-id: s\nflavor: mariadb10\nfrom:\n  host: h\n  user: u\n",
            expected: "f.yaml:2:9: error: flavor: expected one of \"\", mysql, mariadb, got 'mariadb10'; did you mean 'mariadb'?"),
        Case(
            name: "source missing from", kind: .source, yaml: "source-id: s\n",
            expected: "f.yaml:1:1: error: from: missing required key 'from'"),
        Case(
            name: "bad checking item", kind: .task, yaml: minimalTask + "ignore-checking-items: [\"binlog_fmt\"]\n",
            expected: "f.yaml:8:25: error: ignore-checking-items[0]: unknown checking item 'binlog_fmt'; did you mean 'binlog_format'?"),
        Case(
            name: "partition id with wrong argument count", kind: .task,
            yaml: minimalTask
                + "column-mappings:\n  cm:\n    schema-pattern: a\n    target-column: id\n    expression: partition id\n    arguments: [\"1\"]\n",
            expected:
                "f.yaml:13:5: error: column-mappings.cm.arguments: partition id takes 3 or 4 arguments [instance_id, schema prefix, table prefix, separator], got 1"),
    ]

    @Test(arguments: cases.filter { !$0.expected.isEmpty })
    func malformedConfigGivesClearError(_ testCase: Case) {
        let messages = Self.errors(testCase)
        #expect(messages.contains(testCase.expected), "got:\n\(messages.joined(separator: "\n"))")
    }

    /// Pattern errors come from the regex and wildcard compilers; their wording is theirs, the
    /// place is ours.
    static let patternCases: [(name: String, yaml: String, prefix: String, mentions: String)] = [
        ("bad regex in block-allow-list", minimalTask + "block-allow-list:\n  ba:\n    do-dbs: [\"~^test(\"]\n",
         "f.yaml:10:14: error: block-allow-list.ba.do-dbs[0]: bad regular expression '^test('", ""),
        ("bad sql-pattern", minimalTask + "filters:\n  f1:\n    schema-pattern: a\n    sql-pattern: [\"[unclosed\"]\n    action: Ignore\n",
         "f.yaml:11:19: error: filters.f1.sql-pattern[0]: bad regular expression '[unclosed'", ""),
        ("star not at the end", minimalTask + "routes:\n  r1:\n    schema-pattern: \"a*b\"\n    target-schema: x\n",
         "f.yaml:10:5: error: routes.r1.schema-pattern: bad wildcard pattern 'a*b'", ""),
    ]

    @Test func patternErrorsArePlaced() {
        for testCase in Self.patternCases {
            let messages = Self.errors(Case(name: testCase.name, kind: .task, yaml: testCase.yaml, expected: ""))
            #expect(messages.contains { $0.hasPrefix(testCase.prefix) }, "\(testCase.name): got:\n\(messages.joined(separator: "\n"))")
        }
    }

    @Test func allErrorsOfAFileAreReportedTogether() {
        let yaml = Self.minimalTask.replacingOccurrences(of: "task-mode: all", with: "task-mode: ful") + "rotues: {}\nshard-mode: x\n"
        #expect(Self.errors(Case(name: "", kind: .task, yaml: yaml, expected: "")).count == 3)
    }

    static func errors(_ testCase: Case) -> [String] {
        do {
            switch testCase.kind {
            case .task: _ = try ConfigLoader.loadTask(yaml: testCase.yaml, file: "f.yaml")
            case .source: _ = try ConfigLoader.loadSource(yaml: testCase.yaml, file: "f.yaml")
            }
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
