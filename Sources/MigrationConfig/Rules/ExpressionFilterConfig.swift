/// One `expression-filter` entry: rows of `schema`.`table` for which an expression is true are
/// skipped. Empty strings mean "not set".
public struct ExpressionFilterConfig: Sendable, Hashable {
    public var schema: String
    public var table: String
    public var insertValueExpr: String
    public var updateOldValueExpr: String
    public var updateNewValueExpr: String
    public var deleteValueExpr: String

    public init(
        schema: String, table: String, insertValueExpr: String = "", updateOldValueExpr: String = "", updateNewValueExpr: String = "",
        deleteValueExpr: String = ""
    ) {
        self.schema = schema
        self.table = table
        self.insertValueExpr = insertValueExpr
        self.updateOldValueExpr = updateOldValueExpr
        self.updateNewValueExpr = updateNewValueExpr
        self.deleteValueExpr = deleteValueExpr
    }
}
