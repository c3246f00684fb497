/// DATE_FORMAT and STR_TO_DATE with MySQL's `%` specifiers (English names, as with the default
/// `lc_time_names`), and MySQL's week numbering used by WEEK(), `%U`, `%u`, `%V`, `%v`, `%X`, `%x`.
enum SQLDateFormatter {
    private static func pad(_ value: Int, _ width: Int) -> String { SQLDigits.pad(value, width) }

    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The formatted text; nil (NULL) when a specifier needs a real date the value does not have.
    static func format(_ value: SQLDateTime, with format: String) -> String? {
        var result = ""
        var pending = false
        let hour12 = value.hour % 12 == 0 ? 12 : value.hour % 12
        let amPM = value.hour % 24 < 12 ? "AM" : "PM"
        for character in format {
            guard pending else {
                if character == "%" { pending = true } else { result.append(character) }
                continue
            }
            pending = false
            let needsDate: Set<Character> = ["a", "W", "w", "U", "u", "V", "v", "X", "x", "j"]
            if needsDate.contains(character), !value.isValidDate { return nil }
            switch character {
            case "a": result += String(dayNames[value.weekday].prefix(3))
            case "b": result += value.month >= 1 ? String(monthNames[value.month - 1].prefix(3)) : ""
            case "c": result += String(value.month)
            case "D": result += String(value.day) + ordinalSuffix(value.day)
            case "d": result += pad(value.day, 2)
            case "e": result += String(value.day)
            case "f": result += pad(value.microsecond, 6)
            case "H": result += pad(value.hour, 2)
            case "h", "I": result += pad(hour12, 2)
            case "i": result += pad(value.minute, 2)
            case "j": result += pad(value.dayOfYear, 3)
            case "k": result += String(value.hour)
            case "l": result += String(hour12)
            case "M": result += value.month >= 1 ? monthNames[value.month - 1] : ""
            case "m": result += pad(value.month, 2)
            case "p": result += amPM
            case "r": result += pad(hour12, 2) + ":" + pad(value.minute, 2) + ":" + pad(value.second, 2) + " " + amPM
            case "S", "s": result += pad(value.second, 2)
            case "T": result += pad(value.hour, 2) + ":" + pad(value.minute, 2) + ":" + pad(value.second, 2)
            case "U": result += pad(week(of: value, behaviour: 4).week, 2)
            case "u": result += pad(week(of: value, behaviour: 1).week, 2)
            case "V": result += pad(week(of: value, behaviour: 6).week, 2)
            case "v": result += pad(week(of: value, behaviour: 3).week, 2)
            case "W": result += dayNames[value.weekday]
            case "w": result += String((value.weekday + 1) % 7)
            case "X": result += pad(week(of: value, behaviour: 6).year, 4)
            case "x": result += pad(week(of: value, behaviour: 3).year, 4)
            case "Y": result += pad(value.year, 4)
            case "y": result += pad(value.year % 100, 2)
            default: result.append(character)
            }
        }
        return result
    }

    private static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    // MARK: Weeks

    /// WEEK(d, mode)'s mode as the three behaviour bits: 1 Monday first, 2 week of the year
    /// (weeks in the previous/next year count there), 4 "first week has a Sunday/Monday" rule.
    static func weekBehaviour(mode: Int) -> Int {
        var behaviour = mode & 7
        if behaviour & 1 == 0 { behaviour ^= 4 }
        return behaviour
    }

    /// MySQL's week number of a valid date and the year that week belongs to.
    static func week(of date: SQLDateTime, behaviour: Int) -> (week: Int, year: Int) {
        let mondayFirst = behaviour & 1 != 0
        var weekYear = behaviour & 2 != 0
        let firstWeekday = behaviour & 4 != 0
        let dayNumber = date.dayNumber
        var firstDayNumber = SQLDateTime(year: date.year, month: 1, day: 1).dayNumber
        // Weekday of January 1st, 0 = the first day of the week.
        var weekday = (firstDayNumber + 5 + (mondayFirst ? 0 : 1)) % 7
        var year = date.year
        func daysInYear(_ year: Int) -> Int { SQLDateTime.isLeapYear(year) ? 366 : 365 }
        func startsLate(_ weekday: Int) -> Bool { firstWeekday ? weekday != 0 : weekday >= 4 }

        if date.month == 1, date.day <= 7 - weekday {
            if !weekYear, startsLate(weekday) { return (0, year) }
            // The first days of January belong to the last week of the previous year.
            weekYear = true
            year -= 1
            let days = daysInYear(year)
            firstDayNumber -= days
            weekday = (weekday + 53 * 7 - days) % 7
        }
        let days = startsLate(weekday) ? dayNumber - (firstDayNumber + 7 - weekday) : dayNumber - (firstDayNumber - weekday)
        if weekYear, days >= 52 * 7 {
            weekday = (weekday + daysInYear(year)) % 7
            if !startsLate(weekday) { return (1, year + 1) }
        }
        return (days / 7 + 1, year)
    }

    // MARK: STR_TO_DATE

    /// STR_TO_DATE: a DATE, TIME or DATETIME depending on which specifiers the format has; nil
    /// (NULL) when the string does not match or the date is impossible. Trailing input is ignored.
    static func parse(_ text: String, format: String) -> SQLValue? {
        var input = Substring(text)
        var value = SQLDateTime(year: 0, month: 0, day: 0)
        var (hasDate, hasTime) = (false, false)
        var pm: Bool?
        var hour12 = false
        var dayOfYear: Int?
        var pending = false

        func number(maxDigits: Int) -> Int? {
            let digits = input.prefix { $0.isASCII && $0.isNumber }.prefix(maxDigits)
            guard !digits.isEmpty else { return nil }
            input = input.dropFirst(digits.count)
            return Int(digits)
        }
        func name(_ names: [String], abbreviated: Bool) -> Int? {
            for (index, full) in names.enumerated() {
                let candidate = abbreviated ? String(full.prefix(3)) : full
                if input.lowercased().hasPrefix(candidate.lowercased()) {
                    input = input.dropFirst(candidate.count)
                    return index
                }
            }
            return nil
        }

        for character in format {
            if !pending {
                if character == "%" {
                    pending = true
                } else if character == " " {
                    input = input.drop { $0 == " " }
                } else {
                    guard input.first == character else { return nil }
                    input = input.dropFirst()
                }
                continue
            }
            pending = false
            // MySQL skips spaces in the input before each specifier ('May 1, 2013' with '%M %d,%Y').
            input = input.drop { $0 == " " }
            switch character {
            case "Y":
                guard let year = number(maxDigits: 4) else { return nil }
                value.year = year
                hasDate = true
            case "y":
                guard let year = number(maxDigits: 2) else { return nil }
                value.year = year + (year < 70 ? 2000 : 1900)
                hasDate = true
            case "m", "c":
                guard let month = number(maxDigits: 2) else { return nil }
                value.month = month
                hasDate = true
            case "M", "b":
                guard let month = name(monthNames, abbreviated: character == "b") else { return nil }
                value.month = month + 1
                hasDate = true
            case "d", "e", "D":
                guard let day = number(maxDigits: 2) else { return nil }
                value.day = day
                hasDate = true
                if character == "D" { input = input.drop { $0.isLetter } }
            case "j":
                guard let day = number(maxDigits: 3) else { return nil }
                dayOfYear = day
                hasDate = true
            case "H", "k", "h", "I", "l":
                guard let hour = number(maxDigits: 2) else { return nil }
                value.hour = hour
                hour12 = hour12 || "hIl".contains(character)
                hasTime = true
            case "i":
                guard let minute = number(maxDigits: 2) else { return nil }
                value.minute = minute
                hasTime = true
            case "s", "S":
                guard let second = number(maxDigits: 2) else { return nil }
                value.second = second
                hasTime = true
            case "f":
                let digits = input.prefix { $0.isASCII && $0.isNumber }.prefix(6)
                input = input.dropFirst(digits.count)
                value.microsecond = (Int(digits) ?? 0) * SQLInterpreter.powerOfTen(6 - digits.count)
                value.precision = 6
                hasTime = true
            case "p":
                guard let index = name(["AM", "PM"], abbreviated: false) else { return nil }
                pm = index == 1
            case "T", "r":
                guard let hour = number(maxDigits: 2), input.first == ":" else { return nil }
                input = input.dropFirst()
                guard let minute = number(maxDigits: 2), input.first == ":" else { return nil }
                input = input.dropFirst()
                guard let second = number(maxDigits: 2) else { return nil }
                (value.hour, value.minute, value.second) = (hour, minute, second)
                hasTime = true
                if character == "r" {
                    input = input.drop { $0 == " " }
                    guard let index = name(["AM", "PM"], abbreviated: false) else { return nil }
                    pm = index == 1
                    hour12 = true
                }
            case "a", "W":
                guard name(dayNames, abbreviated: character == "a") != nil else { return nil }
            case "%":
                guard input.first == "%" else { return nil }
                input = input.dropFirst()
            default:
                guard input.first == character else { return nil }
                input = input.dropFirst()
            }
        }
        if hour12 || pm != nil {
            guard (1...12).contains(value.hour) else { return nil }
            value.hour = value.hour % 12 + (pm == true ? 12 : 0)
        }
        if let dayOfYear {
            guard dayOfYear >= 1, dayOfYear <= (SQLDateTime.isLeapYear(value.year) ? 366 : 365) else { return nil }
            let date = SQLDateTime(dayNumber: SQLDateTime(year: value.year, month: 1, day: 1).dayNumber + dayOfYear - 1)
            (value.month, value.day) = (date.month, date.day)
        }
        guard value.month <= 12, value.day <= 31, value.hour <= 23, value.minute <= 59, value.second <= 59 else { return nil }
        if value.month >= 1, value.day > SQLDateTime.daysInMonth(year: value.year, month: value.month) { return nil }
        if hasDate && hasTime { return .datetime(value) }
        if hasTime { return .time(value.timeOfDay) }
        return hasDate ? .date(value) : nil
    }
}
