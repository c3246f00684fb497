import MigrationConfig
import Testing

/// DM's wildcard ("table selector"): one trailing `*`, `?`, `[...]`, `[!...]`.
@Suite struct WildcardPatternTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pattern: String
        let name: String
        let matches: Bool
        var caseSensitive = true
        var testDescription: String { "\(pattern) ~ \(name)" }
    }

    static let cases: [Case] = [
        // DM's examples: `doc*` matches doc and document, not dodo.
        Case(pattern: "doc*", name: "doc", matches: true),
        Case(pattern: "doc*", name: "document", matches: true),
        Case(pattern: "doc*", name: "dodo", matches: false),
        Case(pattern: "t_*", name: "t_1", matches: true),
        Case(pattern: "t_*", name: "t", matches: false),
        Case(pattern: "*", name: "", matches: true),
        Case(pattern: "*", name: "anything", matches: true),
        // `?` is exactly one character.
        Case(pattern: "t?", name: "t1", matches: true),
        Case(pattern: "t?", name: "t", matches: false),
        Case(pattern: "t?", name: "t12", matches: false),
        Case(pattern: "t?*", name: "t12", matches: true),
        Case(pattern: "t?", name: "té", matches: true),
        // Sets and ranges, from the block-allow-list docs: test[123], t[1-5].
        Case(pattern: "test[123]", name: "test2", matches: true),
        Case(pattern: "test[123]", name: "test4", matches: false),
        Case(pattern: "t[1-5]", name: "t5", matches: true),
        Case(pattern: "t[1-5]", name: "t6", matches: false),
        Case(pattern: "t[a-c0-2]", name: "t1", matches: true),
        Case(pattern: "t[!1-5]", name: "t6", matches: true),
        Case(pattern: "t[!1-5]", name: "t3", matches: false),
        Case(pattern: "t[a-]", name: "t-", matches: true),
        Case(pattern: "t[-a]", name: "t-", matches: true),
        Case(pattern: "[!]x", name: "!x", matches: true),
        Case(pattern: "[*]", name: "*", matches: true),
        Case(pattern: "[*]", name: "a", matches: false),
        // An unclosed `[` is an ordinary character, as in DM.
        Case(pattern: "t[1", name: "t[1", matches: true),
        Case(pattern: "exact", name: "exact", matches: true),
        Case(pattern: "exact", name: "exactly", matches: false),
        Case(pattern: "", name: "", matches: true),
        Case(pattern: "", name: "a", matches: false),
        // Case sensitivity.
        Case(pattern: "Test_*", name: "test_1", matches: false),
        Case(pattern: "Test_*", name: "test_1", matches: true, caseSensitive: false),
        Case(pattern: "test_*", name: "TEST_1", matches: true, caseSensitive: false),
        Case(pattern: "T[A-C]", name: "tb", matches: true, caseSensitive: false),
    ]

    @Test(arguments: cases)
    func matching(_ test: Case) throws {
        let pattern = try WildcardPattern(test.pattern, caseSensitive: test.caseSensitive)
        #expect(pattern.matches(test.name) == test.matches)
    }

    static let invalid: [(pattern: String, reason: WildcardPatternError.Reason)] = [
        ("do*c", .starNotLast),
        ("**", .starNotLast),
        ("*a", .starNotLast),
        ("a*[1]", .starNotLast),
        ("t[]", .emptySet),
        ("t[z-a]", .reversedRange("z-a")),
    ]

    @Test(arguments: invalid)
    func rejects(_ pattern: String, _ reason: WildcardPatternError.Reason) {
        #expect(throws: WildcardPatternError(pattern: pattern, reason: reason)) {
            try WildcardPattern(pattern, caseSensitive: true)
        }
    }

    @Test func errorSaysWhatIsWrong() {
        let error = WildcardPatternError(pattern: "do*c", reason: .starNotLast)
        #expect(error.description.contains("\"do*c\""))
        #expect(error.description.contains("`*` must be the last character"))
    }

    @Test func literalDetection() throws {
        #expect(try WildcardPattern("plain", caseSensitive: true).isLiteral)
        #expect(try !WildcardPattern("t?", caseSensitive: true).isLiteral)
        #expect(try !WildcardPattern("t*", caseSensitive: true).isLiteral)
    }
}
