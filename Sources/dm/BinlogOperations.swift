import ArgumentParser
import DMCommands
import Foundation
import MigrationConfig
import MigrationWorker

/// The options every `dm binlog skip|replace|revert|list` takes.
struct BinlogOperationOptions: ParsableArguments {
    @Option(name: [.customShort("s"), .customLong("source-id")], help: "The source the event came from (default: the task's only source).")
    var sourceID: String?
    @Option(name: [.customShort("b"), .customLong("binlog-pos")], help: "The event's start position, FILE:POS (default: the DDL the subtask is paused on).")
    var binlogPos: String?
    @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
    @Argument(help: "The task file.") var task: String

    /// Runs `body` with the task's operator, printing its answer; errors end with status 1.
    func perform(_ command: String, _ body: (BinlogOperator, BinlogPosition?) async throws -> String) async throws {
        do {
            let secrets = try SecretKeyOption.optional(path: self.secretKeyPath)
            let task = try ConfigLoader.loadTask(path: self.task, secrets: secrets).value
            let position = try self.binlogPos.map { try BinlogPosition(parsingFilePosition: $0) }
            print(try await body(try BinlogOperator(task: task, sourceID: self.sourceID), position))
        } catch {
            FileHandle.standardError.write(Data("dm binlog \(command): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

extension DM.Binlog {
    struct Skip: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Skip a DDL event the target refused; the paused sync goes on after it.")
        @OptionGroup var options: BinlogOperationOptions
        func run() async throws { try await self.options.perform("skip") { try await $0.skip(at: $1) } }
    }

    struct Replace: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace a DDL event the target refused with other statements (in the source's names; routing applies).")
        @OptionGroup var options: BinlogOperationOptions
        @Argument(help: "The statements, separated by ';'.") var sql: [String]
        func run() async throws {
            let sql = self.sql.joined(separator: " ")
            try await self.options.perform("replace") { try await $0.replace(at: $1, sql: sql) }
        }
    }

    struct Revert: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a skip or replace not yet used.")
        @OptionGroup var options: BinlogOperationOptions
        func run() async throws { try await self.options.perform("revert") { try await $0.revert(at: $1) } }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the skip and replace operations of a source, and the DDL it is paused on.")
        @OptionGroup var options: BinlogOperationOptions
        func run() async throws { try await self.options.perform("list") { operator_, _ in try await operator_.list() } }
    }
}
