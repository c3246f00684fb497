/// Table constraints, indexes and foreign key references.
extension StatementPrinter {
    /// A constraint; `ifNotExists` (ALTER TABLE ADD, MariaDB) goes after the index keywords,
    /// or after CONSTRAINT for CHECK.
    func constraint(_ constraint: TableConstraint, ifNotExists: Bool = false) -> String {
        let condition = ifNotExists ? "IF NOT EXISTS" : nil
        let symbol = constraint.symbol.map(identifier)
        switch constraint.kind {
        case .primaryKey(let index):
            return words(symbol.map { "CONSTRAINT " + $0 }, "PRIMARY KEY", condition, indexSpec(index))
        case .unique(let index):
            return words(symbol.map { "CONSTRAINT " + $0 }, "UNIQUE KEY", condition, indexSpec(index))
        case .index(let index, let flavor):
            return words(flavor == .plain ? "KEY" : flavor.rawValue + " KEY", condition, indexSpec(index))
        case .foreignKey(let name, let columns, let reference):
            return words(
                symbol.map { "CONSTRAINT " + $0 }, "FOREIGN KEY", condition, name.map(identifier),
                "(" + columns.map(identifier).joined(separator: ", ") + ")", self.reference(reference))
        case .check(let expression, let enforced):
            let enforcement = enforced.map { $0 ? "ENFORCED" : "NOT ENFORCED" }
            let head = ifNotExists || symbol != nil ? words("CONSTRAINT", condition, symbol) : nil
            return words(head, "CHECK (" + expressions.expression(expression) + ")", enforcement)
        }
    }

    /// `[name] (parts) [USING x] [options]`.
    private func indexSpec(_ index: IndexSpec) -> String {
        words(index.name.map(identifier), keyParts(index.columns), indexTail(index))
    }

    /// `[USING x] [options]` after the key parts.
    func indexTail(_ index: IndexSpec) -> String? {
        words(index.using.map { "USING " + $0 }, index.options.map(indexOption).joined(separator: " "))
    }

    func keyParts(_ parts: [IndexColumn]) -> String {
        let written = parts.map { part in
            let base: String
            switch part.part {
            case .column(let name, let length): base = identifier(name) + (length.map { "(\($0))" } ?? "")
            case .expression(let expression): base = "(" + expressions.expression(expression) + ")"
            }
            return words(base, part.descending.map { $0 ? "DESC" : "ASC" })
        }
        return "(" + written.joined(separator: ", ") + ")"
    }

    func reference(_ reference: ForeignKeyReference) -> String {
        words(
            "REFERENCES", SQLPrinter.quoteTableName(reference.table),
            reference.columns.isEmpty ? nil : "(" + reference.columns.map(identifier).joined(separator: ", ") + ")",
            reference.actions.joined(separator: " "))
    }
}
