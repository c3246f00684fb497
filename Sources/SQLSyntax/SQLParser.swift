/// Parses MySQL/MariaDB SQL.
///
/// ## Expressions
///
/// `parseExpression` follows MySQL 8's grammar (sql_yacc.yy), which refines the manual's
/// "Operator Precedence" table. Loosest first:
///
/// | level | operators |
/// | --- | --- |
/// | expr | `OR`, `\|\|` (OR unless PIPES_AS_CONCAT) |
/// | | `XOR` |
/// | | `AND`, `&&` |
/// | | `NOT` (prefix; `NOT a = b` is `NOT (a = b)`) |
/// | | `IS [NOT] TRUE/FALSE/UNKNOWN` (once, on a comparison: `a = b IS TRUE`) |
/// | bool_pri | `= <=> <> != < <= > >=`, `IS [NOT] NULL` (left-associative) |
/// | predicate | `[NOT] IN (..)`, `[NOT] BETWEEN x AND y`, `[NOT] LIKE p [ESCAPE e]`, `[NOT] REGEXP/RLIKE`, `SOUNDS LIKE`, `MEMBER OF (..)` |
/// | bit_expr | `\|`, then `&`, then `<< >>`, then `+ -`, then `* / % DIV MOD`, then `^` |
/// | | `\|\|` under PIPES_AS_CONCAT |
/// | simple_expr | prefix `- + ~ ! BINARY` (and `NOT` under HIGH_NOT_PRECEDENCE), then postfix `COLLATE` |
///
/// Where the grammar is finer than the table, the grammar wins, as it does in the server:
/// the right operand of a comparison is a predicate (`a = b BETWEEN 1 AND 2` is
/// `a = (b BETWEEN 1 AND 2)`), BETWEEN's upper bound is a predicate, a LIKE pattern and its
/// ESCAPE are simple expressions, predicates do not chain (`a LIKE b LIKE c` is an error), and
/// `1 = NOT 0` is an error. `!` binds tighter than `^` (`!a ^ b` is `(!a) ^ b`).
///
/// ## Encodings
///
/// Forms without a node of their own in `SQLExpression`:
/// - Parentheses leave no node: `(x)` is `x`; `(a, b)` and `ROW(a, b)` are `.row`.
/// - `-5` is `.unary(.negate, 5)`; `!x` and `NOT x` are both `.unary(.not, x)`.
/// - `a != b` and `a <> b` are both `.binary(.notEqual, ..)`; `a MOD b` is `.binary(.modulo, ..)`.
/// - `a || b || c` under PIPES_AS_CONCAT is one `CONCAT(a, b, c)` call.
/// - Adjacent string literals are joined: `'a' 'b'` is `'ab'`.
/// - `_utf8mb4'x'` is `.string(bytes, introducer: "_utf8mb4")` (the introducer as written);
///   `_binary X'41'` and `_utf8mb4 0b1` are strings with that introducer too, as in MySQL;
///   `N'x'` has the introducer `"N"`. Unknown charset names are errors.
/// - `\N` is NULL.
/// - `DATE 'x'`, `TIME 'x'`, `TIMESTAMP 'x'` and ODBC `{d 'x'}`, `{t 'x'}`, `{ts 'x'}` are
///   `.temporal`; any other `{name expr}` is just `expr`.
/// - Function names are upper-cased; a stored function `db.f(x)` is named `"db.F"`.
///   `CURRENT_TIMESTAMP`, `CURRENT_DATE`, `CURRENT_TIME`, `LOCALTIME`, `LOCALTIMESTAMP`,
///   `UTC_DATE`, `UTC_TIME`, `UTC_TIMESTAMP`, `CURRENT_USER` without parentheses are calls with
///   no arguments under the same name (synonyms such as NOW are not merged).
/// - `x + INTERVAL 1 DAY` is `.binary(.add, x, .interval(1, .day))`, likewise for `-`;
///   `INTERVAL 1 DAY + x` is `.binary(.add, .interval(1, .day), x)` with `x` a simple
///   expression; `DATE_ADD(x, INTERVAL 1 DAY)` (and DATE_SUB, ADDDATE, SUBDATE) has the
///   `.interval` as its second argument. An interval anywhere else is an error.
///   `INTERVAL(n, n1, ...)` with a comma is the function INTERVAL.
/// - Keyword arguments become upper-case string literals in first position:
///   `EXTRACT(DAY FROM x)` is `EXTRACT('DAY', x)`, `TIMESTAMPADD(SQL_TSI_DAY, n, x)` is
///   `TIMESTAMPADD('DAY', n, x)` (also TIMESTAMPDIFF), `GET_FORMAT(DATE, 'EUR')` is
///   `GET_FORMAT('DATE', 'EUR')`.
/// - `TRIM(s)` is `TRIM(s)`; `TRIM(BOTH|LEADING|TRAILING [r] FROM s)` is
///   `TRIM_BOTH|TRIM_LEADING|TRIM_TRAILING(s[, r])` (no `r`: spaces); `TRIM(r FROM s)` is
///   `TRIM_BOTH(s, r)`.
/// - `SUBSTRING(s FROM p FOR n)` is `SUBSTRING(s, p, n)` (also SUBSTR, MID, under their names).
/// - `POSITION(a IN b)` is `POSITION(a, b)`, which means `LOCATE(a, b)`.
/// - `CAST(x AS type)` and `CONVERT(x, type)` are `.cast`. `CONVERT(x USING cs)` is
///   `.cast(x, .char(length: nil, charset: cs))`, which MySQL defines as the same thing;
///   `CHAR(a, b USING cs)` is `.cast(CHAR(a, b), .char(length: nil, charset: cs))`.
///   Cast types: `NCHAR` is CHAR with charset `utf8mb3`, `CHAR ASCII` latin1,
///   `CHAR UNICODE` ucs2, `CHAR BYTE` BINARY, `REAL` DOUBLE, `FLOAT(p)` FLOAT up to 24 and
///   DOUBLE up to 53, MariaDB's `INT`/`INTEGER` SIGNED. `YEAR` and `ARRAY` are errors.
///   Charset and collation names are kept as written.
/// - `a SOUNDS LIKE b` is `SOUNDEX(a) = SOUNDEX(b)`, as MySQL rewrites it.
/// - `a MEMBER OF (j)` is `MEMBER_OF(a, j)`.
/// - `c->'$.p'` is `JSON_EXTRACT(c, '$.p')` and `c->>'$.p'` is
///   `JSON_UNQUOTE(JSON_EXTRACT(c, '$.p'))` (only after a column, as in MySQL).
/// - `VALUES(c)` and `DEFAULT(c)` are calls named VALUES and DEFAULT.
///
/// Errors: subqueries (`(SELECT ..)`, `EXISTS`, `IN (SELECT ..)`, `= ANY (..)`), `:=`,
/// variables, `?` placeholders, `COUNT(*)`, `DISTINCT` in calls, window functions, `MATCH`,
/// `t.*`, and anything left after the expression ("unexpected 'x' after the end of the
/// expression"). Function names are accepted with a space before `(` (as under IGNORE_SPACE).
/// Operands nested more than 256 levels deep (parentheses, arguments, prefix operators) are an
/// error rather than a risk to the stack.
public enum SQLParser {
    /// Parses one scalar expression, such as a DM expression filter (`c % 2 = 0`).
    ///
    /// - Throws: `SQLSyntaxError`, positioned at the offending token.
    public static func parseExpression(_ text: String, options: SQLLexerOptions = .init()) throws -> SQLExpression {
        var parser = ExpressionParser(text, options: options)
        let expression = try parser.parseExpression()
        if !parser.cursor.isAtEnd {
            if parser.cursor.isSymbol(.assign) { throw parser.assignmentError() }
            throw parser.cursor.unexpected(" after the end of the expression")
        }
        if let lexingError = parser.cursor.lexingError { throw lexingError }
        return expression
    }
}
