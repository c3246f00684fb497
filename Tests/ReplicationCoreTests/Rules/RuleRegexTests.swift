import MigrationConfig
import Testing

/// Regular expressions as DM's task files write them (Go RE2 syntax).
@Suite struct RuleRegexTests {
    static let searches: [(pattern: String, text: String, matches: Bool)] = [
        (#"^t_[\d]+"#, "t_12", true),
        (#"^t_[\d]+"#, "x_t_12", false),
        (#"^DROP\s+PROCEDURE"#, "DROP  PROCEDURE p", true),
        (#"^DROP\s+PROCEDURE"#, "drop procedure p", false),
        (#"(?i)^DROP\s+PROCEDURE"#, "drop procedure p", true),
        (#"ALTER\s+TABLE[\s\S]*ADD\s+PARTITION"#, "ALTER TABLE t\nADD PARTITION (p1)", true),
        // Unanchored expressions match anywhere, like Go's MatchString.
        ("est", "test", true),
        // Go's named group and one-letter Unicode classes.
        (#"(?P<num>\d+)"#, "t_7", true),
        (#"^\pL+$"#, "abc", true),
        (#"^\pL+$"#, "ab1", false),
        (#"^\PN+$"#, "abc", true),
        // An escaped backslash followed by `pL` is not a class.
        (#"a\\pL"#, #"a\pL"#, true),
        // `(?P<` inside a character class is just characters.
        (#"^[(?P<]+$"#, "(?P<", true),
    ]

    @Test(arguments: searches)
    func search(_ pattern: String, _ text: String, _ matches: Bool) throws {
        let regex = try RuleRegex(pattern)
        #expect(regex.matches(text) == matches)
    }

    @Test func caseInsensitiveOption() throws {
        let regex = try RuleRegex("^test", caseSensitive: false)
        #expect(regex.matches("TEST_1"))
        let strict = try RuleRegex("^test")
        #expect(!strict.matches("TEST_1"))
    }

    @Test func captureGroups() throws {
        let regex = try RuleRegex("t_(.*)")
        let match = try #require(regex.firstMatch(in: "t_01"))
        #expect(match.wholeMatch == "t_01")
        #expect(match.groups == ["01"])
        let optional = try RuleRegex("(a)(b)?")
        let partial = try #require(optional.firstMatch(in: "a"))
        #expect(partial.groups == ["a", nil])
        #expect(optional.captureGroupCount == 2)
        #expect(try RuleRegex("x").firstMatch(in: "y") == nil)
    }

    @Test func compileErrorNamesThePattern() {
        #expect(throws: RuleRegexError.self) { try RuleRegex("(unclosed") }
        let error = RuleRegexError(pattern: "(unclosed")
        #expect(error.description.hasPrefix("invalid regular expression \"(unclosed\": "))
        #expect(error.description.count > "invalid regular expression \"(unclosed\": ".count)
    }

    @Test func namePatternChoosesRegexOrWildcard() throws {
        let regex = try NamePattern("~^test.*", caseSensitive: false)
        #expect(regex.matches("Test_1"))
        #expect(regex.description == "~^test.*")
        let wildcard = try NamePattern("test*", caseSensitive: true)
        #expect(wildcard.matches("test_1"))
        #expect(!wildcard.matches("Test_1"))
        let exact = try NamePattern("test", caseSensitive: true)
        #expect(!exact.matches("test_1"))
    }
}
