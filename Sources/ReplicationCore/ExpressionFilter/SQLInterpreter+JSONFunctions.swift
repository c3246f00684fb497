/// JSON_EXTRACT (what `col->'$.a'` means), JSON_UNQUOTE (`->>`), JSON_TYPE, JSON_VALID.
extension SQLInterpreter {
    func jsonFunction(_ function: SQLFunction, _ values: [SQLValue]) throws -> SQLValue {
        switch function {
        case .jsonValid:
            guard !values[0].isNull else { return .null }
            if case .json = values[0] { return .true }
            return .boolean(values[0].isString && SQLJSON.parse(values[0].text ?? "") != nil)
        case .jsonUnquote:
            switch values[0] {
            case .null: return .null
            case .json(.string(let text)): return .string(text, SQLCollation(name: "utf8mb4_bin"))
            case .json(let document): return .string(document.description, SQLCollation(name: "utf8mb4_bin"))
            default:
                let text = values[0].text ?? ""
                // A quoted JSON string loses its quotes and escapes; other text is returned as is.
                if text.hasPrefix("\""), case .string(let unquoted) = SQLJSON.parse(text) {
                    return .string(unquoted, SQLCollation(name: "utf8mb4_bin"))
                }
                return .string(text, SQLCollation(name: "utf8mb4_bin"))
            }
        case .jsonType:
            guard let document = try Self.document(values[0], function: function) else { return .null }
            return .string(document.typeName, SQLCollation(name: "utf8mb4_bin"))
        case .jsonExtract:
            guard let document = try Self.document(values[0], function: function) else { return .null }
            var matches: [SQLJSON] = []
            var wrap = values.count > 2
            for pathValue in values.dropFirst() {
                guard let pathText = pathValue.text else { return .null }
                guard let path = SQLJSONPath(pathText) else { throw ExpressionFilterError.invalid("invalid JSON path '\(pathText)' in JSON_EXTRACT") }
                wrap = wrap || path.hasWildcard
                matches += document.values(at: path)
            }
            if matches.isEmpty { return .null }
            // One path without wildcards gives the value itself; otherwise an array of matches.
            return .json(wrap ? .array(matches) : matches[0])
        default:
            throw Self.misrouted(function)
        }
    }

    /// A JSON argument: a JSON value, or a string holding JSON text; nil for NULL.
    private static func document(_ value: SQLValue, function: SQLFunction) throws -> SQLJSON? {
        switch value {
        case .null: return nil
        case .json(let document): return document
        case .string, .binary:
            guard let document = SQLJSON.parse(value.text ?? "") else {
                throw ExpressionFilterError.invalid("invalid JSON text in argument 1 to function \(function.rawValue.lowercased())")
            }
            return document
        default:
            throw ExpressionFilterError.invalid("invalid data type for JSON data in argument 1 to function \(function.rawValue.lowercased())")
        }
    }
}
