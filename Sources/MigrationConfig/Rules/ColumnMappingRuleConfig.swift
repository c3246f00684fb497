/// One `column-mappings` entry.
public struct ColumnMappingRuleConfig: Sendable, Hashable {
    public var schemaPattern: String
    public var tablePattern: String
    public var sourceColumn: String
    public var targetColumn: String
    public var expression: ColumnMappingExpression
    public var arguments: [String]
    public var createTableQuery: String

    public init(
        schemaPattern: String, tablePattern: String = "", sourceColumn: String = "", targetColumn: String,
        expression: ColumnMappingExpression, arguments: [String] = [], createTableQuery: String = ""
    ) {
        self.schemaPattern = schemaPattern
        self.tablePattern = tablePattern
        self.sourceColumn = sourceColumn
        self.targetColumn = targetColumn
        self.expression = expression
        self.arguments = arguments
        self.createTableQuery = createTableQuery
    }
}

/// `expression` of a column mapping rule, spelled as DM spells it.
public enum ColumnMappingExpression: String, Sendable, Hashable, CaseIterable {
    case addPrefix = "add prefix"
    case addSuffix = "add suffix"
    case partitionID = "partition id"
}
