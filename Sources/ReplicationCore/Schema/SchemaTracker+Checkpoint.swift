import Foundation

/// Checkpoints: the catalog as JSON that is the same bytes for the same catalog (databases and
/// tables sorted by name, keys sorted), so a checkpoint can be compared and diffed.
extension SchemaTracker: Codable {
    /// Bumped when the format changes incompatibly.
    public static let checkpointVersion = 1

    private enum CodingKeys: String, CodingKey {
        case version, options, databases
    }

    private struct DatabaseRecord: Codable {
        var name: String
        var charset: String
        var collation: String
        var tables: [TrackedTable]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.checkpointVersion, forKey: .version)
        try container.encode(self.options, forKey: .options)
        let records = self.databases.map { database in
            DatabaseRecord(
                name: database.name, charset: database.charset, collation: database.collation,
                tables: self.tables(inDatabase: database.name))
        }
        try container.encode(records, forKey: .databases)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        guard version == Self.checkpointVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container, debugDescription: "Unsupported schema checkpoint version \(version)")
        }
        self.init(options: try container.decode(Options.self, forKey: .options))
        for record in try container.decode([DatabaseRecord].self, forKey: .databases) {
            var entry = DatabaseEntry(database: TrackedDatabase(name: record.name, charset: record.charset, collation: record.collation))
            for table in record.tables { entry.tables[self.options.lookupKey(table.name)] = table }
            self.catalog[self.options.lookupKey(record.name)] = entry
        }
    }

    /// The catalog as deterministic JSON.
    public func checkpointData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Restores a catalog saved by `checkpointData()`.
    public init(checkpointData: Data) throws {
        self = try JSONDecoder().decode(SchemaTracker.self, from: checkpointData)
    }
}
