/// Table, database and index options.
extension StatementPrinter {
    /// Options written without `=` (`STORAGE DISK`, MariaDB's `WAIT 5`); the servers reject
    /// the `=` there.
    private static let optionsWithoutEqual: Set<String> = ["STORAGE", "WAIT"]

    func tableOptions(_ options: [SQLTableOption]) -> String? {
        options.isEmpty ? nil : options.map(tableOption).joined(separator: " ")
    }

    /// `NAME=value`; MariaDB requires the `=` for engine-defined options.
    func tableOption(_ option: SQLTableOption) -> String {
        if option.name == "UNION" { return "UNION=(" + option.value + ")" }
        if option.value.isEmpty, !option.quoted { return optionName(option.name) }
        let separator = Self.optionsWithoutEqual.contains(option.name) ? " " : "="
        return optionName(option.name) + separator + optionValue(option)
    }

    /// The name as parsed (`CHARACTER SET`, `ENGINE`), or backquoted if it is no keyword.
    private func optionName(_ name: String) -> String {
        let plain = name.utf8.allSatisfy {
            SQLByte.isLetter($0) || SQLByte.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ")
        }
        return plain && !name.isEmpty ? name : identifier(name)
    }

    /// `COMMENT 'x'`, `WITH PARSER ngram`, `KEY_BLOCK_SIZE=8`, `VISIBLE`: index options take no
    /// `=` after COMMENT and WITH PARSER.
    func indexOption(_ option: SQLTableOption) -> String {
        if option.value.isEmpty, !option.quoted { return option.name }
        let separator = option.name == "COMMENT" || option.name == "WITH PARSER" ? " " : "="
        return option.name + separator + optionValue(option)
    }

    private func optionValue(_ option: SQLTableOption) -> String {
        option.quoted ? string(option.value) : SQLPrinter.bareOrQuoted(option.value, quote: SQLPrinter.quoteIdentifier)
    }
}
