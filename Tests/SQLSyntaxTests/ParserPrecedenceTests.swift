import SQLSyntax
import Testing

/// Operator precedence and associativity, as MySQL 8's grammar groups them.
@Suite struct ParserPrecedenceTests {
    static let cases: [(source: String, tree: String)] = [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("8 / 4 DIV 2 % 3 MOD 5", "(% (% (DIV (/ 8 4) 2) 3) 5)"),
        ("a ^ b * c", "(* (^ a b) c)"),
        ("-a ^ b", "(^ (- a) b)"),
        ("~a ^ b", "(^ (~ a) b)"),
        ("- - a", "(- (- a))"),
        ("1 + 2 << 3", "(<< (+ 1 2) 3)"),
        ("a << 1 & b", "(& (<< a 1) b)"),
        ("a & b | c", "(| (& a b) c)"),
        ("a | b = c", "(= (| a b) c)"),
        ("a = b = c", "(= (= a b) c)"),
        ("a < b <=> c != d <> e >= f", "(>= (<> (<> (<=> (< a b) c) d) e) f)"),
        ("NOT a = b", "(NOT (= a b))"),
        ("NOT a AND b", "(AND (NOT a) b)"),
        ("NOT NOT a", "(NOT (NOT a))"),
        ("!a = b", "(= (NOT a) b)"),
        ("!a AND b", "(AND (NOT a) b)"),
        ("a OR b AND c", "(OR a (AND b c))"),
        ("a AND b OR c", "(OR (AND a b) c)"),
        ("a XOR b OR c", "(OR (XOR a b) c)"),
        ("a AND b XOR c", "(XOR (AND a b) c)"),
        ("a || b && c", "(OR a (AND b c))"),
        ("a OR b OR c", "(OR (OR a b) c)"),
        ("a BETWEEN 1 AND 2 AND c", "(AND (BETWEEN a 1 2) c)"),
        ("a NOT BETWEEN b + 1 AND c * 2", "(NOT BETWEEN a (+ b 1) (* c 2))"),
        ("NOT a BETWEEN 1 AND 2", "(NOT (BETWEEN a 1 2))"),
        ("a = b BETWEEN 1 AND 2", "(= a (BETWEEN b 1 2))"),
        ("a BETWEEN 1 AND 2 = b", "(= (BETWEEN a 1 2) b)"),
        ("a LIKE 'x' = b", "(= (LIKE a 'x') b)"),
        ("a || b LIKE c", "(OR a (LIKE b c))"),
        ("a IN (1, 2) OR b NOT IN (3)", "(OR (IN a 1 2) (NOT IN b 3))"),
        ("a + 1 IN (2)", "(IN (+ a 1) 2)"),
        ("a IS NULL = 1", "(= (IS NULL a) 1)"),
        ("a = b IS NULL", "(IS NULL (= a b))"),
        ("a = b IS TRUE", "(IS TRUE (= a b))"),
        ("a IS NULL IS NOT UNKNOWN", "(IS NOT UNKNOWN (IS NULL a))"),
        ("NOT a IS TRUE", "(NOT (IS TRUE a))"),
        ("a IS NOT FALSE AND b", "(AND (IS NOT FALSE a) b)"),
        ("-a COLLATE x", "(- (COLLATE a x))"),
        ("BINARY a = b", "(= (BINARY a) b)"),
        ("BINARY a COLLATE x", "(BINARY (COLLATE a x))"),
        ("a COLLATE x COLLATE y", "(COLLATE (COLLATE a x) y)"),
        ("a + INTERVAL 1 DAY - INTERVAL 2 HOUR", "(- (+ a (INTERVAL 1 DAY)) (INTERVAL 2 HOUR))"),
        ("INTERVAL 1 DAY + a * 2", "(* (+ (INTERVAL 1 DAY) a) 2)"),
        ("a + INTERVAL 1 + 1 DAY", "(+ a (INTERVAL (+ 1 1) DAY))"),
        ("a REGEXP 'x' | 'y'", "(REGEXP a (| 'x' 'y'))"),
        ("a LIKE b ESCAPE '!' AND c", "(AND (LIKE a b ESCAPE '!') c)"),
        ("(a OR b) AND c", "(AND (OR a b) c)"),
    ]

    @Test(arguments: cases)
    func precedence(source: String, tree: String) {
        #expect(parsed(source) == tree)
    }

    static let pipesAsConcatCases: [(source: String, tree: String)] = [
        ("a || b", "CONCAT(a, b)"),
        ("a || b || c", "CONCAT(a, b, c)"),
        ("a || b = c", "(= CONCAT(a, b) c)"),
        ("a ^ b || c", "(^ a CONCAT(b, c))"),
        ("-a || b", "CONCAT((- a), b)"),
        ("a || b * c", "(* CONCAT(a, b) c)"),
        ("a OR b", "(OR a b)"),
    ]

    @Test(arguments: pipesAsConcatCases)
    func pipesAsConcat(source: String, tree: String) {
        #expect(parsed(source, options: .init(pipesAsConcat: true)) == tree)
    }

    static let highNotCases: [(source: String, tree: String)] = [
        ("NOT a BETWEEN 1 AND 2", "(BETWEEN (NOT a) 1 2)"),
        ("NOT a = b", "(= (NOT a) b)"),
        ("a NOT IN (1)", "(NOT IN a 1)"),
        ("a = NOT b", "(= a (NOT b))"),
    ]

    @Test(arguments: highNotCases)
    func highNotPrecedence(source: String, tree: String) {
        #expect(parsed(source, options: .init(highNotPrecedence: true)) == tree)
    }
}
