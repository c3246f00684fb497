/// Turns byte offsets into 1-based line and column numbers. Tokens are located in increasing
/// order, so the locator walks forward from the last position instead of rescanning lines:
/// a long single-line statement stays linear.
struct SourceLocator: Sendable {
    private var offset = 0
    private var line = 1
    private var column = 1

    mutating func location(of target: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        if target < offset { self = SourceLocator() }
        let end = min(target, bytes.count)
        while offset < end {
            let b = bytes[offset]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if !SQLByte.isContinuation(b) {
                column += 1
            }
            offset += 1
        }
        return (line, column)
    }
}
