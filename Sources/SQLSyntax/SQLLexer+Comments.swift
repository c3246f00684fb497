extension SQLLexer {
    /// Skips whitespace, comments and executable-comment markers. Returns a comment token
    /// instead of skipping it when the options ask for comments.
    mutating func skipTrivia() throws(SQLSyntaxError) -> SQLToken? {
        while offset < bytes.count {
            let b = bytes[offset]
            let start = offset
            if SQLByte.isWhitespace(b) {
                offset += 1
            } else if b == UInt8(ascii: "#") {
                skipToEndOfLine()
                if options.keepComments { return makeToken(.comment(.hash), from: start) }
            } else if b == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-"), peek(2).map(SQLByte.endsDashDash) ?? true {
                skipToEndOfLine()
                if options.keepComments { return makeToken(.comment(.dashDash), from: start) }
            } else if b == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                if let style = try scanBlockComment(), options.keepComments {
                    return makeToken(.comment(style), from: start)
                }
            } else if b == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/"), executableCommentStart != nil {
                offset += 2
                executableCommentStart = nil
            } else {
                return nil
            }
        }
        return nil
    }

    private mutating func skipToEndOfLine() {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
    }

    /// At `/*`: consumes a comment and returns its style, or consumes the opening marker of an
    /// executable comment (whose content is then lexed) and returns nil.
    private mutating func scanBlockComment() throws(SQLSyntaxError) -> SQLToken.CommentStyle? {
        let start = offset
        var markerEnd = offset + 2
        if peek(2) == UInt8(ascii: "+") {
            try skipPastCommentEnd(from: start)
            return .optimizerHint
        }
        if peek(2) == UInt8(ascii: "!") {
            markerEnd = offset + 3
        } else if peek(2) == UInt8(ascii: "M"), peek(3) == UInt8(ascii: "!") {
            markerEnd = offset + 4
        } else {
            try skipPastCommentEnd(from: start)
            return .block
        }
        if executableCommentStart != nil {
            throw error("nested executable comment", at: start)
        }
        // Like the servers: exactly five digits make a version, a sixth one is taken if present
        // (MariaDB's 100100); fewer digits are part of the content.
        var version: Int?
        if markerEnd + 5 <= bytes.count, bytes[markerEnd..<markerEnd + 5].allSatisfy(SQLByte.isDigit) {
            var length = 5
            if markerEnd + 5 < bytes.count, SQLByte.isDigit(bytes[markerEnd + 5]) { length = 6 }
            version = bytes[markerEnd..<markerEnd + length].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            markerEnd += length
        }
        if let version, let maximum = options.versionedCommentMaxVersion, version > maximum {
            try skipPastCommentEnd(from: start)
            return .block
        }
        offset = markerEnd
        executableCommentStart = start
        return nil
    }

    private mutating func skipPastCommentEnd(from start: Int) throws(SQLSyntaxError) {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "/") {
                offset = index + 2
                return
            }
            index += 1
        }
        throw error("unterminated comment", at: start)
    }
}
