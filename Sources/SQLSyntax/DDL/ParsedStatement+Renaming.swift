extension ParsedStatement {
    /// The text with each name site for which `replacement` returns text replaced by that text;
    /// everything else stays exactly as written.
    public func rewritingNames(_ replacement: (NameSite) -> String?) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var copied = 0
        for site in nameSites.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard site.range.lowerBound >= copied, let new = replacement(site) else { continue }
            result += bytes[copied..<site.range.lowerBound]
            result += new.utf8
            copied = site.range.upperBound
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The text with every table name replaced by `rename`'s result, written fully qualified
    /// and backquoted (`` `db`.`t` ``). `rename` receives names qualified with `defaultSchema`
    /// when they were written without a schema. Trigger, routine and event names are left alone.
    public func renamingTables(defaultSchema: String?, _ rename: (SQLTableName) -> SQLTableName) -> String {
        rewritingNames { site in
            guard case .table(var name) = site.target else { return nil }
            if name.schema == nil { name.schema = defaultSchema }
            return SQLPrinter.quoteTableName(rename(name))
        }
    }

    /// The text with every database name of CREATE/ALTER/DROP DATABASE and USE replaced by
    /// `rename`'s result, backquoted.
    public func renamingDatabases(_ rename: (String) -> String) -> String {
        rewritingNames { site in
            guard case .database(let name) = site.target else { return nil }
            return SQLPrinter.quoteIdentifier(rename(name))
        }
    }
}
