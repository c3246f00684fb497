extension String {
    /// Column, index and (with lower_case_table_names 1 or 2) table names compare without case,
    /// as the server's utf8 system collation does.
    func matchesIgnoringCase(_ other: String) -> Bool {
        self == other || self.lowercased() == other.lowercased()
    }
}

extension Array where Element == TrackedColumn {
    func firstIndex(named name: String) -> Int? {
        self.firstIndex { $0.isNamed(name) }
    }
}
