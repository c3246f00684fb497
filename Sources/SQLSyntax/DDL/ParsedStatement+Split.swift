extension ParsedStatement {
    /// One statement per table for the statements that name several: `DROP TABLE a, b` gives
    /// `DROP TABLE a` and `DROP TABLE b`, `RENAME TABLE a TO b, c TO d` gives two RENAMEs. The
    /// texts are cut from this one (the words before the list, one entry, and everything after
    /// the list), so comments and flags such as IF EXISTS and TEMPORARY stay as written. Any
    /// other statement gives `[self]`.
    public func splitMultiTable() -> [ParsedStatement] {
        switch statement {
        case .dropTable(let drop) where drop.tables.count > 1:
            let sites = nameSites.filter { if case .droppedTable = $0.part { true } else { false } }
            guard sites.count == drop.tables.count, let first = sites.first, let last = sites.last else { return [self] }
            let list = first.range.lowerBound..<last.range.upperBound
            return zip(drop.tables, sites).map { table, site in
                var single = drop
                single.tables = [table]
                return cutting(list, keeping: site.range, statement: .dropTable(single), sites: [site], parts: [.droppedTable(0)])
            }
        case .renameTable(let rename) where rename.pairs.count > 1:
            let from = nameSites.filter { if case .renameFrom = $0.part { true } else { false } }
            let to = nameSites.filter { if case .renameTo = $0.part { true } else { false } }
            guard from.count == rename.pairs.count, to.count == from.count, let first = from.first, let last = to.last else {
                return [self]
            }
            let list = first.range.lowerBound..<last.range.upperBound
            return rename.pairs.indices.map { i in
                var single = rename
                single.pairs = [rename.pairs[i]]
                let kept = from[i].range.lowerBound..<to[i].range.upperBound
                return cutting(
                    list, keeping: kept, statement: .renameTable(single), sites: [from[i], to[i]], parts: [.renameFrom(0), .renameTo(0)])
            }
        default:
            return [self]
        }
    }

    /// `text` with the byte range `list` replaced by its part `kept`; `sites` (inside `kept`)
    /// are moved to match and given `parts`.
    private func cutting(
        _ list: Range<Int>, keeping kept: Range<Int>, statement: SQLStatement, sites: [NameSite], parts: [NameSite.Part]
    ) -> ParsedStatement {
        let bytes = Array(text.utf8)
        let newText = String(decoding: bytes[..<list.lowerBound] + bytes[kept] + bytes[list.upperBound...], as: UTF8.self)
        let shift = list.lowerBound - kept.lowerBound
        let newSites = zip(sites, parts).map { site, part in
            NameSite(range: (site.range.lowerBound + shift)..<(site.range.upperBound + shift), target: site.target, part: part)
        }
        return ParsedStatement(statement: statement, text: newText, nameSites: newSites)
    }
}
