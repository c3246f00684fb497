import SQLSyntax
import Yams

/// YAML shapes of the rule sections (`routes`, `filters`, `block-allow-list`, ...). The rule
/// values live in Rules/; the engines that apply them live in ReplicationCore.

extension BlockAllowListConfig: ConfigSection {
    public init() { self.init(doDBs: []) }

    static let fields: [ConfigField<BlockAllowListConfig>] = [
        ConfigField("do-dbs", \.doDBs, default: []),
        ConfigField("ignore-dbs", \.ignoreDBs, default: []),
        ConfigField("do-tables", \.doTables, default: []),
        ConfigField("ignore-tables", \.ignoreTables, default: []),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        for (key, names) in [("do-dbs", self.doDBs), ("ignore-dbs", self.ignoreDBs)] {
            for (index, name) in names.enumerated() {
                PatternValidation.checkNamePattern(name, at: path.appending(key).appending(index: index), context: context)
            }
        }
        for (key, tables) in [("do-tables", self.doTables), ("ignore-tables", self.ignoreTables)] {
            for (index, table) in tables.enumerated() {
                let itemPath = path.appending(key).appending(index: index)
                PatternValidation.checkNamePattern(table.dbName, at: itemPath.appending("db-name"), context: context)
                PatternValidation.checkNamePattern(table.tableName, at: itemPath.appending("tbl-name"), context: context)
            }
        }
    }
}

extension TableNamePattern: ConfigSection {
    public init() { self.init(dbName: "", tableName: "") }

    static let fields: [ConfigField<TableNamePattern>] = [
        ConfigField("db-name", \.dbName, default: "", required: true),
        ConfigField("tbl-name", \.tableName, default: "", required: true),
    ]
}

extension RouteRuleConfig: ConfigSection {
    public init() { self.init(schemaPattern: "") }

    static let fields: [ConfigField<RouteRuleConfig>] = [
        ConfigField("schema-pattern", \.schemaPattern, default: "", required: true),
        ConfigField("table-pattern", \.tablePattern, default: ""),
        ConfigField("target-schema", \.targetSchema, default: ""),
        ConfigField("target-table", \.targetTable, default: ""),
        ExtractColumn.field("extract-table", regexpKey: "table-regexp", \.extractTable),
        ExtractColumn.field("extract-schema", regexpKey: "schema-regexp", \.extractSchema),
        ExtractColumn.field("extract-source", regexpKey: "source-regexp", \.extractSource),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        PatternValidation.checkWildcard(self.schemaPattern, at: path.appending("schema-pattern"), context: context)
        PatternValidation.checkWildcard(self.tablePattern, at: path.appending("table-pattern"), context: context)
        for (key, extract) in [("extract-table", self.extractTable), ("extract-schema", self.extractSchema), ("extract-source", self.extractSource)] {
            guard let extract else { continue }
            PatternValidation.checkRegex(extract.regexp, at: path.appending(key), context: context)
            if extract.targetColumn.isEmpty {
                context.error("target-column must not be empty", at: path.appending(key))
            }
        }
    }
}

/// The three extract-* sections differ only in the name of their regexp key.
extension RouteRuleConfig.ExtractColumn {
    static func field(
        _ key: String, regexpKey: String, _ keyPath: WritableKeyPath<RouteRuleConfig, RouteRuleConfig.ExtractColumn?>
    ) -> ConfigField<RouteRuleConfig> {
        ConfigField(
            key: key,
            decode: { root, node, path, context in
                root[keyPath: keyPath] = Self.decode(node, regexpKey: regexpKey, at: path, context: context)
            },
            encode: { root, _ in
                guard let value = root[keyPath: keyPath] else { return Node.scalar(.init("null", Tag(.null), .plain)) }
                return Node.mapping(
                    .init([(.plainString(regexpKey), .plainString(value.regexp)), (.plainString("target-column"), .plainString(value.targetColumn))]))
            },
            isDefault: { $0[keyPath: keyPath] == nil }
        )
    }

    private static func decode(_ node: Node, regexpKey: String, at path: ConfigPath, context: DecodeContext) -> RouteRuleConfig.ExtractColumn? {
        guard case .mapping(let mapping) = node else {
            context.error("expected a mapping with \(regexpKey) and target-column, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        var value = RouteRuleConfig.ExtractColumn(regexp: "", targetColumn: "")
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let keyPath = path.appending(key)
            context.record(keyPath, at: keyNode.mark)
            switch key {
            case regexpKey: value.regexp = String.decode(valueNode, at: keyPath, context: context) ?? ""
            case "target-column": value.targetColumn = String.decode(valueNode, at: keyPath, context: context) ?? ""
            default:
                let nearest = NearestKey.suggestion(for: key, among: [regexpKey, "target-column"])
                let hint = nearest.map { "; did you mean '\($0)'?" } ?? "; valid keys here: \(regexpKey), target-column"
                context.error("unknown key '\(key)'" + hint, at: keyPath, mark: keyNode.mark)
            }
        }
        if value.regexp.isEmpty { context.error("missing required key '\(regexpKey)'", at: path.appending(regexpKey), mark: node.mark) }
        return value
    }
}

extension EventFilterRuleConfig: ConfigSection {
    public init() { self.init(schemaPattern: "", action: .do) }

    static let fields: [ConfigField<EventFilterRuleConfig>] = [
        ConfigField("schema-pattern", \.schemaPattern, default: "", required: true),
        ConfigField("table-pattern", \.tablePattern, default: ""),
        ConfigField("events", \.events, default: []),
        ConfigField("sql-pattern", \.sqlPattern, default: []),
        ConfigField("action", \.action, default: .do, required: true),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        PatternValidation.checkWildcard(self.schemaPattern, at: path.appending("schema-pattern"), context: context)
        PatternValidation.checkWildcard(self.tablePattern, at: path.appending("table-pattern"), context: context)
        for (index, pattern) in self.sqlPattern.enumerated() {
            PatternValidation.checkRegex(pattern, at: path.appending("sql-pattern").appending(index: index), context: context)
        }
    }
}

extension FilterAction: ConfigEnum {}
extension FilterEventType: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> FilterEventType? {
        guard let text = String.decode(node, at: path, context: context) else { return nil }
        if let value = FilterEventType(parsing: text) { return value }
        var message = "unknown event type '\(text)'"
        if let nearest = NearestKey.suggestion(for: text, among: Self.allCases.map(\.rawValue)) {
            message += "; did you mean '\(nearest)'?"
        } else {
            message += "; see DM's binlog event filter for the names (e.g. all dml, insert, drop table)"
        }
        context.error(message, at: path, mark: node.mark)
        return nil
    }

    func encode(_ options: ExportOptions) -> Node { .plainString(self.rawValue) }
}
extension ColumnMappingExpression: ConfigEnum {}

extension ColumnMappingRuleConfig: ConfigSection {
    public init() { self.init(schemaPattern: "", targetColumn: "", expression: .partitionID) }

    static let fields: [ConfigField<ColumnMappingRuleConfig>] = [
        ConfigField("schema-pattern", \.schemaPattern, default: "", required: true),
        ConfigField("table-pattern", \.tablePattern, default: ""),
        ConfigField("source-column", \.sourceColumn, default: ""),
        ConfigField("target-column", \.targetColumn, default: "", required: true),
        ConfigField("expression", \.expression, default: .partitionID, required: true),
        ConfigField("arguments", \.arguments, default: []),
        ConfigField("create-table-query", \.createTableQuery, default: "", support: .deprecated("not used")),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        PatternValidation.checkWildcard(self.schemaPattern, at: path.appending("schema-pattern"), context: context)
        PatternValidation.checkWildcard(self.tablePattern, at: path.appending("table-pattern"), context: context)
        switch self.expression {
        case .partitionID:
            if self.arguments.count < 3 || self.arguments.count > 4 {
                context.error(
                    "partition id takes 3 or 4 arguments [instance_id, schema prefix, table prefix, separator], got \(self.arguments.count)",
                    at: path.appending("arguments"))
            } else if !self.arguments[0].isEmpty, UInt8(self.arguments[0]).map({ $0 < 16 }) != true {
                context.error("instance_id must be a number from 0 to 15, got '\(self.arguments[0])'", at: path.appending("arguments").appending(index: 0))
            }
        case .addPrefix, .addSuffix:
            if self.arguments.count != 1 {
                context.error("\(self.expression.rawValue) takes exactly 1 argument, got \(self.arguments.count)", at: path.appending("arguments"))
            }
        }
    }
}

extension ExpressionFilterConfig: ConfigSection {
    public init() { self.init(schema: "", table: "") }

    static let fields: [ConfigField<ExpressionFilterConfig>] = [
        ConfigField("schema", \.schema, default: "", required: true),
        ConfigField("table", \.table, default: "", required: true),
        ConfigField("insert-value-expr", \.insertValueExpr, default: ""),
        ConfigField("update-old-value-expr", \.updateOldValueExpr, default: ""),
        ConfigField("update-new-value-expr", \.updateNewValueExpr, default: ""),
        ConfigField("delete-value-expr", \.deleteValueExpr, default: ""),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        let expressions = [
            ("insert-value-expr", self.insertValueExpr), ("update-old-value-expr", self.updateOldValueExpr),
            ("update-new-value-expr", self.updateNewValueExpr), ("delete-value-expr", self.deleteValueExpr),
        ]
        if expressions.allSatisfy(\.1.isEmpty) {
            context.error("set at least one of insert-value-expr, update-old-value-expr, update-new-value-expr, delete-value-expr", at: path)
        }
        for (key, text) in expressions where !text.isEmpty {
            do {
                _ = try SQLParser.parseExpression(text)
            } catch let error as SQLSyntaxError {
                let near = error.near.isEmpty ? "" : " near '\(error.near)'"
                context.error("bad expression at column \(error.column): \(error.reason)\(near)", at: path.appending(key))
            } catch {
                context.error("bad expression: \(error)", at: path.appending(key))
            }
        }
    }
}
