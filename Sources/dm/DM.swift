import ArgumentParser
import DMCommands

@main
struct DM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dm",
        abstract: "Migrates MySQL-compatible databases into a MySQL-compatible target.",
        subcommands: [Run.self, Check.self, QuickstartCommand.self, Dump.self, Load.self, Demo.self, Query.self, Binlog.self, Config.self, EncryptCommand.self])
}
