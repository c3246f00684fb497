import MigrationConfig

/// Every rule one subtask (one task on one source) applies, compiled from the task file (and
/// the source file's own `filters`, which DM applies to every task of the source).
public struct SubtaskRules: Sendable {
    public let sourceID: String
    /// Nil when the instance names no list: every table is replicated (system schemas aside).
    public let blockAllowList: BlockAllowList?
    public let router: TableRouter
    public let eventFilter: BinlogEventFilter
    public let columnMapper: ColumnMapper
    /// Validated expressions; the sync unit prepares it per table with the table's columns.
    public let expressionFilter: ExpressionFilter

    /// Compiles the rules of `task.mysqlInstances[instanceIndex]`. Errors name the key path of
    /// the rule that failed, so `dm config check` can place them in the file.
    public init(task: TaskConfig, instanceIndex: Int, source: SourceConfig? = nil) throws(SubtaskRulesError) {
        let instance = task.mysqlInstances[instanceIndex]
        let instancePath = ConfigPath().appending("mysql-instances").appending(index: instanceIndex)
        let caseSensitive = task.caseSensitive
        self.sourceID = instance.sourceID

        let listName = instance.blockAllowListName
        if listName.isEmpty {
            self.blockAllowList = nil
        } else {
            let section = task.blockAllowList.isEmpty && !task.blackWhiteList.isEmpty ? "black-white-list" : "block-allow-list"
            guard let config = task.blockAllowListRules[listName] else {
                throw SubtaskRulesError(path: instancePath.appending(section), message: "no \(section) rule named '\(listName)'")
            }
            self.blockAllowList = try Self.compile(at: ConfigPath().appending(section).appending(listName)) {
                try BlockAllowList(config, caseSensitive: caseSensitive)
            }
        }

        let routes = try Self.named(instance.routeRules, in: task.routes, section: "routes", key: "route-rules", at: instancePath)
        for (name, rule) in routes {
            _ = try Self.compile(at: ConfigPath().appending("routes").appending(name)) {
                try TableRouter(rules: [rule], caseSensitive: caseSensitive, ruleNames: [name])
            }
        }
        self.router = try Self.compile(at: instancePath.appending("route-rules")) {
            try TableRouter(rules: routes.map(\.1), caseSensitive: caseSensitive, ruleNames: routes.map(\.0))
        }

        var filters = try Self.named(instance.filterRules, in: task.filters, section: "filters", key: "filter-rules", at: instancePath)
        for (name, rule) in filters {
            _ = try Self.compile(at: ConfigPath().appending("filters").appending(name)) {
                try BinlogEventFilter(rules: [rule], caseSensitive: caseSensitive, ruleNames: [name])
            }
        }
        // The source file's filters come first: they hold for every task of the source.
        filters = (source?.filters ?? []).enumerated().map { ("source filters[\($0.offset)]", $0.element) } + filters
        self.eventFilter = try Self.compile(at: instancePath.appending("filter-rules")) {
            try BinlogEventFilter(rules: filters.map(\.1), caseSensitive: caseSensitive, ruleNames: filters.map(\.0))
        }

        let mappings = try Self.named(
            instance.columnMappingRules, in: task.columnMappings, section: "column-mappings", key: "column-mapping-rules", at: instancePath)
        for (name, rule) in mappings {
            _ = try Self.compile(at: ConfigPath().appending("column-mappings").appending(name)) {
                try ColumnMapper(rules: [rule], caseSensitive: caseSensitive, ruleNames: [name])
            }
        }
        self.columnMapper = try Self.compile(at: instancePath.appending("column-mapping-rules")) {
            try ColumnMapper(rules: mappings.map(\.1), caseSensitive: caseSensitive, ruleNames: mappings.map(\.0))
        }

        let expressions = try Self.named(
            instance.expressionFilters, in: task.expressionFilter, section: "expression-filter", key: "expression-filters", at: instancePath)
        for (name, rule) in expressions {
            _ = try Self.compile(at: ConfigPath().appending("expression-filter").appending(name)) {
                try ExpressionFilter(rules: [name: rule])
            }
        }
        let rules = Dictionary(expressions, uniquingKeysWith: { first, _ in first })
        self.expressionFilter = try Self.compile(at: instancePath.appending("expression-filters")) { try ExpressionFilter(rules: rules) }
    }

    /// The rules `names` refers to, in the order named.
    private static func named<Rule>(
        _ names: [String], in section: [String: Rule], section sectionName: String, key: String, at path: ConfigPath
    ) throws(SubtaskRulesError) -> [(String, Rule)] {
        var rules: [(String, Rule)] = []
        for (index, name) in names.enumerated() {
            guard let rule = section[name] else {
                throw SubtaskRulesError(path: path.appending(key).appending(index: index), message: "no \(sectionName) rule named '\(name)'")
            }
            rules.append((name, rule))
        }
        return rules
    }

    private static func compile<T>(at path: ConfigPath, _ build: () throws -> T) throws(SubtaskRulesError) -> T {
        do {
            return try build()
        } catch {
            throw SubtaskRulesError(path: path, message: String(describing: error))
        }
    }
}

/// A rule that cannot be compiled, with the config key it came from.
public struct SubtaskRulesError: Error, Sendable, CustomStringConvertible {
    public var path: ConfigPath
    public var message: String

    public var description: String { "\(self.path): \(self.message)" }
}
