import MariaDBHarness

/// Tables holding values at the edges of what MariaDB 10.11 stores, for dump/load round trips.
///
/// What the server makes of some inputs (checked on 10.11): `-0e0` is stored as +0 in FLOAT,
/// DOUBLE and DECIMAL (but kept in GEOMETRY coordinates); 4.9e-324 stays the denormal 5e-324;
/// FLOAT prints 6 significant digits, so 3.40282e38 and FLT_MAX print alike but differ (a
/// dump of that text, e.g. by mariadb-dump, changes FLT_MAX and 2^24);
/// CHAR drops trailing spaces on read, BINARY pads with 0x00; an invalid ENUM value inserted in
/// non-strict mode becomes the error value '' (index 0), which strict mode refuses to load;
/// id 0 in an AUTO_INCREMENT column loads as 0 only with NO_AUTO_VALUE_ON_ZERO. TIMESTAMP's
/// range starts at 1970-01-01 00:00:01 UTC: 00:00:00 is the zero value.
enum EdgeValueFixture {
    /// Every table `install` creates.
    static let tables = ["all_types", "no_key", "composite_key", "empty_table", "unique_only"]

    /// Bytes as uppercase hex, for UNHEX(): every byte value must survive in the binary columns.
    static func hex(_ bytes: ClosedRange<UInt8>) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return byte < 0x10 ? "0" + digits : digits
        }.joined()
    }

    static let allBytes = hex(0x00...0xFF)
    private static let sixtyFourOnes = String(repeating: "1", count: 64)

    /// Explicit charsets and collations everywhere, so the fixture doesn't depend on server defaults.
    static let createTables = #"""
        CREATE TABLE all_types (
          id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
          c_tinyint TINYINT, c_tinyint_u TINYINT UNSIGNED,
          c_smallint SMALLINT, c_smallint_u SMALLINT UNSIGNED,
          c_mediumint MEDIUMINT, c_mediumint_u MEDIUMINT UNSIGNED,
          c_int INT, c_int_u INT UNSIGNED,
          c_bigint BIGINT, c_bigint_u BIGINT UNSIGNED,
          c_bit1 BIT(1), c_bit64 BIT(64),
          c_dec65 DECIMAL(65,30), c_dec10 DECIMAL(10,0),
          c_float FLOAT, c_double DOUBLE,
          c_date DATE, c_datetime DATETIME, c_datetime6 DATETIME(6),
          c_timestamp3 TIMESTAMP(3) NULL DEFAULT NULL, c_time6 TIME(6), c_year YEAR,
          c_char CHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
          c_varchar VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
          c_varchar_latin1 VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci,
          c_binary8 BINARY(8), c_varbinary VARBINARY(100),
          c_tinyblob TINYBLOB, c_blob BLOB, c_mediumblob MEDIUMBLOB,
          c_longtext LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
          c_enum ENUM('a', 'b', 'c d', 'é'),
          c_set SET('a', 'b', 'c', 'd'),
          c_json JSON,
          c_geometry GEOMETRY,
          c_inet6 INET6, c_uuid UUID,
          c_stored INT AS (CHAR_LENGTH(c_varchar)) STORED,
          c_virtual VARCHAR(40) AS (CONCAT_WS('|', c_tinyint, c_enum)) VIRTUAL,
          c_invisible VARCHAR(20) INVISIBLE DEFAULT 'invisible default'
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
        CREATE TABLE no_key (
          n INT NULL,
          s VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
        CREATE TABLE composite_key (
          name VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
          at DATETIME(3) NOT NULL,
          tag VARBINARY(16) NOT NULL,
          qty INT NOT NULL,
          amount DECIMAL(12,4) NULL,
          note VARCHAR(100) NULL,
          PRIMARY KEY (name, at, tag)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
        CREATE TABLE empty_table (
          id BIGINT NOT NULL PRIMARY KEY,
          v VARCHAR(10) NULL
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
        CREATE TABLE unique_only (
          u BIGINT NOT NULL,
          n VARCHAR(20) NULL,
          payload VARBINARY(32) NULL,
          UNIQUE KEY uk_u (u),
          UNIQUE KEY uk_n (n)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
        """#

    /// 15 rows; ids are explicit so tests can point at one. Strict mode except for rows 0, 4 and 5.
    static let allTypesRows = #"""
        SET time_zone = '+00:00';
        -- 1: NULL in every nullable column.
        INSERT INTO all_types (id, c_invisible) VALUES (1, NULL);
        -- 2: minimums.
        INSERT INTO all_types (id, c_tinyint, c_tinyint_u, c_smallint, c_smallint_u, c_mediumint, c_mediumint_u,
          c_int, c_int_u, c_bigint, c_bigint_u, c_bit1, c_bit64, c_dec65, c_dec10, c_float, c_double,
          c_date, c_datetime, c_datetime6, c_timestamp3, c_time6, c_year)
        VALUES (2, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0, -9223372036854775808, 0, b'0', b'0',
          -99999999999999999999999999999999999.999999999999999999999999999999, -9999999999,
          -3.40282e38, -1.7976931348623157e308,
          '1000-01-01', '1000-01-01 00:00:00', '1000-01-01 00:00:00.000000', '1970-01-01 00:00:01.000',
          '-838:59:59.000000', 1901);
        -- 3: maximums.
        INSERT INTO all_types (id, c_tinyint, c_tinyint_u, c_smallint, c_smallint_u, c_mediumint, c_mediumint_u,
          c_int, c_int_u, c_bigint, c_bigint_u, c_bit1, c_bit64, c_dec65, c_dec10, c_float, c_double,
          c_date, c_datetime, c_datetime6, c_timestamp3, c_time6, c_year)
        VALUES (3, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295,
          9223372036854775807, 18446744073709551615, b'1', b'\#(sixtyFourOnes)',
          99999999999999999999999999999999999.999999999999999999999999999999, 9999999999,
          3.40282e38, 1.7976931348623157e308,
          '9999-12-31', '9999-12-31 23:59:59', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999',
          '838:59:59', 2155);
        -- 0: id 0, which a loader without NO_AUTO_VALUE_ON_ZERO renumbers.
        -- 4, 5: zero and partly zero dates, negative zeros (stored as +0), the ENUM error value ''.
        SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION,NO_AUTO_VALUE_ON_ZERO';
        INSERT INTO all_types (id, c_int, c_varchar) VALUES (0, 0, 'id 0');
        INSERT INTO all_types (id, c_tinyint, c_dec65, c_float, c_double, c_date, c_datetime, c_datetime6,
          c_timestamp3, c_time6, c_year, c_enum)
        VALUES (4, 0, -0.0, -0e0, -0e0, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00.000000',
          '0000-00-00 00:00:00.000', '00:00:00.000000', 0, 'not a member');
        INSERT INTO all_types (id, c_date, c_datetime, c_datetime6, c_float, c_double, c_dec65, c_dec10,
          c_time6, c_timestamp3, c_bigint_u)
        VALUES (5, '2024-00-15', '2024-02-00 12:34:56', '0000-01-01 00:00:00.000001', -1.17549e-38, 4.9e-324,
          0.000000000000000000000000000001, -1, '-00:00:00.000001', '1970-01-01 00:00:01.001',
          9223372036854775808);
        SET SESSION sql_mode = DEFAULT;
        -- 6, 7: more float and time extremes; 7 also the awkward strings and a nested JSON.
        INSERT INTO all_types (id, c_float, c_double, c_dec65, c_time6, c_datetime6, c_tinyint, c_bigint)
        VALUES (6, 1.4e-45, -2.2250738585072014e-308, -0.000000000000000000000000000001,
          '838:59:59.999999', '2000-02-29 23:59:59.000001', -1, -1);
        INSERT INTO all_types (id, c_float, c_double, c_time6, c_dec10, c_char, c_varchar, c_varchar_latin1,
          c_longtext, c_enum, c_set, c_json, c_invisible)
        VALUES (7, 3.4028234663852886e38, 0.30000000000000004, '-838:59:59.999999', 0,
          'ab   ',
          'q''s "dq" `bt` \\ \ttab\nnl\rcr\Zsub\0nul 😀𝄞 中文 é e\#u{0301}  ',
          'café ÿ ß €',
          CONCAT(REPEAT('ü😀 ', 50000), 'tail \\ \t\n'),
          'é', 'a,c,d',
          '{"nested": {"list": [1, 2.50, -0.0, 1e-7, null, true, false, {"deep": {"deeper": []}}], "empty": {}}, "unicode": "é中😀𝄞", "escapes": "q\\"uote \\\\ back \\/ \\n\\r\\t \\u00e9 \\ud83d\\ude00 \\u0000", "big": 123456789012345678901234567890, "k\\"ey": "v"}',
          'explicit');
        -- 8-10: every byte value in the binary columns (VARBINARY(100) and TINYBLOB take it in parts),
        -- 1 MiB MEDIUMBLOB, latin1 bytes undefined in cp1252, spaces-only strings.
        INSERT INTO all_types (id, c_bit1, c_bit64, c_binary8, c_varbinary, c_tinyblob, c_blob, c_mediumblob)
        VALUES (8, b'1', b'1000000000000000000000000000000000000000000000000000000000000001', X'00FF7F800A0D1A5C',
          UNHEX('\#(hex(0x00...0x63))'), UNHEX('\#(hex(0x00...0xFE))'), UNHEX('\#(allBytes)'),
          REPEAT(UNHEX('\#(allBytes)'), 4096));
        INSERT INTO all_types (id, c_binary8, c_varbinary, c_tinyblob, c_blob, c_varchar_latin1, c_char, c_varchar)
        VALUES (9, 'ab', UNHEX('\#(hex(0x64...0xC7))'), UNHEX('\#(hex(0x01...0xFF))'), REPEAT(X'00', 1000),
          _latin1 X'80818D8F909D9FA0FF', '😀𝄞中', CONCAT(REPEAT('x', 299), '😀'));
        INSERT INTO all_types (id, c_binary8, c_varbinary, c_tinyblob, c_blob, c_mediumblob, c_char, c_varchar,
          c_varchar_latin1, c_longtext)
        VALUES (10, X'2020', UNHEX('\#(hex(0xC8...0xFF))'), X'00', X'FF', X'', '   ', ' ', '  ', ' ');
        -- 11: empty values (not NULL), the empty SET.
        INSERT INTO all_types (id, c_char, c_varchar, c_varchar_latin1, c_binary8, c_varbinary, c_tinyblob, c_blob,
          c_mediumblob, c_longtext, c_set, c_enum, c_json, c_invisible)
        VALUES (11, '', '', '', '', '', '', '', NULL, '', '', 'a', '[]', '');
        -- 12-14: geometry (with SRID, a hole, a -0 coordinate), INET6 and UUID bounds, JSON kept as text;
        -- FLOAT 2^24, which prints as 1.67772e7 (reloading that text gives 16777200).
        INSERT INTO all_types (id, c_geometry, c_inet6, c_uuid, c_json, c_enum, c_float)
        VALUES (12, ST_GeomFromText('POINT(1.5 -2.25)'), '::', '00000000-0000-0000-0000-000000000000',
          '{"dup": 1, "dup": 2,   "ws" :  [ ] }', 'c d', 16777216);
        INSERT INTO all_types (id, c_geometry, c_inet6, c_uuid, c_json, c_set)
        VALUES (13, ST_GeomFromText('POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,3 2,3 3,2 2))', 4326),
          'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '"just a string"',
          'a,b,c,d');
        INSERT INTO all_types (id, c_geometry, c_inet6, c_uuid, c_json, c_datetime)
        VALUES (14, ST_GeomFromText('POINT(-0 0)'), '::ffff:192.0.2.1', '123e4567-e89b-12d3-a456-426614174000',
          'null', '2024-02-29 00:00:00');
        """#

    /// 20 rows: exact duplicates, and values equal under the collation but not byte for byte.
    static let noKeyRows = #"""
        INSERT INTO no_key (n, s) VALUES
          (1, 'one'), (1, 'one'), (2, NULL), (2, NULL), (NULL, NULL), (NULL, NULL), (NULL, 'x'),
          (3, 'dup'), (3, 'dup'), (3, 'dup'), (4, 'a'), (4, 'A'), (4, 'a '), (5, ''), (5, NULL),
          (6, 'é'), (6, 'e'), (7, '😀'), (7, '😀'), (-2147483648, 'min');
        """#

    /// 2000 rows. Names fall into classes equal under utf8mb4_unicode_ci (case, accents, ß = ss,
    /// trailing spaces), rows of the same second share `at`, and `tag` tells them apart, so key
    /// order by collation differs from byte order. (name, at, tag) is unique: within one second
    /// (24 consecutive seq) the first tag byte, seq * 37 mod 256, differs.
    static let compositeKeyRows = #"""
        INSERT INTO composite_key (name, at, tag, qty, amount, note)
        SELECT ELT(1 + seq % 12, 'alpha', 'Alpha', 'ÄLPHA', 'alpha ', 'beta gamma', 'Beta  Gamma', 'Straße',
                   'STRASSE', 'ñandú', 'Ωmega', 'zeta', 'Zeta'),
               TIMESTAMP('2024-02-28 23:59:59.999') + INTERVAL (seq DIV 24) SECOND,
               CONCAT(CHAR((seq * 37) % 256 USING binary), IF(seq % 3 = 0, X'00', X''), IF(seq % 5 = 0, X'FF20', X'')),
               seq, IF(seq % 7 = 0, NULL, seq / 7), IF(seq % 11 = 0, NULL, CONCAT('note ', seq))
        FROM seq_1_to_2000;
        """#

    /// 500 rows; InnoDB clusters on uk_u (the first UNIQUE NOT NULL key); n has 125 NULLs.
    static let uniqueOnlyRows = #"""
        INSERT INTO unique_only (u, n, payload)
        SELECT CASE seq WHEN 1 THEN -9223372036854775808 WHEN 2 THEN 9223372036854775807
                        ELSE (CAST(seq AS SIGNED) - 250) * 1000000007 END,
               IF(seq % 4 = 0, NULL, CONCAT('n', seq)),
               UNHEX(SHA2(seq, 256))
        FROM seq_1_to_500;
        """#

    /// Creates and fills the tables in `database` (which must exist).
    static func install(on server: MariaDBServer, database: String) throws {
        for sql in [createTables, allTypesRows, noKeyRows, compositeKeyRows, uniqueOnlyRows] {
            try server.cli(sql, database: database)
        }
    }

    /// `big`, shaped like sysbench's sbtest, with `rows` rows of deterministic content derived from
    /// the id. Filled server-side in 100k-row statements (each its own transaction, so the binlog
    /// and undo log stay small): ~9 s per 1M rows on a 2-core machine.
    static func installLarge(on server: MariaDBServer, database: String, rows: Int) throws {
        try server.cli(
            """
            CREATE TABLE big (
              id INT NOT NULL AUTO_INCREMENT,
              k INT NOT NULL DEFAULT '0',
              c CHAR(120) NOT NULL DEFAULT '',
              pad CHAR(60) NOT NULL DEFAULT '',
              PRIMARY KEY (id),
              KEY k_1 (k)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
            """, database: database)
        let batch = 100_000
        for start in stride(from: 1, through: rows, by: batch) {
            let end = min(start + batch - 1, rows)
            try server.cli(
                """
                INSERT INTO big (id, k, c, pad)
                SELECT seq, 1 + CAST(CONV(LEFT(MD5(seq), 8), 16, 10) AS UNSIGNED) % \(rows),
                       LEFT(SHA2(seq, 512), 119), LEFT(SHA2(CONCAT('pad', seq), 256), 59)
                FROM seq_\(start)_to_\(end)
                """, database: database)
        }
    }
}
