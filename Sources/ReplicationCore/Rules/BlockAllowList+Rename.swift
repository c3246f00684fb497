/// What to do with a DDL that renames a table from one name to another (`RENAME TABLE a TO b`,
/// `ALTER TABLE a RENAME TO b`; a multi-table RENAME is decided one pair at a time).
public enum RenameDecision: Sendable, Hashable {
    /// Both names are replicated: run the rename downstream.
    case apply
    /// Neither name is replicated: skip the statement.
    case skip
    /// Only the old name is replicated: the table moves out of the task. Run the rename downstream
    /// so the target does not keep a stale copy under the old name; events of the new name are
    /// filtered from then on.
    case leavesScope
    /// Only the new name is replicated: a table whose rows were never replicated moves into the
    /// task. The target has no such table or data, so the caller must stop with an error that asks
    /// the operator to re-sync the table (or widen the list to cover the old name).
    case entersScope
}

extension BlockAllowList {
    /// Decides a rename between two names with ``shouldReplicate(_:)``.
    ///
    /// DM itself checks each table of a DDL and skips the whole statement when any of them is
    /// filtered, so in DM both ``RenameDecision/leavesScope`` and ``RenameDecision/entersScope``
    /// renames are silently dropped; this decision lets the caller keep the target consistent
    /// instead.
    public func decideRename(from old: TableName, to new: TableName) -> RenameDecision {
        switch (shouldReplicate(old), shouldReplicate(new)) {
        case (true, true): .apply
        case (false, false): .skip
        case (true, false): .leavesScope
        case (false, true): .entersScope
        }
    }
}
