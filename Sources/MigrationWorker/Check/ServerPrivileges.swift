import MySQLClient

/// The privileges the connected account holds, globally and on any schema (from
/// information_schema, which lists each privilege of `ALL PRIVILEGES` by name).
struct ServerPrivileges {
    var global: Set<String>
    var onSchemas: Set<String>

    static func load(_ connection: MySQLConnection) async throws -> ServerPrivileges {
        let grantee = "CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''', SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''')"
        let global = try await connection.query("SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = \(grantee)").rows
        let schemas = try await connection.query("SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = \(grantee)").rows
        return ServerPrivileges(
            global: Set(try global.map { try $0[0].string?.uppercased() ?? "" }),
            onSchemas: Set(try schemas.map { try $0[0].string?.uppercased() ?? "" }))
    }

    /// Which of `needed` the account lacks globally; `schemaLevel` ones may also be granted on
    /// schemas.
    func missing(_ needed: [String], schemaLevel: Bool = false) -> [String] {
        needed.filter { privilege in
            let names = Set(privilege.split(separator: "|").map(String.init))
            return names.isDisjoint(with: self.global) && !(schemaLevel && !names.isDisjoint(with: self.onSchemas))
        }
    }
}
