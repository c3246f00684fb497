import MySQLClient

/// Renders result sets the way the mysql command-line client does in table mode.
enum ResultTable {
    static func render(_ result: MySQLQueryResult) throws -> String {
        var out: [String] = []
        for set in result.resultSets {
            guard let columns = set.columns else {
                out.append("OK, \(set.affectedRows) row(s) affected" + (set.warnings > 0 ? ", \(set.warnings) warning(s)" : ""))
                continue
            }
            let header = columns.definitions.map(\.name)
            let cells = try set.rows.map { try $0.values.map(\.description) }
            var widths = header.map(\.count)
            for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
            let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
            func line(_ values: [String]) -> String {
                "| " + values.enumerated().map { $0.element + String(repeating: " ", count: widths[$0.offset] - $0.element.count) }
                    .joined(separator: " | ") + " |"
            }
            out.append(rule)
            out.append(line(header))
            out.append(rule)
            out.append(contentsOf: cells.map(line))
            out.append(rule)
            out.append("\(set.rows.count) row(s)")
        }
        return out.joined(separator: "\n")
    }
}
