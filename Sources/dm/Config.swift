import ArgumentParser
import DMCommands
import MigrationConfig
import ReplicationCore

extension DM {
    /// `dm config check` and `dm config export`.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check or export DM task and source files.",
            subcommands: [Check.self, Export.self])

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate task and source files and print every problem (exit status 1 when any is an error).")

            @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
            @Flag(help: "Do not print notices (deprecated or not yet supported keys).") var quiet = false
            @Argument(help: "Task and source files, in any order.") var files: [String]

            func run() throws {
                let report = ConfigCheck.run(files: self.files, secrets: try SecretKeyOption.optional(path: self.secretKeyPath))
                for line in report.lines(includeNotices: !self.quiet) { print(line) }
                if report.hasErrors { throw ExitCode(1) }
            }
        }

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print a task or source file as normalized YAML, with defaults filled in and passwords masked.")

            @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
            @Argument(help: "A task or source file.") var file: String

            func run() throws {
                print(try ConfigExport.normalizedYAML(path: self.file, secrets: try SecretKeyOption.optional(path: self.secretKeyPath)), terminator: "")
            }
        }
    }
}
