extension FilterEventType {
    /// How DM classifies an event type (`ClassifyEvent` in DM's binlog-filter package).
    public enum Category: Sendable, Hashable {
        /// `all`, `all dml`, `all ddl`, `none`, `none dml`, `none ddl`, `incompatible ddl changes`.
        case group
        case dml
        /// DDL that cannot lose data downstream.
        case ddl
        /// DDL that may lose data downstream ("incompatible DDL" on DM's page). Still DDL: `all ddl`
        /// and `none ddl` apply to it too.
        case incompatibleDDL
    }

    public var category: Category {
        switch self {
        case .all, .allDML, .allDDL, .noneEvent, .noneDML, .noneDDL, .incompatibleDDLChanges:
            return .group
        case .insert, .update, .delete:
            return .dml
        case .createDatabase, .alterDatabase, .createTable, .createIndex, .createView, .dropView, .alterTable,
            .addTablePartition:
            return .ddl
        default:
            return .incompatibleDDL
        }
    }

    public var isGroup: Bool { category == .group }
    public var isDML: Bool { category == .dml }
    /// Compatible or incompatible DDL.
    public var isDDL: Bool { category == .ddl || category == .incompatibleDDL }

    /// Every concrete (non-group) event type.
    public static let concreteTypes: [FilterEventType] = allCases.filter { !$0.isGroup }

    /// The concrete types this entry stands for: itself for a concrete type; the members for
    /// `all`, `all dml`, `all ddl` and `incompatible ddl changes`; none for `none`, `none dml` and
    /// `none ddl` (in a rule those also stop the search, see the event filter).
    public var coveredTypes: [FilterEventType] {
        Self.concreteTypes.filter { covers($0) }
    }

    /// Whether this entry stands for the concrete `event`.
    public func covers(_ event: FilterEventType) -> Bool {
        switch self {
        case .all: return !event.isGroup
        case .allDML: return event.isDML
        case .allDDL: return event.isDDL
        case .incompatibleDDLChanges: return event.category == .incompatibleDDL
        case .noneEvent, .noneDML, .noneDDL: return false
        default: return self == event
        }
    }
}
