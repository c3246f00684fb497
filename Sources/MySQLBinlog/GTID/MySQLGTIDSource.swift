/// What MySQL calls a TSID: the UUID of the server that created a transaction plus its
/// optional tag. Untagged GTIDs (`nil` tag) order before tagged ones of the same UUID.
public struct MySQLGTIDSource: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var uuid: MySQLUUID
    public var tag: MySQLGTIDTag?

    public init(uuid: MySQLUUID, tag: MySQLGTIDTag? = nil) {
        self.uuid = uuid
        self.tag = tag
    }

    /// `uuid` or `uuid:tag`, as in GTID text.
    public var description: String {
        guard let tag = self.tag else { return self.uuid.description }
        return "\(self.uuid):\(tag)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.uuid != rhs.uuid { return lhs.uuid < rhs.uuid }
        switch (lhs.tag, rhs.tag) {
        case (nil, nil), (.some, nil): return false
        case (nil, .some): return true
        case (let left?, let right?): return left < right
        }
    }
}
