/// An upstream or downstream table, or a schema alone (`table` empty) for statements such as
/// `CREATE DATABASE` that name no table.
public struct TableName: Hashable, Sendable, CustomStringConvertible {
    public var schema: String
    public var table: String

    public init(schema: String, table: String = "") {
        self.schema = schema
        self.table = table
    }

    /// Whether this names a schema only.
    public var isSchemaOnly: Bool { table.isEmpty }

    /// `` `schema`.`table` `` or `` `schema` ``, backquotes inside names doubled as in MySQL.
    public var description: String {
        let quotedSchema = Self.quote(schema)
        return isSchemaOnly ? quotedSchema : "\(quotedSchema).\(Self.quote(table))"
    }

    private static func quote(_ name: String) -> String {
        var quoted = "`"
        for character in name {
            quoted.append(character)
            if character == "`" { quoted.append("`") }
        }
        return quoted + "`"
    }
}
