import SQLSyntax

/// The original indexes carried over (dropped, renamed, following their columns), then the new
/// ones; and the foreign keys.
extension TableAlteration {
    func keyRequests(_ columns: [NewColumn]) throws(SchemaTrackerError) -> [KeyRequest] {
        var dropped = self.droppedKeys
        var renamed = self.renamedKeys
        var requests: [KeyRequest] = []
        for index in self.original.indexes {
            if let position = dropped.firstIndex(where: index.name.matchesIgnoringCase) {
                dropped.remove(at: position)
                continue
            }
            var request = KeyRequest(kind: index.kind, name: index.name, parts: [], isForForeignKey: index.isForForeignKey)
            if let position = renamed.firstIndex(where: { index.name.matchesIgnoringCase($0.old) }) {
                let new = renamed.remove(at: position).new
                for name in [index.name, new] where name.matchesIgnoringCase("PRIMARY") {
                    throw SchemaTrackerError(.wrongIndexName, 1280, "Incorrect index name '\(name)' in \(self.name)")
                }
                request.name = new
                // Renamed explicitly, it is no longer an implicit foreign-key index.
                request.isForForeignKey = false
            }
            var droppedPart: String?
            for part in index.parts {
                guard let entry = columns.first(where: { $0.keyPartName.matchesIgnoringCase(part.column) }) else {
                    droppedPart = part.column
                    continue
                }
                request.parts.append(TrackedIndex.Part(column: entry.column.name, prefixLength: self.carriedPrefix(part, to: entry)))
            }
            if request.parts.isEmpty { continue }
            if let droppedPart, index.isUnique { throw .keyColumnDoesNotExist(droppedPart, in: self.name) }
            requests.append(request)
        }
        if let name = dropped.first {
            throw SchemaTrackerError(.cantDrop, 1091, "Can't DROP INDEX `\(name)` in \(self.name); check that it exists")
        }
        if let rename = renamed.first {
            throw SchemaTrackerError(.unknownKey, 1176, "Key '\(rename.old)' doesn't exist in table \(self.name)")
        }
        return requests + self.newKeys
    }

    /// The prefix an existing index part keeps when its column was changed: none when either type
    /// takes no prefix, when it covered the whole column, or when the new column is shorter.
    private func carriedPrefix(_ part: TrackedIndex.Part, to entry: NewColumn) -> Int? {
        guard let origin = entry.origin, let old = self.original.column(named: origin) else {
            // A new column that took the name of a dropped one inherits the old part's length
            // (in the old column's characters) even where that covered the whole old column.
            guard let old = self.original.column(named: part.column) else { return part.prefixLength }
            let perCharacter = old.charset.map(CharsetCatalog.maxBytesPerCharacter) ?? 1
            return part.prefixLength ?? old.keyBytes(prefix: nil) / perCharacter
        }
        guard let prefix = part.prefixLength else { return nil }
        let new = entry.column
        guard old.family.allowsPrefix, new.family.allowsPrefix else { return nil }
        let newLength = new.family.isBlobLike ? TrackedColumn.blobCapacity(new.dataType) : new.length ?? 0
        return newLength < prefix ? nil : prefix
    }

    func foreignKeys(_ columns: [NewColumn]) throws(SchemaTrackerError) -> [TrackedForeignKey] {
        var foreignKeys = self.original.foreignKeys.filter { key in
            !self.droppedForeignKeys.contains(where: key.name.matchesIgnoringCase)
        }
        for index in foreignKeys.indices {
            foreignKeys[index].columns = foreignKeys[index].columns.map { name in
                columns.first { $0.origin.map(name.matchesIgnoringCase) == true }?.column.name ?? name
            }
        }
        guard self.engine == "InnoDB" else { return foreignKeys }
        let finalColumns = columns.map(\.column)
        for request in self.newForeignKeys {
            foreignKeys.append(
                try TableKeyBuilder.foreignKey(request, table: self.name, existing: foreignKeys, columns: finalColumns))
        }
        return foreignKeys
    }
}
