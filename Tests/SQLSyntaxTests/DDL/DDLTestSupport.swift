import SQLSyntax

/// The statement of `text`.
func statement(_ text: String, options: SQLLexerOptions = .init()) throws -> SQLStatement {
    try SQLParser.parseStatement(text, options: options).statement
}

/// `text` parsed and printed, or the error's description.
func reprinted(_ text: String, options: SQLLexerOptions = .init()) -> String {
    do {
        return SQLPrinter.print(try SQLParser.parseStatement(text, options: options).statement)
    } catch {
        return "error: \(error)"
    }
}

/// The parse error's description for `text`, or nil if it parses.
func statementError(_ text: String) -> String? {
    do {
        _ = try SQLParser.parseStatement(text)
        return nil
    } catch {
        return "\(error)"
    }
}

/// Whether parsing the printed form of `text` gives back the same tree.
func roundTrips(_ text: String, options: SQLLexerOptions = .init(), print printOptions: PrintOptions = .init()) throws -> Bool {
    let first = try SQLParser.parseStatement(text, options: options).statement
    let printed = SQLPrinter.print(first, options: printOptions)
    var reparseOptions = SQLLexerOptions()
    reparseOptions.noBackslashEscapes = printOptions.noBackslashEscapes
    return try SQLParser.parseStatement(printed, options: reparseOptions).statement == first
}

/// The text with every table renamed to `<schema>_new`.`<name>_new` (unqualified names get
/// the schema `s`).
func renamedTables(_ text: String) throws -> String {
    try SQLParser.parseStatement(text).renamingTables(defaultSchema: "s") { name in
        SQLTableName(schema: (name.schema ?? "?") + "_new", name: name.name + "_new")
    }
}
