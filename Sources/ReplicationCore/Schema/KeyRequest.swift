import SQLSyntax

/// An index as a statement asks for it, before the server's rules name, check and order it.
struct KeyRequest: Hashable, Sendable {
    var kind: TrackedIndex.Kind
    /// Nil: named after its first column (or `PRIMARY`).
    var name: String?
    var parts: [TrackedIndex.Part]
    /// `USING HASH` on a UNIQUE key: a long-hash key whatever its length.
    var usingHash = false
    var isForForeignKey = false
}

/// A FOREIGN KEY as a statement asks for it.
struct ForeignKeyRequest: Hashable, Sendable {
    /// `CONSTRAINT symbol`, else `FOREIGN KEY name`; nil: InnoDB's `<table>_ibfk_<n>`. The index
    /// it creates when none covers its columns has the same name (else its first column's).
    var name: String?
    var columns: [String]
    var reference: ForeignKeyReference
}

extension TableConstraint {
    /// The index this constraint asks for (`nil` for CHECK), and the FOREIGN KEY if it is one.
    func requests(in table: TableName) throws(SchemaTrackerError) -> (key: KeyRequest?, foreignKey: ForeignKeyRequest?) {
        func key(_ kind: TrackedIndex.Kind, _ spec: IndexSpec) throws(SchemaTrackerError) -> KeyRequest {
            // MariaDB names a key after `CONSTRAINT symbol` when the index itself has no name.
            KeyRequest(
                kind: kind, name: kind == .primary ? nil : spec.name ?? self.symbol, parts: try spec.columns.parts(in: table),
                usingHash: kind == .unique && spec.using?.uppercased() == "HASH")
        }
        switch self.kind {
        case .primaryKey(let spec): return (try key(.primary, spec), nil)
        case .unique(let spec): return (try key(.unique, spec), nil)
        case .index(let spec, let flavor):
            let kind: TrackedIndex.Kind = switch flavor {
            case .plain: .plain
            case .fulltext: .fulltext
            case .spatial: .spatial
            }
            return (try key(kind, spec), nil)
        case .foreignKey(let name, let columns, let reference):
            let request = ForeignKeyRequest(name: self.symbol ?? name, columns: columns, reference: reference)
            return (nil, request)
        case .check:
            return (nil, nil)
        }
    }
}

extension [IndexColumn] {
    func parts(in table: TableName) throws(SchemaTrackerError) -> [TrackedIndex.Part] {
        try self.map { (column) throws(SchemaTrackerError) -> TrackedIndex.Part in
            switch column.part {
            case .column(let name, let length): return TrackedIndex.Part(column: name, prefixLength: length)
            case .expression:
                throw SchemaTrackerError(.unsupported, nil, "Functional key parts are not supported (MariaDB has none), in \(table)")
            }
        }
    }
}
