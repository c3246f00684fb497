/// ALTER TABLE specifications.
extension StatementPrinter {
    func alterTable(_ alter: AlterTable) -> String {
        var specifications = ""
        for specification in alter.specifications {
            let text = self.specification(specification)
            if !specifications.isEmpty { specifications += Self.followsWithoutComma(specification) ? " " : ", " }
            specifications += text
        }
        return words(
            "ALTER", alter.modifiers.joined(separator: " "), "TABLE", alter.ifExists ? "IF EXISTS" : nil,
            SQLPrinter.quoteTableName(alter.name), specifications)
    }

    /// `PARTITION BY` and `REMOVE PARTITIONING` come after the other specifications without a comma.
    private static func followsWithoutComma(_ specification: AlterSpecification) -> Bool {
        guard case .other(let text) = specification else { return false }
        let words = SQLByte.asciiUppercased(text).split(separator: " ").prefix(2)
        return words == ["PARTITION", "BY"] || words == ["REMOVE", "PARTITIONING"]
    }

    private func specification(_ specification: AlterSpecification) -> String {
        switch specification {
        case .addColumns(let columns, let position, let ifNotExists):
            let list =
                columns.count == 1
                ? columnDefinition(columns[0]) : "(" + columns.map(columnDefinition).joined(separator: ", ") + ")"
            return words("ADD COLUMN", ifNotExists ? "IF NOT EXISTS" : nil, list, self.position(position))
        case .dropColumn(let name, let ifExists):
            return words("DROP COLUMN", ifExists ? "IF EXISTS" : nil, identifier(name))
        case .modifyColumn(let column, let position, let ifExists):
            return words("MODIFY COLUMN", ifExists ? "IF EXISTS" : nil, columnDefinition(column), self.position(position))
        case .changeColumn(let old, let column, let position, let ifExists):
            return words(
                "CHANGE COLUMN", ifExists ? "IF EXISTS" : nil, identifier(old), columnDefinition(column), self.position(position))
        case .renameColumn(let old, let new):
            return "RENAME COLUMN " + identifier(old) + " TO " + identifier(new)
        case .alterColumnSetDefault(let name, let value):
            return "ALTER COLUMN " + identifier(name) + " SET DEFAULT " + defaultValue(value, functionsBare: false)
        case .alterColumnDropDefault(let name):
            return "ALTER COLUMN " + identifier(name) + " DROP DEFAULT"
        case .alterColumnVisibility(let name, let visible):
            return "ALTER COLUMN " + identifier(name) + (visible ? " SET VISIBLE" : " SET INVISIBLE")
        case .addConstraint(let constraint, let ifNotExists):
            return "ADD " + self.constraint(constraint, ifNotExists: ifNotExists)
        case .dropIndex(let name, let ifExists):
            return words("DROP INDEX", ifExists ? "IF EXISTS" : nil, identifier(name))
        case .dropPrimaryKey:
            return "DROP PRIMARY KEY"
        case .dropForeignKey(let name, let ifExists):
            return words("DROP FOREIGN KEY", ifExists ? "IF EXISTS" : nil, identifier(name))
        case .dropConstraint(let name, let ifExists):
            return words("DROP CONSTRAINT", ifExists ? "IF EXISTS" : nil, identifier(name))
        case .renameIndex(let old, let new):
            return "RENAME INDEX " + identifier(old) + " TO " + identifier(new)
        case .renameTable(let name):
            return "RENAME TO " + SQLPrinter.quoteTableName(name)
        case .convertCharset(let charset, let collation):
            return words("CONVERT TO CHARACTER SET", charsetName(charset), collation.map { "COLLATE " + charsetName($0) })
        case .options(let options):
            return tableOptions(options) ?? ""
        case .algorithm(let value):
            return "ALGORITHM=" + SQLPrinter.bareOrQuoted(value, quote: SQLPrinter.quoteIdentifier)
        case .lock(let value):
            return "LOCK=" + SQLPrinter.bareOrQuoted(value, quote: SQLPrinter.quoteIdentifier)
        case .force:
            return "FORCE"
        case .other(let text):
            return text
        }
    }

    private func position(_ position: ColumnPosition?) -> String? {
        switch position {
        case nil: nil
        case .first: "FIRST"
        case .after(let column): "AFTER " + identifier(column)
        }
    }
}
