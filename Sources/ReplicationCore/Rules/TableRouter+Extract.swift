/// One value for a column added downstream by `extract-table`, `extract-schema` or `extract-source`.
public typealias ExtractedColumn = (column: String, value: String)

struct ExtractKey: Hashable, Sendable {
    let name: TableName
    let sourceID: String
}

extension TableRouter {
    /// The columns `name`'s route rule adds to each row, in DM's order (table, schema, source),
    /// empty when the rule extracts nothing or no rule matches.
    ///
    /// The value is what DM's router computes: the regular expression's first match in the table
    /// name, schema name or source id, and the concatenation of its capture groups (a group that
    /// did not take part adds nothing). No match, or an expression without groups, gives "".
    /// For DM's example `table-regexp: "t_(.*)"`, table `t_01` gives "01".
    ///
    /// The rule is chosen as in ``route(_:)``; where `route` reports several matching rules as an
    /// error, this takes the first in configuration order, as DM does.
    public func extractedColumns(for name: TableName, sourceID: String) -> [ExtractedColumn] {
        extractCache.value(for: ExtractKey(name: name, sourceID: sourceID)) {
            guard let rule = candidateRules(for: name).0.first else { return [] }
            return rule.extractors.map { extractor in
                let input = switch extractor.input {
                case .table: name.table
                case .schema: name.schema
                case .sourceID: sourceID
                }
                let groups = extractor.regex.firstMatch(in: input)?.groups ?? []
                return (column: extractor.targetColumn, value: groups.map { $0 ?? "" }.joined())
            }
        }
    }
}
