import CrossCheckModel
import Foundation

/// Finds a publication date written for people rather than machines: in a page's URL (`/2023/10/12/`) or in a
/// visible dateline (`October 12, 2023`, `12 octobre 2023`, `12 أكتوبر 2023`, `12/10/2023`).
///
/// Used only after the page's structured dates (JSON-LD, `<meta>`, `<time>`), which are more reliable. Month names
/// are data: English, French, and the Arabic month names of both the Egyptian (أكتوبر) and Levantine (تشرين الأول)
/// traditions.
///
///     DatelineParser.date(inURL: "https://example.com/2023/10/12/story")  // 2023-10-12
///     DatelineParser.date(in: "Published Oct. 12, 2023 at 8:00 am")        // 2023-10-12
enum DatelineParser {
    static let months: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
        ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
        ("décembre", 12), ("decembre", 12),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5),
        ("يونيو", 6), ("يوليو", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10),
        ("نوفمبر", 11), ("ديسمبر", 12), ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5),
        ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11),
        ("كانون الأول", 12),
    ]

    private static let monthTable: [String: Int] = Dictionary(months, uniquingKeysWith: { first, _ in first })

    /// A date in a URL path: `/2023/10/12/`, `/2023-10-12`, `/20231012`, or `/2023/10/` (day 1 is not assumed:
    /// a year and month alone give nil).
    static func date(inURL url: String) -> CivilDate? {
        // Digit runs with what separates each from the next; only runs one separator apart form a date, so
        // "/2013/middle_east/8/3/" (year, section, then an unrelated 8/3) gives none.
        var runs: [(digits: String, adjacent: Bool)] = []
        var current = ""
        var gap = 0
        for scalar in url.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if current.isEmpty, !runs.isEmpty { runs[runs.count - 1].adjacent = gap == 1 }
                current.unicodeScalars.append(scalar)
                gap = 0
            } else {
                if !current.isEmpty { runs.append((current, false)) }
                current = ""
                gap = "/-_.".unicodeScalars.contains(scalar) ? gap + 1 : gap + 2
            }
        }
        if !current.isEmpty { runs.append((current, false)) }
        // "/2023/10/12/": three runs in a row.
        for index in runs.indices.dropLast(2) where runs[index].adjacent && runs[index + 1].adjacent {
            if let date = make(runs[index].digits, runs[index + 1].digits, runs[index + 2].digits, url: url) {
                return date
            }
        }
        for run in runs.map(\.digits) where run.count == 8 {
            let chars = Array(run)
            if let date = make(String(chars[0..<4]), String(chars[4..<6]), String(chars[6..<8]), url: url) {
                return date
            }
        }
        return nil
    }

    private static func make(_ year: String, _ month: String, _ day: String, url: String) -> CivilDate? {
        guard year.count == 4, month.count <= 2, day.count <= 2, let y = Int(year), let m = Int(month),
            let d = Int(day), (1990...2100).contains(y)
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// The first date written out in `text`: a month name with a day and a year in either order, or an ISO date.
    static func date(in text: String) -> CivilDate? {
        if let iso = isoDate(in: text) { return iso }
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            var month = monthTable[token]
            var width = 1
            if index + 1 < tokens.count, let two = monthTable[token + " " + tokens[index + 1]] {
                month = two
                width = 2
            }
            guard let month else { continue }
            // "آب/اغسطس": the same month in two traditions.
            if index + width < tokens.count, monthTable[tokens[index + width]] == month { width += 1 }
            // "October 12, 2023" / "Oct. 12 2023".
            if index + width + 1 < tokens.count, let day = dayValue(tokens[index + width]),
                let year = Int(tokens[index + width + 1]), let date = civil(year, month, day)
            {
                return date
            }
            // "12 October 2023" / "12 أكتوبر 2023".
            if index >= 1, index + width < tokens.count, let day = dayValue(tokens[index - 1]),
                let year = Int(tokens[index + width]), let date = civil(year, month, day)
            {
                return date
            }
        }
        return nil
    }

    /// "12", "12th", "1er" → the day number.
    private static func dayValue(_ token: String) -> Int? {
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        let rest = token.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th", "er"].contains(String(rest)) else {
            return nil
        }
        return Int(digits)
    }

    private static func civil(_ year: Int, _ month: Int, _ day: Int) -> CivilDate? {
        guard (1990...2100).contains(year), (1...31).contains(day) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private static func isoDate(in text: String) -> CivilDate? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) where scalars[start] == "1" || scalars[start] == "2" {
            let slice = String(String.UnicodeScalarView(scalars[start..<(start + 10)]))
            if slice.utf8.count == 10, let date = CivilDate(iso: slice), (1990...2100).contains(date.year) {
                return date
            }
        }
        return nil
    }

    /// Lower-cased words and numbers; Arabic-Indic digits become ASCII, punctuation separates.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if let digit = arabicDigit(scalar) {
                current.unicodeScalars.append(digit)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
            if tokens.count > 400 { break }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func arabicDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
        default: return nil
        }
    }
}
