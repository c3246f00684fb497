import SQLSyntax

/// Foreign keys: the index each one creates, dropped again when another index starts with the
/// same columns (InnoDB can use that one), and InnoDB's generated constraint names.
extension TableKeyBuilder {
    /// Removes implicit foreign-key indexes that another index makes redundant, comparing each
    /// key with the ones before it as the server does: the generated key must be a prefix of
    /// the other (the shorter one goes when both are generated).
    static func droppingRedundantForeignKeyIndexes(_ requests: [KeyRequest]) -> [KeyRequest] {
        var kept = Array(repeating: true, count: requests.count)
        for current in requests.indices {
            for earlier in 0..<current where kept[earlier] {
                let (key, other) = (requests[current], requests[earlier])
                guard Self.generatedKeyIsPrefix(key, other) else { continue }
                if !other.isForForeignKey || (key.isForForeignKey && key.parts.count < other.parts.count) {
                    kept[current] = false
                } else {
                    kept[earlier] = false
                }
                break
            }
        }
        return requests.indices.filter { kept[$0] }.map { requests[$0] }
    }

    /// Whether one of the two is a generated foreign-key index whose parts start the other's.
    private static func generatedKeyIsPrefix(_ a: KeyRequest, _ b: KeyRequest) -> Bool {
        var (short, long) = (a, b)
        if a.isForForeignKey {
            if b.isForForeignKey, a.parts.count > b.parts.count { (short, long) = (b, a) }
        } else {
            guard b.isForForeignKey else { return false }
            (short, long) = (b, a)
        }
        guard short.parts.count <= long.parts.count else { return false }
        return zip(short.parts, long.parts).allSatisfy { pair in
            pair.0.column.matchesIgnoringCase(pair.1.column) && pair.0.prefixLength == pair.1.prefixLength
        }
    }

    /// The index a FOREIGN KEY asks for (named like the constraint, else after its first column).
    static func indexRequest(for foreignKey: ForeignKeyRequest) -> KeyRequest {
        KeyRequest(
            kind: .plain, name: foreignKey.name, parts: foreignKey.columns.map { TrackedIndex.Part(column: $0) },
            isForForeignKey: true)
    }

    /// The tracked foreign key, named `<table>_ibfk_<n>` (one above the highest such number) when
    /// the statement gave no name.
    static func foreignKey(
        _ request: ForeignKeyRequest, table: TableName, existing: [TrackedForeignKey], columns: [TrackedColumn]
    ) throws(SchemaTrackerError) -> TrackedForeignKey {
        let resolvedColumns = try request.columns.map { (name) throws(SchemaTrackerError) -> String in
            guard let column = columns.first(where: { $0.isNamed(name) }) else {
                throw .keyColumnDoesNotExist(name, in: table)
            }
            return column.name
        }
        let name = request.name ?? {
            let prefix = "\(table.table)_ibfk_"
            let used = existing.compactMap { $0.name.hasPrefix(prefix) ? Int($0.name.dropFirst(prefix.count)) : nil }
            return prefix + String((used.max() ?? 0) + 1)
        }()
        if existing.contains(where: { $0.name.matchesIgnoringCase(name) }) {
            throw SchemaTrackerError(.duplicateKeyName, 1826, "Duplicate FOREIGN KEY constraint name '\(name)' in \(table)")
        }
        return TrackedForeignKey(
            name: name, columns: resolvedColumns, referencedSchema: request.reference.table.schema ?? table.schema,
            referencedTable: request.reference.table.name, referencedColumns: request.reference.columns)
    }
}
