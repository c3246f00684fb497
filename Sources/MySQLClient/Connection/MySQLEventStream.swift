import MySQLProtocol
import NIOConcurrencyHelpers
import NIOCore

/// What a query or statement execution produces, in order: for each result, either its columns,
/// rows and closing OK, or just an OK; and a LOCAL INFILE request when the server wants a file.
enum MySQLStreamEvent: Sendable {
    case columns(MySQLColumns)
    case row(MySQLRow)
    case result(OKPacket)
    case localInfile(String)
    case binlogEvent(ByteBuffer)
}

/// A back-pressured stream of events from the channel handler to the caller: when the caller
/// falls behind, the handler stops reading from the socket and the server waits.
enum MySQLEventStream {
    typealias Producer = NIOThrowingAsyncSequenceProducer<
        MySQLStreamEvent, any Error, NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark, Delegate
    >
    typealias Source = Producer.Source

    /// Relays demand to the handler as outbound user events, on the channel's own loop.
    final class Delegate: NIOAsyncSequenceProducerDelegate {
        let channel: any Channel
        init(channel: any Channel) { self.channel = channel }

        func produceMore() {
            self.channel.triggerUserOutboundEvent(MySQLStreamControl.produceMore(ObjectIdentifier(self)), promise: nil)
        }

        func didTerminate() {
            self.channel.triggerUserOutboundEvent(MySQLStreamControl.terminated(ObjectIdentifier(self)), promise: nil)
        }
    }

    /// Rows are small and arrive in bursts of a socket read: a few thousand buffered keep the
    /// socket busy while bounding memory. Binlog events can each be as large as a packet, so
    /// their streams buffer far fewer.
    static func make(channel: any Channel, lowWatermark: Int = 256, highWatermark: Int = 4096) -> (Producer, Source, ObjectIdentifier) {
        let delegate = Delegate(channel: channel)
        let result = Producer.makeSequence(
            backPressureStrategy: .init(lowWatermark: lowWatermark, highWatermark: highWatermark), finishOnDeinit: false, delegate: delegate)
        return (result.sequence, result.source, ObjectIdentifier(delegate))
    }
}
