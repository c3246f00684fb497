/// A MySQL GTID set such as `@@gtid_executed`: for each source (server UUID and optional
/// MySQL 8.4 tag) the transaction numbers it contains.
///
/// Sources are kept sorted (the order MySQL prints and encodes them in) and never empty, and
/// numbers are kept as merged ranges, so two sets with the same GTIDs are `==`.
public struct MySQLGTIDSet: Sendable, Hashable {
    /// Transaction numbers are positive and below MySQL's GNO_END (Int64.max).
    public static let maxNumber = UInt64(Int64.max) - 1

    struct Entry: Sendable, Hashable {
        var source: MySQLGTIDSource
        var intervals: GTIDIntervals
    }

    /// Sorted by source, none empty.
    private(set) var entries: [Entry] = []

    public init() {}

    public var isEmpty: Bool { self.entries.isEmpty }

    /// The sources with at least one transaction, in MySQL's order.
    public var sources: [MySQLGTIDSource] { self.entries.map(\.source) }

    /// The numbers of one source as closed ranges, ascending.
    public func ranges(uuid: MySQLUUID, tag: MySQLGTIDTag? = nil) -> [ClosedRange<UInt64>] {
        guard case .found(let index) = self.search(MySQLGTIDSource(uuid: uuid, tag: tag)) else { return [] }
        return self.entries[index].intervals.ranges.map { $0.start...($0.end - 1) }
    }

    public func contains(uuid: MySQLUUID, tag: MySQLGTIDTag? = nil, number: UInt64) -> Bool {
        guard case .found(let index) = self.search(MySQLGTIDSource(uuid: uuid, tag: tag)) else { return false }
        return self.entries[index].intervals.contains(number)
    }

    /// Whether every GTID of `other` is in `self` (MySQL's GTID_SUBSET(other, self)).
    public func contains(_ other: MySQLGTIDSet) -> Bool {
        var index = 0
        for entry in other.entries {
            while index < self.entries.count, self.entries[index].source < entry.source { index += 1 }
            guard index < self.entries.count, self.entries[index].source == entry.source,
                self.entries[index].intervals.contains(entry.intervals)
            else { return false }
        }
        return true
    }

    /// Adds one GTID, as a replica does after each transaction; returns false if it was
    /// already there. Amortized O(1) when `number` extends the source's last range (plus a
    /// binary search over the sources).
    /// - Precondition: `1 <= number <= MySQLGTIDSet.maxNumber` (decoders check numbers from the wire).
    @discardableResult
    public mutating func insert(uuid: MySQLUUID, tag: MySQLGTIDTag? = nil, number: UInt64) -> Bool {
        precondition(number >= 1 && number <= Self.maxNumber, "GTID number \(number) is outside 1...\(Self.maxNumber)")
        let source = MySQLGTIDSource(uuid: uuid, tag: tag)
        switch self.search(source) {
        case .found(let index):
            return self.entries[index].intervals.insert(number)
        case .insertionPoint(let index):
            var intervals = GTIDIntervals()
            intervals.insert(number)
            self.entries.insert(Entry(source: source, intervals: intervals), at: index)
            return true
        }
    }

    /// Adds `start...end` for one source (used by the parsers; numbers already checked).
    mutating func add(_ source: MySQLGTIDSource, _ start: UInt64, _ endExclusive: UInt64) {
        guard start < endExclusive else { return }
        switch self.search(source) {
        case .found(let index):
            self.entries[index].intervals.add(start, endExclusive)
        case .insertionPoint(let index):
            var intervals = GTIDIntervals()
            intervals.add(start, endExclusive)
            self.entries.insert(Entry(source: source, intervals: intervals), at: index)
        }
    }

    public func union(_ other: MySQLGTIDSet) -> MySQLGTIDSet {
        var result = MySQLGTIDSet()
        result.entries.reserveCapacity(self.entries.count + other.entries.count)
        var left = self.entries[...]
        var right = other.entries[...]
        while let l = left.first, let r = right.first {
            if l.source < r.source {
                result.entries.append(left.removeFirst())
            } else if r.source < l.source {
                result.entries.append(right.removeFirst())
            } else {
                result.entries.append(Entry(source: l.source, intervals: l.intervals.union(r.intervals)))
                left.removeFirst()
                right.removeFirst()
            }
        }
        result.entries.append(contentsOf: left)
        result.entries.append(contentsOf: right)
        return result
    }

    public mutating func formUnion(_ other: MySQLGTIDSet) {
        self = self.union(other)
    }

    /// The GTIDs of `self` that are not in `other` (MySQL's GTID_SUBTRACT(self, other)).
    public func subtracting(_ other: MySQLGTIDSet) -> MySQLGTIDSet {
        var result = MySQLGTIDSet()
        var index = 0
        for entry in self.entries {
            while index < other.entries.count, other.entries[index].source < entry.source { index += 1 }
            guard index < other.entries.count, other.entries[index].source == entry.source else {
                result.entries.append(entry)
                continue
            }
            let remaining = entry.intervals.subtracting(other.entries[index].intervals)
            if !remaining.isEmpty { result.entries.append(Entry(source: entry.source, intervals: remaining)) }
        }
        return result
    }

    public mutating func subtract(_ other: MySQLGTIDSet) {
        self = self.subtracting(other)
    }

    enum SearchResult {
        case found(Int)
        case insertionPoint(Int)
    }

    /// Binary search over the sorted sources.
    func search(_ source: MySQLGTIDSource) -> SearchResult {
        var low = 0
        var high = self.entries.count
        while low < high {
            let middle = (low + high) / 2
            if self.entries[middle].source < source { low = middle + 1 } else { high = middle }
        }
        return low < self.entries.count && self.entries[low].source == source ? .found(low) : .insertionPoint(low)
    }
}
