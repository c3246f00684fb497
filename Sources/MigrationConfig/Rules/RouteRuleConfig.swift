/// One `routes` entry: upstream schema/table wildcard patterns (`*`, `?`, `[...]`) and the target.
/// An empty `tablePattern` makes it a schema-level rule.
public struct RouteRuleConfig: Sendable, Hashable {
    public var schemaPattern: String
    public var tablePattern: String
    public var targetSchema: String
    public var targetTable: String
    /// Write part of the source table name into a target column.
    public var extractTable: ExtractColumn?
    /// Write part of the source schema name into a target column.
    public var extractSchema: ExtractColumn?
    /// Write part of the source id into a target column.
    public var extractSource: ExtractColumn?

    public init(
        schemaPattern: String, tablePattern: String = "", targetSchema: String = "", targetTable: String = "",
        extractTable: ExtractColumn? = nil, extractSchema: ExtractColumn? = nil, extractSource: ExtractColumn? = nil
    ) {
        self.schemaPattern = schemaPattern
        self.tablePattern = tablePattern
        self.targetSchema = targetSchema
        self.targetTable = targetTable
        self.extractTable = extractTable
        self.extractSchema = extractSchema
        self.extractSource = extractSource
    }

    /// `extract-table: {table-regexp, target-column}` and its schema/source siblings.
    public struct ExtractColumn: Sendable, Hashable {
        /// The regular expression (`table-regexp`, `schema-regexp` or `source-regexp`).
        public var regexp: String
        public var targetColumn: String

        public init(regexp: String, targetColumn: String) {
            self.regexp = regexp
            self.targetColumn = targetColumn
        }
    }
}
