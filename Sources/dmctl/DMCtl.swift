import ArgumentParser
import DMCommands

/// The cluster control tool. For now it offers what works without a cluster.
@main
struct DMCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dmctl",
        abstract: "Controls a DM cluster.",
        subcommands: [EncryptCommand.self])
}
