/// Views, triggers, routines, events, sequences, accounts, servers, tablespaces and table
/// maintenance: classified and their objects named; the text is kept as written.
extension StatementParser {
    /// At the object keyword after CREATE [OR REPLACE] and its prefixes.
    mutating func parseOtherCreate() throws -> SQLStatement {
        switch cursor.keyword() {
        case "VIEW":
            let statement = try namedObjects(.createView, target: NameSite.Target.table)
            try scanQueryTables()
            return statement
        case "TRIGGER": return try parseCreateTrigger()
        case "PROCEDURE": return try namedObjects(.createProcedure, target: NameSite.Target.schemaObject)
        case "FUNCTION": return try namedObjects(.createFunction, target: NameSite.Target.schemaObject)
        case "EVENT": return try namedObjects(.createEvent, target: NameSite.Target.schemaObject)
        case "SEQUENCE": return try namedObjects(.createSequence, target: NameSite.Target.table)
        default: return unnamed(created: true)
        }
    }

    /// At the object keyword after ALTER and its prefixes.
    mutating func parseOtherAlter() throws -> SQLStatement {
        switch cursor.keyword() {
        case "VIEW":
            let statement = try namedObjects(.alterView, target: NameSite.Target.table)
            try scanQueryTables()
            return statement
        case "PROCEDURE": return try namedObjects(.alterProcedure, target: NameSite.Target.schemaObject)
        case "FUNCTION": return try namedObjects(.alterFunction, target: NameSite.Target.schemaObject)
        case "EVENT": return try parseAlterEvent()
        case "SEQUENCE": return try namedObjects(.alterSequence, target: NameSite.Target.table)
        case "USER": return otherDDL(.alterUser, objects: [])
        case "SERVER": return otherDDL(.alterServer, objects: [])
        case "TABLESPACE", "UNDO": return otherDDL(.alterTablespace, objects: [])
        case "LOGFILE": return otherDDL(.alterLogfileGroup, objects: [])
        default: return .nonDDL(.other)
        }
    }

    /// At the object keyword after DROP [TEMPORARY].
    mutating func parseOtherDrop() throws -> SQLStatement {
        switch cursor.keyword() {
        case "VIEW": return try namedObjects(.dropView, target: NameSite.Target.table, list: true)
        case "TRIGGER": return try namedObjects(.dropTrigger, target: NameSite.Target.schemaObject)
        case "PROCEDURE": return try namedObjects(.dropProcedure, target: NameSite.Target.schemaObject)
        case "FUNCTION": return try namedObjects(.dropFunction, target: NameSite.Target.schemaObject)
        case "EVENT": return try namedObjects(.dropEvent, target: NameSite.Target.schemaObject)
        case "SEQUENCE": return try namedObjects(.dropSequence, target: NameSite.Target.table, list: true)
        default: return unnamed(created: false)
        }
    }

    /// Accounts, servers, tablespaces and logfile groups, which name no schema object.
    private func unnamed(created: Bool) -> SQLStatement {
        let kind: OtherDDL.Kind
        switch (cursor.keyword(), created) {
        case ("USER", true): kind = .createUser
        case ("USER", false): kind = .dropUser
        case ("ROLE", true): kind = .createRole
        case ("ROLE", false): kind = .dropRole
        case ("SERVER", true): kind = .createServer
        case ("SERVER", false): kind = .dropServer
        case ("TABLESPACE", true), ("UNDO", true): kind = .createTablespace
        case ("TABLESPACE", false), ("UNDO", false): kind = .dropTablespace
        case ("LOGFILE", true): kind = .createLogfileGroup
        case ("LOGFILE", false): kind = .dropLogfileGroup
        default: return .nonDDL(.other)
        }
        return otherDDL(kind, objects: [])
    }

    func otherDDL(_ kind: OtherDDL.Kind, objects: [SQLTableName]) -> SQLStatement {
        .otherDDL(OtherDDL(kind: kind, objects: objects, text: statementText))
    }

    /// At the object keyword: `[IF [NOT] EXISTS] name`, or a comma-separated list of names.
    private mutating func namedObjects(
        _ kind: OtherDDL.Kind, target: (SQLTableName) -> NameSite.Target, list: Bool = false
    ) throws -> SQLStatement {
        cursor.advance()
        if !parseIfNotExists() { _ = parseIfExists() }
        var objects: [SQLTableName] = []
        repeat {
            objects.append(try parseQualifiedName("a name", part: .object(objects.count), target: target))
        } while list && cursor.consumeSymbol(.comma)
        return otherDDL(kind, objects: objects)
    }

    /// `TRIGGER [IF NOT EXISTS] name {BEFORE|AFTER} event ON table ...`: the trigger and its table.
    private mutating func parseCreateTrigger() throws -> SQLStatement {
        cursor.advance()
        _ = parseIfNotExists()
        let trigger = try parseQualifiedName("a trigger name", part: .object(0), target: NameSite.Target.schemaObject)
        while !cursor.isWord("ON") {
            if isAtStatementEnd { throw cursor.expected("ON and the trigger's table") }
            cursor.advance()
        }
        cursor.advance()
        return otherDDL(.createTrigger, objects: [trigger, try parseTableName(part: .object(1))])
    }

    /// `EVENT name ... [RENAME TO new] ... [DO body]`: the event and its new name.
    private mutating func parseAlterEvent() throws -> SQLStatement {
        cursor.advance()
        var objects = [try parseQualifiedName("an event name", part: .object(0), target: NameSite.Target.schemaObject)]
        while !isAtStatementEnd, !cursor.isWord("DO") {
            if consumeWords("RENAME", "TO") {
                objects.append(try parseQualifiedName("an event name", part: .object(1), target: NameSite.Target.schemaObject))
                break
            }
            cursor.advance()
        }
        return otherDDL(.alterEvent, objects: objects)
    }

    /// `ANALYZE|OPTIMIZE|REPAIR [NO_WRITE_TO_BINLOG|LOCAL] TABLE a, b ...` and `CHECK TABLE a, b`.
    mutating func parseTableMaintenance() throws -> SQLStatement {
        let kind: OtherDDL.Kind
        switch cursor.keyword() {
        case "ANALYZE": kind = .analyzeTable
        case "OPTIMIZE": kind = .optimizeTable
        case "REPAIR": kind = .repairTable
        default: kind = .checkTable
        }
        let modifier = cursor.keyword(at: 1) == "NO_WRITE_TO_BINLOG" || cursor.keyword(at: 1) == "LOCAL" ? 1 : 0
        guard let table = cursor.keyword(at: 1 + modifier), table == "TABLE" || table == "TABLES" else {
            return .nonDDL(.other)  // MariaDB's ANALYZE SELECT ..., CHECK VIEW ...
        }
        cursor.advance(by: 2 + modifier)
        var objects: [SQLTableName] = []
        repeat {
            objects.append(try parseTableName(part: .object(objects.count)))
        } while cursor.consumeSymbol(.comma)
        return otherDDL(kind, objects: objects)
    }
}
