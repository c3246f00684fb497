// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "swift-dm",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "MySQLProtocol", targets: ["MySQLProtocol"]),
        .library(name: "MySQLClient", targets: ["MySQLClient"]),
        .library(name: "MySQLBinlog", targets: ["MySQLBinlog"]),
        .library(name: "SQLSyntax", targets: ["SQLSyntax"]),
        .library(name: "MigrationConfig", targets: ["MigrationConfig"]),
        .library(name: "ReplicationCore", targets: ["ReplicationCore"]),
        .library(name: "MariaDBHarness", targets: ["MariaDBHarness"]),
        .executable(name: "dm", targets: ["dm"]),
        .executable(name: "dmctl", targets: ["dmctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "MySQLProtocol",
            dependencies: [.product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MySQLClient",
            dependencies: [
                "MySQLProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // zlib from the system (Debian: zlib1g-dev), for MariaDB's compressed binlog events.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // zstd from the system (Debian: libzstd-dev), for MySQL's TRANSACTION_PAYLOAD events.
        .systemLibrary(name: "CZstd", providers: [.apt(["libzstd-dev"])]),
        .target(
            name: "MySQLBinlog",
            dependencies: ["CZlib", "CZstd", "MySQLClient", "MySQLProtocol", .product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: swiftSettings
        ),
        .target(name: "SQLSyntax", swiftSettings: swiftSettings),
        .target(
            name: "MigrationConfig",
            dependencies: [
                "SQLSyntax",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReplicationCore",
            dependencies: ["SQLSyntax", "MigrationConfig", "MySQLBinlog", "MySQLProtocol"],
            swiftSettings: swiftSettings
        ),
        // The units as services: dump and load (full migration), sync, prechecks, shard DDL, status.
        .target(
            name: "MigrationWorker",
            dependencies: [
                "CZlib", "MySQLClient", "MySQLProtocol", "MigrationConfig", "ReplicationCore", "SQLSyntax",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        // DM's tutorial scenario (three shards, one target) for `dm quickstart` and its test.
        .target(name: "Quickstart", dependencies: ["MariaDBHarness"], swiftSettings: swiftSettings),
        // Test support: throwaway MariaDB servers on loopback (also used by the demo and benchmarks).
        .target(name: "MariaDBHarness", swiftSettings: swiftSettings),
        .executableTarget(
            name: "dm",
            dependencies: [
                "MySQLClient", "MySQLBinlog", "MariaDBHarness", "MigrationConfig", "ReplicationCore", "DMCommands", "MigrationWorker", "Quickstart",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Commands shared by `dm` and `dmctl`.
        .target(
            name: "DMCommands",
            dependencies: ["MigrationConfig", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "dmctl",
            dependencies: ["DMCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ClientBenchmark",
            dependencies: ["MySQLClient", "MariaDBHarness"],
            path: "Benchmarks/ClientBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "BinlogBenchmark",
            dependencies: ["MySQLBinlog", "MySQLClient", "MariaDBHarness"],
            path: "Benchmarks/BinlogBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "MigrationBenchmark",
            dependencies: ["MariaDBHarness", "MySQLClient", "MySQLBinlog"],
            path: "Benchmarks/MigrationBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "BinlogFuzz",
            dependencies: ["MySQLBinlog"],
            path: "Benchmarks/BinlogFuzz",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MySQLProtocolTests",
            dependencies: [
                "MySQLProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The DDL corpus is read from the source tree (by #filePath), not bundled.
        .testTarget(name: "SQLSyntaxTests", dependencies: ["SQLSyntax"], exclude: ["Corpus"], swiftSettings: swiftSettings),
        .testTarget(name: "MigrationConfigTests", dependencies: ["MigrationConfig"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReplicationCoreTests",
            dependencies: ["ReplicationCore", "MigrationConfig", "SQLSyntax", "MySQLBinlog", "MySQLClient", "MariaDBHarness"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MigrationWorkerTests",
            dependencies: ["MigrationWorker", "MigrationConfig", "ReplicationCore", "MySQLBinlog", "MySQLClient", "MySQLProtocol", "MariaDBHarness"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "QuickstartTests",
            dependencies: ["Quickstart", "MariaDBHarness"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MySQLBinlogTests",
            dependencies: ["MySQLBinlog", "MySQLClient", "MariaDBHarness"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MySQLClientTests",
            dependencies: [
                "MySQLClient", "MariaDBHarness",
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
