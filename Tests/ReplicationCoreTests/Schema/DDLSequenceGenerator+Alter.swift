import ReplicationCore

/// ALTER TABLE specifications and CREATE INDEX aimed at the table's columns and indexes.
extension DDLSequenceGenerator {
    /// One to three specifications, comma-separated.
    mutating func alterSpecifications(_ table: TrackedTable) -> String {
        let count = self.random.chance(0.7) ? 1 : self.random.int(2...3)
        return (0..<count).map { _ in self.alterSpecification(table) }.joined(separator: ", ")
    }

    private mutating func alterSpecification(_ table: TrackedTable) -> String {
        let column = self.random.pick(table.columns).name
        let other = self.random.pick(table.columns).name
        switch self.random.int(0...99) {
        case 0..<18:
            let name = self.random.chance(0.04) ? column : self.freshName("c")
            let ifNotExists = self.random.chance(0.1) ? "IF NOT EXISTS " : ""
            return "ADD COLUMN \(ifNotExists)`\(name)` \(self.columnDefinition())\(self.position(other))"
        case 18..<28:
            let ifExists = self.random.chance(0.1) ? "IF EXISTS " : ""
            return "DROP COLUMN \(ifExists)`\(self.random.chance(0.04) ? "nope" : column)`"
        case 28..<40:
            return "MODIFY COLUMN `\(column)` \(self.columnDefinition())\(self.position(other))"
        case 40..<48:
            let name = self.random.chance(0.5) ? column : self.freshName("c")
            return "CHANGE COLUMN `\(column)` `\(name)` \(self.columnDefinition())\(self.position(other))"
        case 48..<53:
            return "RENAME COLUMN `\(column)` TO `\(self.random.chance(0.05) ? other : self.freshName("c"))`"
        case 53..<58:
            let (_, defaults) = self.columnType()
            // Not SET DEFAULT NULL: on a BLOB/TEXT column it leaves a NULL default that the server
            // remembers (and refuses when a later PRIMARY KEY makes the column NOT NULL), which
            // the tracker does not model.
            guard let value = defaults.first, self.random.chance(0.5) else { return "ALTER COLUMN `\(column)` DROP DEFAULT" }
            return "ALTER COLUMN `\(column)` SET DEFAULT " + value
        case 58..<72:
            return "ADD " + self.indexDefinition(table)
        case 72..<78:
            let ifExists = self.random.chance(0.1) ? "IF EXISTS " : ""
            return "DROP INDEX \(ifExists)`\(self.random.pick(table.indexes.map(\.name) + ["nope"]))`"
        case 78..<82:
            return table.primaryKey == nil || self.random.chance(0.2)
                ? "ADD PRIMARY KEY (\(self.keyParts(table, count: self.random.int(1...2))))" : "DROP PRIMARY KEY"
        case 82..<86:
            guard let index = table.indexes.filter({ $0.kind != .primary }).first else { return "FORCE" }
            return "RENAME INDEX `\(index.name)` TO `\(self.freshName("k"))`"
        case 86..<90:
            return "ADD COLUMN `\(self.freshName("c"))` INT NOT NULL AUTO_INCREMENT " + self.random.pick(["PRIMARY KEY", "UNIQUE", ""])
        case 90..<93:
            return "ENGINE=InnoDB"  // other engines have other key limits, which the tracker does not model
        default:
            let name = self.random.chance(0.5) ? "`\(self.schema)`.`\(self.freshName("t"))`" : "`\(self.freshName("t"))`"
            return "RENAME TO \(name)"
        }
    }

    private mutating func position(_ other: String) -> String {
        switch self.random.int(0...9) {
        case 0: return " FIRST"
        case 1, 2: return " AFTER `\(self.random.chance(0.05) ? "nope" : other)`"
        default: return ""
        }
    }

    /// `[UNIQUE|FULLTEXT] INDEX [name] (parts)`.
    mutating func indexDefinition(_ table: TrackedTable) -> String {
        let name = self.random.chance(0.6) ? "`\(self.random.chance(0.05) ? table.indexes.first?.name ?? "x" : self.freshName("k"))` " : ""
        if self.random.chance(0.08), let text = table.columns.first(where: { ["varchar", "text", "char"].contains($0.dataType) }) {
            return "FULLTEXT INDEX \(name)(`\(text.name)`)"
        }
        let kind = self.random.chance(0.4) ? "UNIQUE INDEX" : "INDEX"
        return "\(kind) \(name)(\(self.keyParts(table, count: self.random.int(1...3))))"
    }

    /// Key parts over the table's columns, with prefixes on strings now and then.
    mutating func keyParts(_ table: TrackedTable, count: Int) -> String {
        let columns = table.columns.shuffled(using: &self.random).prefix(count)
        return columns.map { column in
            var part = "`\(column.name)`"
            let prefixable = ["char", "varchar", "binary", "varbinary"].contains(column.dataType)
            if prefixable, let length = column.length, self.random.chance(0.4) {
                part += "(\(self.random.int(1...length)))"
            } else if column.dataType.hasSuffix("text") || column.dataType.hasSuffix("blob"), self.random.chance(0.7) {
                part += "(\(self.random.int(1...50)))"
            }
            return part
        }.joined(separator: ", ")
    }

    mutating func createIndex(_ table: TrackedTable, _ name: String) -> String {
        let unique = self.random.chance(0.4) ? "UNIQUE " : ""
        return "CREATE \(unique)INDEX `\(self.freshName("k"))` ON \(name) (\(self.keyParts(table, count: self.random.int(1...2))))"
    }
}
