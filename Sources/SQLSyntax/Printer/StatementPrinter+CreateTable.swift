/// CREATE TABLE, column definitions and data types.
extension StatementPrinter {
    func createTable(_ create: CreateTable) -> String {
        let head = words(
            "CREATE", create.orReplace ? "OR REPLACE" : nil, create.temporary ? "TEMPORARY" : nil, "TABLE",
            create.ifNotExists ? "IF NOT EXISTS" : nil, SQLPrinter.quoteTableName(create.name))
        switch create.body {
        case .like(let source):
            return head + " LIKE " + SQLPrinter.quoteTableName(source)
        case .definition(let definition):
            let elements = definition.columns.map(columnDefinition) + definition.constraints.map { constraint($0) }
            return words(
                head, elements.isEmpty ? nil : "(" + elements.joined(separator: ", ") + ")", tableOptions(definition.options),
                definition.partitioning, definition.asSelect)
        }
    }

    func columnDefinition(_ column: ColumnDefinition) -> String {
        words(
            identifier(column.name), dataType(column.type),
            column.attributes.isEmpty ? nil : column.attributes.map(columnAttribute).joined(separator: " "))
    }

    func dataType(_ type: SQLDataType) -> String {
        var text = type.national && !type.name.hasPrefix("N") ? "NATIONAL " + type.name : type.name
        if !type.values.isEmpty {
            text += "(" + type.values.map(string).joined(separator: ",") + ")"
        } else if !type.length.isEmpty {
            text += "(" + type.length.joined(separator: ",") + ")"
        }
        return words(
            text, type.unsigned ? "UNSIGNED" : nil, type.signed ? "SIGNED" : nil, type.zerofill ? "ZEROFILL" : nil,
            type.charset.map { "CHARACTER SET " + charsetName($0) }, type.binary ? "BINARY" : nil,
            type.collation.map { "COLLATE " + charsetName($0) })
    }

    func columnAttribute(_ attribute: ColumnAttribute) -> String {
        switch attribute {
        case .null: "NULL"
        case .notNull: "NOT NULL"
        case .default(let value): "DEFAULT " + defaultValue(value)
        case .onUpdate(let value): "ON UPDATE " + expressions.expression(value, atLeast: .primary)
        case .autoIncrement: "AUTO_INCREMENT"
        case .unique: "UNIQUE"
        case .primaryKey: "PRIMARY KEY"
        case .comment(let text): "COMMENT " + string(text)
        case .collate(let name): "COLLATE " + charsetName(name)
        case .charset(let name): "CHARACTER SET " + charsetName(name)
        case .columnFormat(let value): "COLUMN_FORMAT " + value
        case .storage(let value): "STORAGE " + value
        case .generated(let value, let stored):
            "GENERATED ALWAYS AS (" + expressions.expression(value) + ")" + (stored ? " STORED" : " VIRTUAL")
        case .invisible: "INVISIBLE"
        case .visible: "VISIBLE"
        case .check(let name, let condition):
            words(name.map { "CONSTRAINT " + identifier($0) }, "CHECK (" + expressions.expression(condition) + ")")
        case .references(let reference): self.reference(reference)
        case .srid(let srid): "SRID \(srid)"
        case .compressed: "COMPRESSED"
        case .other(let text): text
        }
    }

    /// A literal (a signed number included) bare, and in a column definition also a
    /// CURRENT_TIMESTAMP-style function, which every version accepts there; any other value as
    /// `(expr)` (ALTER COLUMN ... SET DEFAULT takes only literals bare).
    func defaultValue(_ value: SQLExpression, functionsBare: Bool = true) -> String {
        switch value {
        case .literal:
            return expressions.expression(value)
        case .unary(let sign, .literal) where sign == .negate || sign == .plus:
            return expressions.expression(value)
        case .function(let name, let arguments)
        where functionsBare && ["CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP"].contains(name) && arguments.count <= 1:
            return expressions.expression(value)
        default:
            return "(" + expressions.expression(value) + ")"
        }
    }
}
