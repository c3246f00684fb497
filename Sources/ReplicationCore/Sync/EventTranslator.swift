import MigrationConfig
import MySQLBinlog

/// One row change, ready for an applier: its SQL, and the keys it touches (for causality).
public struct RowJob: Sendable, Hashable {
    /// For a plain INSERT: the statement head (`INSERT INTO t (...) VALUES `) and the row's
    /// values, so consecutive inserts into one table can share a statement.
    public var insert: (head: String, values: String)? {
        guard let head = self.insertHead, let values = self.insertValues else { return nil }
        return (head, values)
    }
    var insertHead: String?
    var insertValues: String?
    /// Statements of anything else (UPDATE, DELETE, safe-mode pairs), in order.
    public var statements: [String]
    public var keys: [String]
    public var target: TableName
    /// Columns this row sets to the ENUM error value (''), which the target stores with a
    /// "Data truncated" warning: the only warning an applier accepts.
    public var enumErrorColumns: [String] = []
    /// With `compact`, what `RowCompactor` needs to merge it with other changes of its row.
    public var compact: CompactInfo?

    /// The size of its SQL: batches and queues are bounded by bytes as well as rows.
    public var byteCount: Int {
        self.statements.reduce((self.insertHead?.utf8.count ?? 0) + (self.insertValues?.utf8.count ?? 0)) { $0 + $1.utf8.count }
    }

    /// The SQL of this job alone.
    public var sql: [String] {
        if let head = self.insertHead, let values = self.insertValues { return [head + values] }
        return self.statements
    }
}

/// Turns row events into row jobs: the block-allow list, the binlog event filter, the
/// expression filter, column mapping and routing, then `DMLBuilder` with the table's columns
/// from the schema tracker.
public struct EventTranslator: Sendable {
    public let rules: SubtaskRules
    public var safeMode: Bool
    /// `syncers.compact` or `multiple-rows`: jobs carry what `RowCompactor` and `RowMerger` need.
    public var describesRows = false
    private var expressionFilter: ExpressionFilter
    private var builders: [TableName: DMLBuilder] = [:]
    /// Per table: the rule decisions that depend on the table alone, made once (rows events
    /// come one per row in many workloads).
    private struct Plan {
        var replicated: Bool
        var actions: [FilterEventType: FilterAction] = [:]
        var mapping: (ColumnMapping?, Int?)?
    }
    private var plans: [TableName: Plan] = [:]

    public init(rules: SubtaskRules, safeMode: Bool = false) {
        self.rules = rules
        self.safeMode = safeMode
        self.expressionFilter = rules.expressionFilter
    }

    /// Whether rows and DDL of `table` are replicated at all.
    public func replicates(_ table: TableName) -> Bool {
        self.rules.blockAllowList?.shouldReplicate(table) ?? !BlockAllowList.isSystemSchema(table.schema)
    }

    /// Drops what was cached for a table whose definition changed.
    public mutating func forget(_ table: TableName) {
        self.builders[table] = nil
        self.plans[table] = nil
        self.expressionFilter.forget(table: table)
    }

    /// Drops everything cached (a DDL on whole databases).
    public mutating func forgetAll() {
        for table in Array(self.builders.keys) { self.forget(table) }
        self.plans = [:]
    }

    public mutating func translate(_ event: RowsEvent, tracker: SchemaTracker) throws(SyncError) -> [RowJob] {
        let name = TableName(schema: event.schema, table: event.table)
        var plan = self.plans[name] ?? Plan(replicated: self.replicates(name))
        guard plan.replicated else {
            self.plans[name] = plan
            return []
        }
        let filterEvent: FilterEventType = switch event.kind {
        case .write: .insert
        case .update: .update
        case .delete: .delete
        }
        let action: FilterAction
        if let decided = plan.actions[filterEvent] {
            action = decided
        } else {
            do {
                action = try self.rules.eventFilter.decide(table: name, event: filterEvent, sql: nil)
            } catch {
                throw SyncError("binlog event filter on \(name): \(error)")
            }
            plan.actions[filterEvent] = action
        }
        self.plans[name] = plan
        switch action {
        case .ignore: return []
        case .error: throw SyncError("a binlog event filter rule with action Error matches this \(filterEvent) on \(name)")
        case .do: break
        }
        let builder = try self.builder(for: name, tracker: tracker)
        let (mapping, mappedIndex): (ColumnMapping?, Int?)
        if let resolved = plan.mapping {
            (mapping, mappedIndex) = resolved
        } else {
            do {
                mapping = try self.rules.columnMapper.mapping(for: name)
            } catch {
                throw SyncError("column mapping of \(name): \(error)")
            }
            mappedIndex = mapping.flatMap { mapping in builder.table.columns.firstIndex { $0.isNamed(mapping.targetColumn) } }
            self.plans[name]?.mapping = (mapping, mappedIndex)
        }
        var jobs: [RowJob] = []
        jobs.reserveCapacity(event.rows.count)
        for change in event.rows {
            let before = try change.before.map { image throws(SyncError) in try Self.map(image, mapping, mappedIndex) }
            let after = try change.after.map { image throws(SyncError) in try Self.map(image, mapping, mappedIndex) }
            if try self.skipped(event.kind, name: name, before: before, after: after) { continue }
            var job = RowJob(statements: [], keys: [], target: builder.target)
            switch event.kind {
            case .write:
                guard let after else { throw SyncError("\(name): an insert row without values") }
                job.insertHead = builder.insertHead(replace: self.safeMode)
                job.insertValues = try builder.insertValues(after)
                job.keys = builder.causalityKeys(after)
                if self.describesRows { job.compact = self.compactInfo(.insert, name: name, keys: job.keys, builder: builder, values: job.insertValues) }
            case .update:
                guard let before, let after else { throw SyncError("\(name): an update row without both images") }
                job.statements = try builder.update(before: before, after: after, safeMode: self.safeMode)
                // Most updates keep their keys: no set to build then.
                let (old, new) = (builder.causalityKeys(before), builder.causalityKeys(after))
                job.keys = old == new ? old.sorted() : Array(Set(old + new)).sorted()
                if self.describesRows {
                    job.compact = self.compactInfo(.update, name: name, keys: job.keys, builder: builder, values: try builder.insertValues(after))
                }
            case .delete:
                guard let before else { throw SyncError("\(name): a delete row without values") }
                job.statements = [try builder.delete(before)]
                job.keys = builder.causalityKeys(before)
                if self.describesRows {
                    job.compact = self.compactInfo(.delete, name: name, keys: job.keys, builder: builder, values: nil)
                    job.compact?.condition = try builder.condition(before)
                }
            }
            if let after {
                for (index, value) in after.enumerated() where value == .enumIndex(0) && index < builder.table.columns.count {
                    job.enumErrorColumns.append(builder.table.columns[index].name.lowercased())
                }
            }
            jobs.append(job)
        }
        return jobs
    }

    /// Only rows of tables whose one unique key is the row's identity, and changes that keep
    /// that key, merge: reordering them within a batch cannot break another unique key.
    private func compactInfo(_ kind: CompactInfo.Kind, name: TableName, keys: [String], builder: DMLBuilder, values: String?) -> CompactInfo? {
        guard builder.hasIdentity, keys.count == 1, builder.uniqueKeyCount == 1 else { return nil }
        // The source table is part of the key: shards routed into one table keep their rows apart.
        return CompactInfo(
            key: "\(name.schema).\(name.table)\u{1F}\(keys[0])", kind: kind, values: values,
            insertHead: builder.insertHead(replace: self.safeMode), replaceHead: builder.insertHead(replace: true),
            deleteHead: builder.deleteHead, condition: nil)
    }

    private mutating func builder(for name: TableName, tracker: SchemaTracker) throws(SyncError) -> DMLBuilder {
        // Valid until `forget`: the reader forgets every table a DDL names (all of them for a
        // DDL on databases).
        if let cached = self.builders[name] { return cached }
        guard let table = tracker.table(name) else {
            throw SyncError("rows of \(name), which the schema tracker does not know: its CREATE TABLE was not seen")
        }
        let target: TableName
        do {
            target = try self.rules.router.route(name)
        } catch {
            throw SyncError("routing \(name): \(error)")
        }
        let builder = DMLBuilder(table: table, target: target, extraColumns: self.rules.router.extractedColumns(for: name, sourceID: self.rules.sourceID))
        self.builders[name] = builder
        if self.expressionFilter.hasRules(for: name) {
            do {
                try self.expressionFilter.prepare(table: name, columns: table.columns.map(Self.expressionColumn))
            } catch {
                throw SyncError("expression filter of \(name): \(error)")
            }
        }
        return builder
    }

    private func skipped(_ kind: RowsEvent.Kind, name: TableName, before: [BinlogValue?]?, after: [BinlogValue?]?) throws(SyncError) -> Bool {
        guard self.expressionFilter.hasRules(for: name) else { return false }
        do {
            switch kind {
            case .write: return try self.expressionFilter.skipInsert(table: name, row: (after ?? []).map { $0 ?? .null })
            case .update:
                return try self.expressionFilter.skipUpdate(table: name, old: (before ?? []).map { $0 ?? .null }, new: (after ?? []).map { $0 ?? .null })
            case .delete: return try self.expressionFilter.skipDelete(table: name, row: (before ?? []).map { $0 ?? .null })
            }
        } catch {
            throw SyncError("expression filter of \(name): \(error)")
        }
    }

    private static func map(_ image: [BinlogValue?], _ mapping: ColumnMapping?, _ index: Int?) throws(SyncError) -> [BinlogValue?] {
        guard let mapping, let index, index < image.count, let value = image[index] else { return image }
        var image = image
        do {
            switch value {
            case .int(let v): image[index] = .int(try mapping.apply(to: v))
            case .uint(let v): image[index] = .uint(try mapping.apply(to: v))
            case .bytes(let b): image[index] = .bytes(try mapping.apply(to: b))
            case .null: break
            default: throw SyncError("column mapping \(mapping.rule) cannot map a \(value) value of \(mapping.table).\(mapping.targetColumn)")
            }
        } catch let error as ColumnMappingError {
            throw SyncError("column mapping: \(error)")
        } catch let error as SyncError {
            throw error
        } catch {
            throw SyncError("column mapping: \(error)")
        }
        return image
    }

    static func expressionColumn(_ column: TrackedColumn) -> ExpressionColumn {
        let width = switch column.dataType {
        case "tinyint": 1
        case "smallint": 2
        case "mediumint": 3
        case "int", "integer": 4
        default: 8
        }
        return ExpressionColumn(
            name: column.name, isUnsigned: column.isUnsigned, integerByteWidth: width, charset: column.charset, collation: column.collation,
            isBinary: column.charset == nil && ["binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"].contains(column.dataType),
            enumMembers: column.dataType == "enum" ? column.values : [], setMembers: column.dataType == "set" ? column.values : [])
    }
}
