/// The transaction numbers of one source as sorted, disjoint, non-adjacent half-open ranges
/// `start..<end` (the representation MySQL uses in memory and in binary sets), so equal sets
/// compare and hash equal.
struct GTIDIntervals: Sendable, Hashable {
    struct Interval: Sendable, Hashable {
        var start: UInt64
        /// Exclusive.
        var end: UInt64
    }

    private(set) var ranges: [Interval] = []

    var isEmpty: Bool { self.ranges.isEmpty }

    /// Adds one number. Appending the number that follows the last range only bumps its end,
    /// which is what a replication stream does for almost every transaction.
    @discardableResult
    mutating func insert(_ number: UInt64) -> Bool {
        if let last = self.ranges.indices.last {
            if number == self.ranges[last].end {
                self.ranges[last].end += 1
                return true
            }
            if number > self.ranges[last].end {
                self.ranges.append(Interval(start: number, end: number + 1))
                return true
            }
        }
        guard !self.contains(number) else { return false }
        self.add(number, number + 1)
        return true
    }

    func contains(_ number: UInt64) -> Bool {
        // First range ending after `number`; it contains the number iff it starts at or before it.
        let index = self.firstIndex { $0.end > number }
        return index < self.ranges.count && self.ranges[index].start <= number
    }

    /// Whether every number of `other` is in `self`.
    func contains(_ other: Self) -> Bool {
        var index = 0
        for range in other.ranges {
            while index < self.ranges.count, self.ranges[index].end < range.end { index += 1 }
            guard index < self.ranges.count, self.ranges[index].start <= range.start else { return false }
        }
        return true
    }

    /// Adds `start..<end`, merging with overlapping or adjacent ranges.
    mutating func add(_ start: UInt64, _ end: UInt64) {
        guard start < end else { return }
        // Ranges in lower..<upper touch the new one; those before end before `start`, those
        // after start after `end`.
        let lower = self.firstIndex { $0.end >= start }
        let upper = self.firstIndex { $0.start > end }
        if lower == upper {
            self.ranges.insert(Interval(start: start, end: end), at: lower)
        } else {
            let merged = Interval(start: min(start, self.ranges[lower].start), end: max(end, self.ranges[upper - 1].end))
            self.ranges.replaceSubrange(lower..<upper, with: CollectionOfOne(merged))
        }
    }

    func union(_ other: Self) -> Self {
        var result = Self()
        result.ranges.reserveCapacity(self.ranges.count + other.ranges.count)
        var left = self.ranges[...]
        var right = other.ranges[...]
        while let next = Self.popLower(&left, &right) {
            if let last = result.ranges.indices.last, next.start <= result.ranges[last].end {
                result.ranges[last].end = max(result.ranges[last].end, next.end)
            } else {
                result.ranges.append(next)
            }
        }
        return result
    }

    func subtracting(_ other: Self) -> Self {
        var result = Self()
        var index = 0
        for var range in self.ranges {
            // Skip removals that end before this range; they cannot touch later ranges either.
            while index < other.ranges.count, other.ranges[index].end <= range.start { index += 1 }
            var cut = index
            while cut < other.ranges.count, other.ranges[cut].start < range.end {
                let removal = other.ranges[cut]
                if removal.start > range.start { result.ranges.append(Interval(start: range.start, end: removal.start)) }
                range.start = max(range.start, removal.end)
                if removal.end >= range.end { break }
                cut += 1
            }
            if range.start < range.end { result.ranges.append(range) }
        }
        return result
    }

    /// Removes and returns the lower-starting head of two sorted sequences.
    private static func popLower(_ left: inout ArraySlice<Interval>, _ right: inout ArraySlice<Interval>) -> Interval? {
        if let head = left.first, right.first.map({ head.start <= $0.start }) ?? true {
            return left.removeFirst()
        }
        return right.popFirst()
    }

    /// Binary search: the first index whose range satisfies `predicate`, which must be false
    /// for a prefix of the ranges and true for the rest.
    private func firstIndex(where predicate: (Interval) -> Bool) -> Int {
        var low = 0
        var high = self.ranges.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self.ranges[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// For decoders that have already checked ranges are sorted, disjoint and non-adjacent.
    mutating func append(_ start: UInt64, _ end: UInt64) {
        self.ranges.append(Interval(start: start, end: end))
    }
}
