/// Rewrites the RE2 (Go) spellings that ICU does not accept into ICU's equivalents, leaving
/// everything else untouched:
/// - `(?P<name>...)` (Go's named group) becomes `(?<name>...)`;
/// - `\pL`, `\PN` (one-letter Unicode class) become `\p{L}`, `\P{N}`.
/// Escapes are copied as pairs, so `\\pL` (a backslash, then `pL`) is not rewritten, and
/// nothing is rewritten inside `[...]`, where `(?P<` is just characters.
enum RE2Translation {
    static func icuPattern(for pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var inClass = false
        var classStart = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                if next == "p" || next == "P", index + 2 < scalars.count, scalars[index + 2] != "{" {
                    output.append(contentsOf: "\\\(next){\(scalars[index + 2])}".unicodeScalars)
                    index += 3
                } else {
                    output.append(scalar)
                    output.append(next)
                    index += 2
                }
                continue
            }
            if inClass {
                // `]` right after `[` or `[^` is a literal member, not the end.
                if scalar == "]", index > classStart { inClass = false }
            } else if scalar == "[" {
                inClass = true
                classStart = index + 1
                if index + 1 < scalars.count, scalars[index + 1] == "^" { classStart += 1 }
            } else if scalar == "(", scalars[index...].starts(with: "(?P<".unicodeScalars) {
                output.append(contentsOf: "(?<".unicodeScalars)
                index += 4
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }
}
