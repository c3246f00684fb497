/// GTID set text as MySQL reads and prints it: `uuid:1-5:7[:tag:1-3][,uuid:...]`.
extension MySQLGTIDSet: CustomStringConvertible {
    /// Parses what `SELECT @@gtid_executed` and the GTID functions print, and what users type:
    /// UUIDs and tags of either case, unsorted or overlapping ranges, whitespace (including the
    /// newlines MySQL prints) around separators, empty entries between commas, and "" for the
    /// empty set. Like MySQL, a tag applies to the ranges after it up to the next tag or comma,
    /// and a UUID without ranges adds nothing. Unlike MySQL, a range whose end is below its
    /// start (`5-3`) is rejected rather than ignored, as it is surely a typo.
    public init(parsing text: String) throws {
        self.init()
        var scanner = GTIDTextScanner(text)
        while true {
            scanner.skipWhitespace()
            if scanner.take(UInt8(ascii: ",")) { continue }
            if scanner.isAtEnd { return }
            var source = MySQLGTIDSource(uuid: try MySQLUUID.parse(&scanner))
            scanner.skipWhitespace()
            while scanner.take(UInt8(ascii: ":")) {
                scanner.skipWhitespace()
                if let tag = try MySQLGTIDTag.parse(&scanner) {
                    source.tag = tag
                } else if let byte = scanner.peek, GTIDTextScanner.isDigit(byte) {
                    let (start, end) = try Self.parseRange(&scanner)
                    self.add(source, start, end + 1)
                } else {
                    throw scanner.error("expected a transaction number or a tag after ':', found \(scanner.found)")
                }
                scanner.skipWhitespace()
            }
            guard scanner.isAtEnd || scanner.peek == UInt8(ascii: ",") else {
                throw scanner.error("expected ':', ',' or the end of the set, found \(scanner.found)")
            }
        }
    }

    /// `n` or `n-m`, as a closed range.
    private static func parseRange(_ scanner: inout GTIDTextScanner) throws -> (UInt64, UInt64) {
        let startOffset = scanner.offset
        let start = try scanner.decimal(max: Self.maxNumber, "a transaction number")
        guard start >= 1 else { throw scanner.error("transaction numbers start at 1", at: startOffset) }
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "-")) else { return (start, start) }
        scanner.skipWhitespace()
        let endOffset = scanner.offset
        let end = try scanner.decimal(max: Self.maxNumber, "the end of a range")
        guard end >= start else { throw scanner.error("range ends at \(end), before its start \(start)", at: endOffset) }
        return (start, end)
    }

    /// The set as the GTID functions print it: sources separated by ",", e.g.
    /// `3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5:7:tag1:1-3,...`; "" when empty.
    public var description: String { self.text(separator: ",") }

    /// The set exactly as `SELECT @@gtid_executed` prints it, with ",\n" between UUIDs.
    public var multilineDescription: String { self.text(separator: ",\n") }

    private func text(separator: String) -> String {
        var text = ""
        var previousUUID: MySQLUUID?
        for entry in self.entries {
            // The tags of one UUID follow its untagged ranges in the same item, as MySQL prints them.
            if entry.source.uuid != previousUUID {
                if previousUUID != nil { text += separator }
                text += entry.source.uuid.description
                previousUUID = entry.source.uuid
            }
            if let tag = entry.source.tag { text += ":" + tag.name }
            for range in entry.intervals.ranges {
                text += ":" + String(range.start)
                if range.end - range.start > 1 { text += "-" + String(range.end - 1) }
            }
        }
        return text
    }
}
