/// Column definitions for the generated DDL: types across every family, charsets, NULL/NOT NULL,
/// literal defaults of the column's type (and some the server normalises), rare AUTO_INCREMENT
/// and INVISIBLE.
extension DDLSequenceGenerator {
    /// A column definition (without the name) that the server should accept.
    mutating func columnDefinition(allowAutoIncrement: Bool = false) -> String {
        let (type, defaults) = self.columnType()
        var text = type
        if allowAutoIncrement, type.hasPrefix("int"), self.random.chance(0.5) {
            return text + " NOT NULL AUTO_INCREMENT"
        }
        let notNull = self.random.chance(0.3)
        if notNull {
            text += " NOT NULL"
        } else if self.random.chance(0.15) {
            text += " NULL"
        }
        if !defaults.isEmpty, self.random.chance(0.5) {
            text += " DEFAULT " + self.random.pick(defaults)
        } else if !notNull, self.random.chance(0.1) {
            text += " DEFAULT NULL"
        }
        if self.random.chance(0.05) { text += " INVISIBLE" }
        return text
    }

    /// A type and literal defaults valid for it.
    mutating func columnType() -> (type: String, defaults: [String]) {
        let charset = self.random.chance(0.25) ? " CHARACTER SET " + self.random.pick(["latin1", "utf8mb4", "utf8", "ascii", "cp1251"]) : ""
        let collate = self.random.chance(0.1) ? " COLLATE " + self.random.pick(["utf8mb4_bin", "utf8mb4_unicode_ci"]) : ""
        let stringAttributes = charset.isEmpty ? collate : charset + (self.random.chance(0.2) ? " BINARY" : "")
        switch self.random.int(0...27) {
        case 0: return ("int", ["0", "-7", "'12'", "3.6", "TRUE"])
        case 1: return ("int unsigned", ["5", "'8'"])
        case 2: return ("tinyint", ["127", "-128", "1"])
        case 3: return ("smallint(3)", ["300"])
        case 4: return ("bigint unsigned", ["18446744073709551615", "0"])
        case 5: return ("bool", ["TRUE", "FALSE", "0"])
        case 6: return ("decimal(\(self.random.int(5...12)),\(self.random.int(0...4)))", ["1.5", "-2.345", "'7'", "0"])
        case 7: return ("float", ["1.25", "123456789.123", "1e3", "0.1"])
        case 8: return ("double", ["2.50", "1e20", "-0.000001", "123456789012345678"])
        case 9: return ("float(7,2)", ["1.234", "-5"])
        case 10: return ("bit(\(self.random.int(1...16)))", ["b'1'", "1", "0"])
        case 11: return ("char(\(self.random.int(1...20)))" + stringAttributes, ["'x'", "'ab  '", "''", "12"])
        case 12, 13: return ("varchar(\(self.random.int(1...60)))" + stringAttributes, ["'x'", "'a''b'", "''", "'back\\\\slash'", "7"])
        case 14: return (self.random.pick(["text", "tinytext", "mediumtext"]) + stringAttributes, ["'z'"])
        case 15: return (self.random.pick(["blob", "tinyblob", "varbinary(\(self.random.int(1...40)))", "binary(\(self.random.int(1...10)))"]), ["'q'"])
        case 16: return ("enum('a','B','c')" + stringAttributes, ["'a'", "'b'", "'C'", "2"])
        case 17: return ("set('x','y','z')" + stringAttributes, ["'z,x'", "'y'", "''", "5"])
        case 18: return ("date", ["'2020-1-2'", "'2021-12-31'", "20200102"])
        case 19: return ("datetime(\(self.random.int(0...6)))", ["'2020-01-02 03:04:05.123456'", "CURRENT_TIMESTAMP", "'2020-01-02'"])
        case 20: return ("timestamp(\(self.random.int(0...3)))", ["'2020-01-02 03:04:05'", "CURRENT_TIMESTAMP"])
        case 21: return ("time", ["'10:00'", "'-01:02:03'", "100000"])
        case 22: return ("year", ["2020", "'21'", "99"])
        case 23: return ("json", ["'{}'"])
        case 24: return ("text(\(self.random.int(10...400)))" + stringAttributes, [])
        case 25: return ("national varchar(\(self.random.int(1...30)))", ["'n'"])
        case 26: return ("mediumint zerofill", ["42"])
        default: return ("double(8,3)", ["3.14159"])
        }
    }
}
