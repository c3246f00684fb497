// Time-bounded mutation fuzzing of the binlog decoder: mutates the events of the given binlog
// files (or of the fixtures) and decodes them; every input must decode or throw. A trap ends
// the process with a non-zero status and prints the seed to replay.
//
//     swift run -c release BinlogFuzz [seconds] [binlog files...]
import Foundation
import MySQLBinlog

let arguments = Array(CommandLine.arguments.dropFirst())
let seconds = arguments.first.flatMap(Double.init) ?? 60
var paths = Array(arguments.dropFirst())
if paths.isEmpty {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/fixtures/binlogs").standardized
    let walker = FileManager.default.enumerator(atPath: fixtures.path)
    while let relative = walker?.nextObject() as? String {
        if !relative.hasSuffix(".md") { paths.append(fixtures.appendingPathComponent(relative).path) }
    }
}
var corpus: [[[UInt8]]] = []
for path in paths {
    guard var reader = try? BinlogFileReader(path: path) else { continue }
    var events: [[UInt8]] = []
    while let next = try? reader.next() { events.append(next.bytes) }
    if !events.isEmpty { corpus.append(events) }
}
guard !corpus.isEmpty else {
    print("no binlog events to mutate (give binlog files as arguments)")
    exit(1)
}
let seed = UInt64(Date().timeIntervalSince1970 * 1000)
print("fuzzing \(corpus.count) files (\(corpus.reduce(0) { $0 + $1.count }) events) for \(seconds) s, seed \(seed)")
var rng = SplitMix64(seed: seed)
var total = BinlogMutator.Stats()
let deadline = Date().addingTimeInterval(seconds)
while Date() < deadline {
    let events = corpus[Int(rng.next() % UInt64(corpus.count))]
    let stats = BinlogMutator.run(events: events, iterations: 200, rng: &rng)
    total.decoded += stats.decoded
    total.rejected += stats.rejected
}
print("inputs: \(total.decoded + total.rejected) (decoded \(total.decoded), rejected with an error \(total.rejected)), no trap")
