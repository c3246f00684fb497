import ReplicationCore

/// A deterministic stream of varied DDL over a few tables in two databases, for comparing the
/// schema tracker with a real server. It reads the tracker's current state to aim most
/// statements at existing tables, columns and indexes; some are meant to fail (duplicate or
/// unknown names), and then both sides must refuse them.
struct DDLSequenceGenerator {
    var random: SeededRandom
    let schema: String
    let otherSchema: String
    private var counter = 0
    let tableNames = ["t1", "t2", "t3", "t4", "t5"]

    init(seed: UInt64, schema: String, otherSchema: String) {
        self.random = SeededRandom(seed: seed)
        self.schema = schema
        self.otherSchema = otherSchema
    }

    /// A new name that is not taken yet.
    mutating func freshName(_ prefix: String) -> String {
        self.counter += 1
        return "\(prefix)\(self.counter)"
    }

    /// The next statement, given what the tracker (which agreed with the server so far) holds.
    mutating func next(_ tracker: SchemaTracker) -> String {
        let tables = tracker.tables(inDatabase: self.schema)
        if tables.count < 2 || self.random.chance(0.06) { return self.createTable(tables) }
        let table = self.random.pick(tables)
        let name = "`\(self.schema)`.`\(table.name)`"
        switch self.random.int(0...99) {
        case 0..<55: return "ALTER TABLE \(name) " + self.alterSpecifications(table)
        case 55..<62: return self.createIndex(table, name)
        case 62..<66: return "DROP INDEX `\(self.random.pick(table.indexes.map(\.name) + ["nope"]))` ON \(name)"
        case 66..<71: return self.rename(tables)
        case 71..<74: return "CREATE TABLE `\(self.schema)`.`\(self.freeTableName(tables))` LIKE \(name)"
        case 74..<78: return "DROP TABLE " + (self.random.chance(0.3) ? "IF EXISTS \(name), `\(self.schema)`.`gone`" : name)
        case 78..<80: return "TRUNCATE TABLE \(name)"
        case 80..<84: return self.otherDatabase(tracker)
        case 84..<88: return "ALTER TABLE \(name) " + self.convert()
        default: return self.createTable(tables)
        }
    }

    private mutating func freeTableName(_ tables: [TrackedTable]) -> String {
        let free = self.tableNames.filter { name in !tables.contains { $0.name == name } }
        return free.isEmpty ? self.freshName("t") : self.random.pick(free)
    }

    private mutating func createTable(_ tables: [TrackedTable]) -> String {
        var name = self.freeTableName(tables)
        if self.random.chance(0.05), let existing = tables.first { name = existing.name }  // expected to fail
        var parts: [String] = []
        var columns: [String] = []
        var hasAutoIncrement = false
        for _ in 0..<self.random.int(1...6) {
            let column = self.freshName("c")
            columns.append(column)
            var definition = self.columnDefinition(allowAutoIncrement: !hasAutoIncrement && self.random.chance(0.1))
            if definition.contains("AUTO_INCREMENT") {
                hasAutoIncrement = true
                definition += self.random.chance(0.5) ? " PRIMARY KEY" : " UNIQUE"
            } else if self.random.chance(0.05) {
                definition += self.random.pick([" UNIQUE", " PRIMARY KEY"])
            }
            parts.append("`\(column)` \(definition)")
        }
        if !hasAutoIncrement, self.random.chance(0.4) {
            parts.append("PRIMARY KEY (\(self.keyColumns(columns.shuffled(using: &self.random).prefix(2))))")
        }
        if self.random.chance(0.5) {
            let unique = self.random.chance(0.5) ? "UNIQUE " : ""
            let keyName = self.random.chance(0.5) ? "`\(self.freshName("k"))` " : ""
            parts.append("\(unique)KEY \(keyName)(\(self.keyColumns(columns.shuffled(using: &self.random).prefix(self.random.int(1...2)))))")
        }
        var options = ""
        if self.random.chance(0.3) { options += " DEFAULT CHARSET=" + self.random.pick(["latin1", "utf8mb4", "utf8mb3", "ascii"]) }
        if self.random.chance(0.1) { options += " COLLATE=utf8mb4_bin" }
        return "CREATE TABLE `\(self.schema)`.`\(name)` (\(parts.joined(separator: ", ")))\(options)"
    }

    /// Key parts for columns of a CREATE TABLE being generated (types unknown here: no prefixes).
    private func keyColumns(_ columns: ArraySlice<String>) -> String {
        columns.map { "`\($0)`" }.joined(separator: ", ")
    }

    private mutating func rename(_ tables: [TrackedTable]) -> String {
        let first = self.random.pick(tables)
        if tables.count >= 2, self.random.chance(0.3) {
            let second = self.random.pick(tables.filter { $0.name != first.name })
            let temporary = self.freshName("tmp")
            let schema = self.schema
            let q = { (name: String) in "`\(schema)`.`\(name)`" }
            return "RENAME TABLE \(q(first.name)) TO \(q(temporary)), \(q(second.name)) TO \(q(first.name)), \(q(temporary)) TO \(q(second.name))"
        }
        let target = self.random.chance(0.2) ? "`\(self.otherSchema)`.`\(self.freshName("o"))`" : "`\(self.schema)`.`\(self.freeTableName(tables))`"
        return "RENAME TABLE `\(self.schema)`.`\(first.name)` TO \(target)"
    }

    private mutating func otherDatabase(_ tracker: SchemaTracker) -> String {
        let tables = tracker.tables(inDatabase: self.otherSchema)
        if let table = tables.first, self.random.chance(0.6) {
            return "RENAME TABLE `\(self.otherSchema)`.`\(table.name)` TO `\(self.schema)`.`\(self.freeTableName(tracker.tables(inDatabase: self.schema)))`"
        }
        let charset = self.random.pick(["latin1", "utf8mb4", "utf8mb3"])
        return "ALTER DATABASE `\(self.otherSchema)` CHARACTER SET \(charset)"
    }

    private mutating func convert() -> String {
        let charset = self.random.pick(["latin1", "utf8mb4", "utf8mb3", "ascii"])
        if self.random.chance(0.5) { return "CONVERT TO CHARACTER SET \(charset)" }
        return self.random.pick(["DEFAULT ", ""]) + "CHARACTER SET = \(charset)"
    }
}
