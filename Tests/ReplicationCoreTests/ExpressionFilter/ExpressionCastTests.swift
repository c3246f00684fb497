import Testing

@testable import ReplicationCore

/// CAST/CONVERT, BINARY, COLLATE and the JSON functions.
@Suite struct ExpressionCastTests {
    static let castsCases: [(String, String)] = [
        ("CAST('12abc' AS SIGNED)", "12"), ("CAST(-1 AS UNSIGNED)", "18446744073709551615"), ("CAST(u AS SIGNED)", "-1"),
        ("CAST(1.5 AS SIGNED)", "2"), ("CAST(-1.5 AS SIGNED)", "-2"), ("CAST('1.9' AS SIGNED)", "1"), ("CAST(dd AS SIGNED)", "20240229"),
        ("CAST('1.999' AS DECIMAL(5,2))", "2.00"), ("CAST(12345 AS DECIMAL(4,1))", "999.9"), ("CAST(d AS DECIMAL)", "11"),
        ("CAST(1/3 AS DOUBLE)", "0.3333"),
        ("CAST('2024-01-02' AS DATE)", "2024-01-02"), ("CAST(dt AS DATE)", "2024-01-31"), ("CAST(dt AS TIME)", "13:05:10"),
        ("CAST(dt AS DATETIME(1))", "2024-01-31 13:05:09.5"), ("CAST('2024-01-02 03:04:05.6' AS DATETIME)", "2024-01-02 03:04:06"),
        ("CAST(20240102 AS DATE)", "2024-01-02"), ("CAST('junk' AS DATE)", "NULL"),
        ("CAST(c AS CHAR)", "4"), ("CONVERT('abc', CHAR(2))", "ab"), ("CONVERT(s USING latin1)", "Hello World"),
        ("CAST('a' AS BINARY(3)) = X'610000'", "1"), ("BINARY 'abc' = 'ABC'", "0"), ("CAST(s AS BINARY) = 'Hello World'", "1"),
        ("CAST('{\"a\": [1, 2]}' AS JSON)", #"{"a": [1, 2]}"#), ("CAST(1 AS JSON)", "1"),
        ("s COLLATE utf8mb4_bin = 'hello world'", "0"),
    ]

    @Test(arguments: castsCases)
    func casts(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let jsonCases: [(String, String)] = [
        ("j", #"{"a": 1, "b": [1, 2, {"c": "x"}], "s": "str"}"#), ("j->'$.a'", "1"), ("j->>'$.s'", "str"), ("j->'$.s'", #""str""#),
        ("JSON_EXTRACT(j, '$.b[2].c')", #""x""#), ("JSON_EXTRACT(j, '$.b[*]')", #"[1, 2, {"c": "x"}]"#),
        ("JSON_EXTRACT(j, '$.a', '$.s')", #"[1, "str"]"#),
        ("JSON_EXTRACT(j, '$.zz')", "NULL"), ("JSON_EXTRACT(j, '$**.c')", #"["x"]"#), ("JSON_EXTRACT('[10, 20, [30, 40]]', '$[1]')", "20"),
        ("JSON_EXTRACT('[10, 20, [30, 40]]', '$[2][*]')", "[30, 40]"), ("JSON_EXTRACT('[1, 2]', '$[last]')", "2"),
        ("JSON_UNQUOTE('\"abc\"')", "abc"), ("JSON_UNQUOTE('abc')", "abc"), ("JSON_TYPE(j)", "OBJECT"), ("JSON_TYPE(j->'$.b')", "ARRAY"),
        ("JSON_VALID('{\"a\": 1}')", "1"), ("JSON_VALID('{a: 1}')", "0"), ("JSON_VALID(n)", "NULL"),
    ]

    @Test(arguments: jsonCases)
    func json(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    @Test func invalidJSONIsAnEvaluationError() {
        #expect(ExpressionFixture.error("JSON_EXTRACT('{oops', '$.a')")?.message == "invalid JSON text in argument 1 to function json_extract")
        #expect(ExpressionFixture.error("JSON_EXTRACT(j, 'a.b')")?.message == "invalid JSON path 'a.b' in JSON_EXTRACT")
    }
}
