/// One `filters` entry (binlog event filter).
public struct EventFilterRuleConfig: Sendable, Hashable {
    public var schemaPattern: String
    public var tablePattern: String
    public var events: [FilterEventType]
    /// Regular expressions matched against the statement text of DDL (and other query events).
    public var sqlPattern: [String]
    public var action: FilterAction

    public init(schemaPattern: String, tablePattern: String = "", events: [FilterEventType] = [], sqlPattern: [String] = [], action: FilterAction) {
        self.schemaPattern = schemaPattern
        self.tablePattern = tablePattern
        self.events = events
        self.sqlPattern = sqlPattern
        self.action = action
    }
}

/// `action` of an event filter rule, spelled as DM spells it.
public enum FilterAction: String, Sendable, Hashable, CaseIterable {
    case `do` = "Do"
    case ignore = "Ignore"
    /// Stop the task with an error when a matching event arrives.
    case error = "Error"
}
