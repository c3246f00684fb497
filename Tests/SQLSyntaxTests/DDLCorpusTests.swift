import Foundation
import Testing

@testable import SQLSyntax

/// The statement corpus in `Corpus/*.sql`: every DDL statement in it was run on MariaDB 10.11
/// (each file top to bottom in an empty database), so the parser must accept all of them.
///
/// Entries are separated by lines holding only `-- ;;`, so a statement may contain `;` (routine
/// bodies, strings, comments). Every file but `non-ddl.sql` holds DDL only; `non-ddl.sql` holds
/// transaction control, DML, session and administrative statements.
@Suite struct DDLCorpusTests {
    struct Entry: Sendable, CustomStringConvertible {
        let file: String
        /// 1-based position in its file.
        let number: Int
        let text: String

        var expectsDDL: Bool { file != DDLCorpus.nonDDLFile }
        var description: String { "\(file) #\(number):\n\(text)" }
    }

    @Test func corpusHasEnoughStatements() throws {
        let files = DDLCorpus.files
        #expect(files.contains(DDLCorpus.nonDDLFile), "the corpus has \(DDLCorpus.nonDDLFile)")
        #expect(files.count >= 10, "corpus files found in \(DDLCorpus.directory.path): \(files)")
        var ddlCount = 0
        var nonDDLCount = 0
        for file in files {
            let entries = try DDLCorpus.entries(in: file)
            #expect(!entries.isEmpty, "\(file) has no entries")
            if file == DDLCorpus.nonDDLFile {
                nonDDLCount += entries.count
            } else {
                ddlCount += entries.count
            }
        }
        #expect(ddlCount >= 500, "only \(ddlCount) DDL statements in the corpus")
        #expect(nonDDLCount >= 20, "only \(nonDDLCount) non-DDL statements in the corpus")
    }

    @Test func splittingKeepsSemicolonsAndComments() {
        let text = """
            CREATE TABLE a (x INT) -- first; with a semicolon
            -- ;;
              -- ;;  \r
            CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END
            -- ;;

            """
        let entries = DDLCorpus.split(text, file: "inline.sql")
        #expect(entries.map(\.text) == ["CREATE TABLE a (x INT) -- first; with a semicolon", "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END"])
        #expect(entries.map(\.number) == [1, 2])
    }

    /// Each entry parses, is classified by its file (DDL or not), and printing it gives text that
    /// parses to the same tree.
    @Test(arguments: DDLCorpus.files)
    func entriesParseAndRoundTrip(file: String) throws {
        let entries = try DDLCorpus.entries(in: file)
        var failures = 0
        for entry in entries where !Self.check(entry) {
            failures += 1
        }
        #expect(failures == 0, "\(failures) of \(entries.count) entries of \(file) failed")
    }

    /// Records an issue for each problem with `entry`; returns whether there was none.
    static func check(_ entry: Entry) -> Bool {
        let parsed: ParsedStatement
        do {
            parsed = try SQLParser.parseStatement(entry.text)
        } catch {
            Issue.record("\(entry.file) #\(entry.number): does not parse: \(error)\n\(entry.text)")
            return false
        }
        var ok = true
        let statement = parsed.statement
        let isNonDDL: Bool
        if case .nonDDL = statement {
            isNonDDL = true
        } else {
            isNonDDL = false
        }
        if entry.expectsDDL && isNonDDL {
            Issue.record("\(entry.file) #\(entry.number): classified as not DDL: \(statement)\n\(entry.text)")
            ok = false
        } else if !entry.expectsDDL && !isNonDDL {
            Issue.record("\(entry.file) #\(entry.number): classified as DDL: \(statement)\n\(entry.text)")
            ok = false
        }

        let printed = SQLPrinter.print(statement)
        let reparsed: ParsedStatement
        do {
            reparsed = try SQLParser.parseStatement(printed)
        } catch {
            Issue.record("\(entry.file) #\(entry.number): the printed statement does not parse: \(error)\nprinted: \(printed)\nsource: \(entry.text)")
            return false
        }
        let again = reparsed.statement
        if again != statement {
            Issue.record(
                "\(entry.file) #\(entry.number): printing and parsing again changes the tree\nsource: \(entry.text)\nprinted: \(printed)\nfirst: \(statement)\nagain: \(again)"
            )
            ok = false
        }
        return ok
    }
}

/// Loads and splits the corpus files.
enum DDLCorpus {
    static let separator = "-- ;;"
    static let nonDDLFile = "non-ddl.sql"

    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/SQLSyntaxTests
        .appendingPathComponent("Corpus")

    /// The `.sql` files of the corpus, sorted (empty when the directory cannot be read, which
    /// `corpusHasEnoughStatements` reports).
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted()
    }()

    static func entries(in file: String) throws -> [DDLCorpusTests.Entry] {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        return split(text, file: file)
    }

    /// Splits on lines holding only the separator (surrounding blanks and a CR allowed); entries
    /// are trimmed, and empty ones dropped. Numbers count the kept entries from 1.
    static func split(_ text: String, file: String) -> [DDLCorpusTests.Entry] {
        var chunks: [String] = []
        var current: [String] = []
        // "\r\n" is one Character, so normalise line ends before splitting.
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespacesAndNewlines) == separator {
                chunks.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        chunks.append(current.joined(separator: "\n"))
        var entries: [DDLCorpusTests.Entry] = []
        for chunk in chunks {
            let trimmed = chunk.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            entries.append(DDLCorpusTests.Entry(file: file, number: entries.count + 1, text: trimmed))
        }
        return entries
    }
}
