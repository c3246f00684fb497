/// Prints statements; each concern lives in an extension.
struct StatementPrinter {
    let options: PrintOptions

    var expressions: ExpressionPrinter { ExpressionPrinter(options: options) }

    func statement(_ statement: SQLStatement) -> String {
        switch statement {
        case .createDatabase(let create):
            return words(
                "CREATE", create.orReplace ? "OR REPLACE" : nil, "DATABASE", create.ifNotExists ? "IF NOT EXISTS" : nil,
                identifier(create.name), tableOptions(create.options))
        case .alterDatabase(let alter):
            return words("ALTER DATABASE", alter.name.map(identifier), tableOptions(alter.options))
        case .dropDatabase(let drop):
            return words("DROP DATABASE", drop.ifExists ? "IF EXISTS" : nil, identifier(drop.name))
        case .createTable(let create): return createTable(create)
        case .alterTable(let alter): return alterTable(alter)
        case .dropTable(let drop):
            return words(
                "DROP", drop.temporary ? "TEMPORARY" : nil, "TABLE", drop.ifExists ? "IF EXISTS" : nil,
                drop.tables.map(SQLPrinter.quoteTableName).joined(separator: ", "), drop.trailer)
        case .renameTable(let rename):
            let pairs = rename.pairs.map { SQLPrinter.quoteTableName($0.from) + " TO " + SQLPrinter.quoteTableName($0.to) }
            return words("RENAME TABLE", rename.ifExists ? "IF EXISTS" : nil, pairs.joined(separator: ", "))
        case .truncateTable(let table):
            return "TRUNCATE TABLE " + SQLPrinter.quoteTableName(table)
        case .createIndex(let create): return createIndex(create)
        case .dropIndex(let drop):
            return words(
                "DROP INDEX", drop.ifExists ? "IF EXISTS" : nil, identifier(drop.name), "ON", SQLPrinter.quoteTableName(drop.table),
                drop.trailer.isEmpty ? nil : drop.trailer.map(tableOption).joined(separator: " "))
        case .otherDDL(let other): return other.text
        case .nonDDL(let kind): return Self.keywords(of: kind)
        }
    }

    /// The words that classify a non-DDL statement (the printer has no more of it).
    static func keywords(of kind: NonDDLKind) -> String {
        switch kind {
        case .begin: "BEGIN"
        case .commit: "COMMIT"
        case .rollback: "ROLLBACK"
        case .savepoint: "SAVEPOINT"
        case .releaseSavepoint: "RELEASE SAVEPOINT"
        case .xa: "XA"
        case .insert: "INSERT"
        case .replace: "REPLACE"
        case .update: "UPDATE"
        case .delete: "DELETE"
        case .loadData: "LOAD DATA"
        case .select: "SELECT"
        case .set: "SET"
        case .grant: "GRANT"
        case .revoke: "REVOKE"
        case .flush: "FLUSH"
        case .reset: "RESET"
        case .purge: "PURGE"
        case .lockTables: "LOCK TABLES"
        case .unlockTables: "UNLOCK TABLES"
        case .use: "USE"
        case .call: "CALL"
        case .do: "DO"
        case .handler: "HANDLER"
        case .other: ""
        }
    }

    private func createIndex(_ create: CreateIndex) -> String {
        let kind: String? =
            switch create.flavor {
            case .plain: create.unique ? "UNIQUE" : nil
            case .fulltext: "FULLTEXT"
            case .spatial: "SPATIAL"
            }
        return words(
            "CREATE", create.orReplace ? "OR REPLACE" : nil, kind, "INDEX", create.ifNotExists ? "IF NOT EXISTS" : nil,
            create.index.name.map(identifier), "ON", SQLPrinter.quoteTableName(create.table), keyParts(create.index.columns),
            indexTail(create.index),
            create.trailer.isEmpty ? nil : create.trailer.map(tableOption).joined(separator: " "))
    }

    /// The non-nil, non-empty parts joined by spaces.
    func words(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    func identifier(_ name: String) -> String { SQLPrinter.quoteIdentifier(name) }

    func string(_ text: String) -> String { SQLPrinter.quoteString(text, options: options) }

    /// A charset or collation name: bare when it can be, else a string literal.
    func charsetName(_ name: String) -> String {
        SQLPrinter.bareOrQuoted(name, quote: string)
    }
}
