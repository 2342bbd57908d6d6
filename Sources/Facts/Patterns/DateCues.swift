/// A calendar unit that relative expressions count in.
enum DateUnit: Int, Sendable, Hashable {
    case day, week, month, quarter, year, decade

    /// The grain of a whole unit ("next week" is a week).
    var grain: DateFact.Grain {
        switch self {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .year, .decade: return .year
        }
    }
}

/// Which part of a period a word names: "beginning of", "mid", "fin de", "أواخر".
enum PeriodPart: Sendable, Hashable {
    case beginning, middle, end
    /// "late last year", "late July": the second half of a month or a year (the end of a week).
    case late
}

/// A word of the date grammar: the parts that relative, interval and recurring dates are composed of.
enum DateCue: Sendable, Hashable {
    /// "week", "semaines", "أسابيع", "quarter", "trimestre": a unit that counts or names a period.
    case unit(DateUnit)
    /// "يومين", "أسبوعين", "شهرين": an Arabic dual, two of the unit.
    case dual(DateUnit)
    /// "Q" in "Q4 2018".
    case quarterMark
    /// "ago", "back", "earlier", "auparavant": after a count, into the past.
    case ago
    /// "hence", "from now", "later", "plus tard", "après": after a count, into the future.
    case hence
    /// "in", "dans", "d'ici", "بعد": before a count, into the future.
    case inFuture
    /// "il y a", "قبل", "منذ": before a count, into the past.
    case inPast
    /// "after next", "d'après", "بعد القادم": one step further than "next".
    case afterNext
    /// "coming", "upcoming", "following", "suivant", "previous", "précédent", "past": modifiers only for periods.
    case step(Int)
    /// "beginning of", "mid", "end of", "début", "أوائل", "منتصف", "أواخر".
    case part(PeriodPart)
    /// "from", "du", "من", "between", "entre", "بين": opens an interval.
    case from
    /// "to", "until", "through", "-", "au", "jusqu'au", "إلى", "حتى", "and" after "between": closes it.
    case to
    /// "every", "each", "chaque", "tous les", "كل": a recurring date follows.
    case every
    /// "daily", "weekly", "quotidien", "سنويا": a recurring date by itself, with its ISO period.
    case recurring(String)
    /// "weekend", "fin de semaine", "عطلة نهاية الأسبوع".
    case weekend
    /// A season: 0 spring, 1 summer, 2 autumn, 3 winter; −1 for the word "season" itself.
    case season(Int)
    /// "the seventies", "الأربعينيات": the first year of a decade of the 1900s.
    case decade(Int)
    /// "EOM", "BOM", "EOY" (capitalized, or alone): a part of the anchor's month or year in one word.
    case partOfPeriod(PeriodPart, DateUnit)
    /// "rest of", "reste de", "بقية": from today to the end of the period.
    case rest
    /// "later this", "later in the": the latter half of the period, or from today when that half has begun.
    case latter
    /// "or after", "or later", "or before", "or earlier" after a year: the year bounds an open period.
    case openEnded
    /// "closest", "nearest": "the closest Monday to Oct 5th" is the Monday nearest that day.
    case closest
    /// "for", "within" before a count of units: a span of days ("for 3 days from today", "within 2 weeks");
    /// `alone` when the span starts today without a start date ("within 5 days").
    case span(alone: Bool)
    /// "starting", "beginning", "from" after a span: its first day follows.
    case starting
    /// "XXe" in "le XXe siècle": a century written in Roman numerals.
    case century(Int)
    /// "siècle", "century": after an ordinal, a span of a hundred years.
    case centuryWord
    /// "semestre": after "premier" or "second", half a year.
    case halfYear
    /// "H" in "H2 2016".
    case halfMark
    /// "quinzaine": after "première" or "deuxième", half a month.
    case fortnight
    /// "lendemain" (+1), "veille" (−1): before "de" and a date, that date moved by so many days.
    case dayFrom(Int)
    /// "à compter de", "à partir de": after "dans" and a count, the day the count starts from ("d'ici 2 semaines à
    /// compter d'aujourd'hui"); after a bare count it starts a duration ("pendant 3 jours à partir de lundi").
    case countFrom
    /// "matins", "soir", "nuit": a part of the day that recurs after "tous les", "chaque".
    case dayPart(String)
}

/// The date grammar's word table and its examples.
enum DateCues {
    static let all: [(String, DateCue)] =
        [
            ("day", .unit(.day)), ("days", .unit(.day)), ("jour", .unit(.day)), ("jours", .unit(.day)),
            ("journee", .unit(.day)), ("أيام", .unit(.day)), ("يومين", .dual(.day)), ("يوما", .unit(.day)),
            ("week", .unit(.week)), ("weeks", .unit(.week)), ("wk", .unit(.week)), ("semaine", .unit(.week)),
            ("semaines", .unit(.week)), ("أسبوع", .unit(.week)), ("الأسبوع", .unit(.week)),
            ("أسابيع", .unit(.week)), ("أسبوعين", .dual(.week)), ("اسبوعا", .unit(.week)),
            ("months", .unit(.month)), ("أشهر", .unit(.month)), ("شهور", .unit(.month)), ("شهرين", .dual(.month)),
            ("شهرا", .unit(.month)),
            ("quarter", .unit(.quarter)), ("quarters", .unit(.quarter)), ("qtr", .unit(.quarter)), ("q", .quarterMark),
            ("trimestre", .unit(.quarter)), ("trimestres", .unit(.quarter)), ("ربع", .unit(.quarter)),
            ("years", .unit(.year)), ("yr", .unit(.year)), ("yrs", .unit(.year)), ("calendar year", .unit(.year)),
            ("ans", .unit(.year)), ("سنوات", .unit(.year)), ("أعوام", .unit(.year)),
            ("سنتين", .dual(.year)), ("عامين", .dual(.year)), ("عاما", .unit(.year)),
            ("decade", .unit(.decade)), ("decades", .unit(.decade)), ("decennie", .unit(.decade)),
            ("decennies", .unit(.decade)), ("عقد", .unit(.decade)), ("عقود", .unit(.decade)),
            ("العقدين", .dual(.decade)), ("عقدين", .dual(.decade)), ("اليومين", .dual(.day)),
            ("الأسابيع", .unit(.week)), ("الأشهر", .unit(.month)), ("الشهور", .unit(.month)),
            ("السنوات", .unit(.year)), ("الأيام", .unit(.day)),
            ("annees", .unit(.year)), ("ago", .ago), ("back", .ago), ("earlier", .ago), ("auparavant", .ago),
            ("plus tot", .ago),
            ("hence", .hence), ("from now", .hence), ("later", .hence), ("plus tard", .hence), ("apres", .hence),
            ("after", .hence), ("from today", .hence), ("من الآن", .hence),
            ("dans", .inFuture), ("d'ici", .inFuture), ("بعد", .inFuture),
            ("il y a", .inPast), ("قبل", .inPast), ("منذ", .inPast),
            ("after next", .afterNext), ("d'apres", .step(1)), ("بعد القادم", .afterNext),
            ("بعد المقبل", .afterNext), ("coming", .step(1)), ("upcoming", .step(1)), ("following", .step(1)),
            ("suivant", .step(1)), ("suivante", .step(1)), ("previous", .step(-1)), ("past", .step(-1)),
            ("precedent", .step(-1)), ("precedente", .step(-1)), ("passee", .step(-1)), ("passe", .step(-1)),
            ("passees", .step(-1)), ("passes", .step(-1)), ("current", .step(0)), ("en cours", .step(0)),
            ("التالي", .step(1)), ("الفائت", .step(-1)), ("السابق", .step(-1)),
            ("beginning of", .part(.beginning)), ("the beginning of", .part(.beginning)),
            ("start of", .part(.beginning)), ("early", .part(.beginning)), ("debut", .part(.beginning)),
            ("debut de", .part(.beginning)), ("au debut de", .part(.beginning)), ("en debut de", .part(.beginning)),
            ("au debut du", .part(.beginning)), ("debut du", .part(.beginning)), ("أوائل", .part(.beginning)),
            ("بداية", .part(.beginning)), ("مطلع", .part(.beginning)),
            ("mid", .part(.middle)), ("middle of", .part(.middle)), ("the middle of", .part(.middle)),
            ("mi", .part(.middle)), ("milieu de", .part(.middle)), ("au milieu de", .part(.middle)),
            ("milieu du", .part(.middle)), ("au milieu du", .part(.middle)), ("منتصف", .part(.middle)),
            ("أواسط", .part(.middle)), ("end of", .part(.end)), ("the end of", .part(.end)), ("late", .part(.late)),
            ("fin", .part(.end)), ("fin de", .part(.end)), ("en fin de", .part(.end)), ("a la fin de", .part(.end)),
            ("fin du", .part(.end)), ("a la fin du", .part(.end)), ("أواخر", .part(.end)), ("نهاية", .part(.end)),

            ("eom", .partOfPeriod(.end, .month)), ("bom", .partOfPeriod(.beginning, .month)),
            ("eoy", .partOfPeriod(.end, .year)),
            ("from", .from), ("de", .from), ("du", .from), ("between", .from), ("entre", .from), ("بين", .from),
            ("to", .to), ("until", .to), ("till", .to), ("through", .to), ("thru", .to), ("-", .to), ("–", .to),
            ("—", .to), ("~", .to),
            ("au", .to), ("jusqu'au", .to), ("jusqu'a", .to), ("jusqu", .to), ("a", .to), ("and", .to), ("et", .to),
            ("إلى", .to),
            ("الى", .to), ("حتى", .to), ("وحتى", .to), ("و", .to), ("لغاية", .to),
            ("every", .every), ("each", .every), ("chaque", .every), ("tous les", .every), ("toutes les", .every),
            ("كل", .every),
            ("once a day", .recurring("P1D")), ("once a week", .recurring("P1W")),
            ("once a month", .recurring("P1M")), ("once a year", .recurring("P1Y")),
            // Recognizers writes the part of the day a set recurs in as its Timex ("every night": TNI).
            ("every morning", .recurring("TMO")), ("every afternoon", .recurring("TAF")),
            ("every evening", .recurring("TEV")), ("every night", .recurring("TNI")),
            ("everyday", .recurring("P1D")), ("every other day", .recurring("P2D")),
            ("every other week", .recurring("P2W")), ("every other month", .recurring("P2M")),
            ("every other year", .recurring("P2Y")),
            ("daily", .recurring("P1D")), ("quotidien", .recurring("P1D")), ("quotidienne", .recurring("P1D")),
            ("quotidiennement", .recurring("P1D")), ("يوميا", .recurring("P1D")), ("weekly", .recurring("P1W")),
            ("hebdomadaire", .recurring("P1W")), ("أسبوعيا", .recurring("P1W")), ("monthly", .recurring("P1M")),
            ("mensuel", .recurring("P1M")), ("mensuelle", .recurring("P1M")), ("شهريا", .recurring("P1M")),
            ("yearly", .recurring("P1Y")), ("annually", .recurring("P1Y")), ("annual", .recurring("P1Y")),
            ("annuel", .recurring("P1Y")), ("annuelle", .recurring("P1Y")), ("سنويا", .recurring("P1Y")),
            ("biweekly", .recurring("P2W")), ("bihebdomadaire", .recurring("P2W")),
            ("journellement", .recurring("P1D")), ("semestriel", .recurring("P6M")), ("fortnightly", .recurring("P2W")),
            ("quarterly", .recurring("P3M")),
            ("weekend", .weekend), ("week-end", .weekend), ("week end", .weekend),
            ("عطلة نهاية الأسبوع", .weekend), ("نهاية الأسبوع", .weekend), ("نهاية هذا الأسبوع", .weekend),
            ("عطلة نهاية هذا الأسبوع", .weekend),
            ("spring", .season(0)), ("printemps", .season(0)), ("الربيع", .season(0)), ("summer", .season(1)),
            ("ete", .season(1)), ("الصيف", .season(1)), ("autumn", .season(2)), ("fall", .season(2)),
            ("automne", .season(2)), ("الخريف", .season(2)), ("winter", .season(3)), ("hiver", .season(3)),
            ("الشتاء", .season(3)), ("صيف", .season(1)), ("خريف", .season(2)), ("شتاء", .season(3)),
            ("season", .season(-1)), ("seasons", .season(-1)),
            ("saison", .season(-1)),
            ("closest", .closest), ("nearest", .closest), ("for", .span(alone: false)), ("within", .span(alone: true)),
            ("starting", .starting), ("beginning", .starting), ("starting from", .starting), ("rest of", .rest),
            ("later this", .latter), ("later in the", .latter),
            ("later in this", .latter), ("or after", .openEnded),
            ("or later", .openEnded), ("or before", .openEnded), ("or earlier", .openEnded),
            ("the rest of", .rest), ("rest", .rest), ("reste de", .rest), ("le reste de", .rest),
            ("reste", .rest), ("بقية", .rest),
            ("apres le prochain", .afterNext), ("apres la prochaine", .afterNext), ("dans la", .step(0)),
            ("dans le futur", .hence), ("dans le passe", .ago),
            ("a compter d", .countFrom), ("a compter de", .countFrom), ("a partir d", .countFrom),
            ("a partir de", .countFrom),
            ("une fois par", .every), ("siecle", .centuryWord), ("siecles", .centuryWord),
            ("century", .centuryWord), ("semestre", .halfYear), ("h", .halfMark), ("quinzaine", .fortnight),
            ("lendemain", .dayFrom(1)), ("surlendemain", .dayFrom(2)), ("veille", .dayFrom(-1)),
            ("avant-veille", .dayFrom(-2)), ("avant veille", .dayFrom(-2)),
            ("matin", .dayPart("TMO")), ("matins", .dayPart("TMO")), ("apres-midi", .dayPart("TAF")),
            ("apres midi", .dayPart("TAF")), ("soir", .dayPart("TEV")), ("soirs", .dayPart("TEV")),
            ("nuit", .dayPart("TNI")), ("nuits", .dayPart("TNI")),
        ] + decades + pluralWeekdays + centuries

    /// "IIe" … "XXIe": centuries in Roman numerals, as French writes them ("le XXe siècle").
    private static let centuries: [(String, DateCue)] = {
        let romans = [
            "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
            "xviii", "xix", "xx", "xxi",
        ]
        return romans.enumerated().map { ($0.element + "e", DateCue.century($0.offset + 2)) }
    }()

    /// "mondays", "les lundis": a weekday in the plural recurs ("XXXX-WXX-1" is every Monday).
    private static let pluralWeekdays: [(String, DateCue)] = {
        let english = ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"]
        let french = ["lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis", "dimanches"]
        return (0..<7).flatMap { index in
            [
                (english[index], DateCue.recurring("XXXX-WXX-\(index + 1)")),
                (french[index], DateCue.recurring("XXXX-WXX-\(index + 1)")),
            ]
        }
    }()

    /// "the seventies", "les années 70" (read by the parser from the number), "السبعينيات".
    private static let decades: [(String, DateCue)] = {
        let english = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        let arabic = [
            "العشرينيات", "الثلاثينيات", "الأربعينيات", "الخمسينيات", "الستينيات", "السبعينيات", "الثمانينيات",
            "التسعينيات",
        ]
        var list: [(String, DateCue)] = []
        for (offset, pair) in zip(english, arabic).enumerated() {
            list.append((pair.0, .decade(1920 + 10 * offset)))
            list.append((pair.1, .decade(1920 + 10 * offset)))
            list.append((String(pair.1.unicodeScalars.dropFirst(2)), .decade(1920 + 10 * offset)))  // "سبعينيات"
        }
        // The decades of the 2000s by their spoken names: "the two thousands", "the twenty-tens".
        list += [
            ("two thousands", .decade(2000)), ("noughties", .decade(2000)), ("twenty-tens", .decade(2010)),
            ("twenty tens", .decade(2010)), ("twenty-twenties", .decade(2020)), ("twenty twenties", .decade(2020)),
        ]
        return list
    }()

    static let examples: [PatternExample] = [
        PatternExample(
            "the closest Monday to Oct 5th", "2012-10-08 day event from_publication monday", .dates,
            published: "2013-02-12"),
        PatternExample(
            "for 3 days from today", "2013-02-12 day event relative interval 2013-02-16", .dates,
            published: "2013-02-12"),
        PatternExample("next week", "2013-02-18 week event relative", .dates, published: "2013-02-12"),
        PatternExample("la semaine dernière", "2013-02-04 week event relative", .dates, published: "2013-02-12"),
        PatternExample("الأسبوع المقبل", "2013-02-18 week event relative", .dates, published: "2013-02-12"),
        PatternExample("this quarter", "2013-01-01 quarter event relative", .dates, published: "2013-02-12"),
        PatternExample("3 weeks ago", "2013-01-22 day event relative", .dates, published: "2013-02-12"),
        PatternExample("il y a trois mois", "2012-11-12 day event relative", .dates, published: "2013-02-12"),
        PatternExample("قبل 3 أيام", "2013-02-09 day event relative", .dates, published: "2013-02-12"),
        PatternExample("in a week", "2013-02-19 day event relative", .dates, published: "2013-02-12"),
        PatternExample(
            "the last 2 years", "2011-01-01 year historical relative interval 2013-01-01", .dates,
            published: "2013-02-12"),
        PatternExample(
            "from 13 to 15 July 2013", "2013-07-13 day event explicit interval 2013-07-16", .dates,
            published: "2013-02-12"),
        PatternExample(
            "du 1er au 10 juillet 2013", "2013-07-01 day event explicit interval 2013-07-11", .dates,
            published: "2013-02-12"),
        // An end without its year is the first such date after the start, not the latest before publication.
        PatternExample(
            "from 3 to 12 September", "2018-09-03 day event from_publication interval 2018-09-13", .dates,
            published: "2018-09-07"),
        // A month alone is ambiguous ("march", "May", "مارس" the verb); two joined as a range are dates.
        PatternExample(
            "from March to June", "2018-03-01 month event from_publication interval 2018-07-01", .dates,
            published: "2018-09-07"),
        PatternExample(
            "de mars à juin", "2018-03-01 month event from_publication interval 2018-07-01", .dates,
            published: "2018-09-07"),
        PatternExample(
            "من مارس إلى يونيو 2018", "2018-03-01 month event explicit interval 2018-07-01", .dates,
            published: "2018-09-07"),
        PatternExample("من مارس العنف ضد المتظاهرين", "", .dates, published: "2018-09-07"),
        PatternExample("july 4th of 1995", "1995-07-04 day historical explicit", .dates, published: "2016-11-07"),
        PatternExample(
            "Where were you on this past Wednesday?", "2019-01-30 day event relative wednesday", .dates,
            published: "2019-01-31"),
        // A year coordinated with a year just read is a date too; one that counts something is not.
        PatternExample(
            "Sales fell in 2007 and 2009.", "2007-01-01 year historical explicit; 2009-01-01 year historical explicit",
            .dates, published: "2018-06-26"),
        PatternExample(
            "The range is 2014 to 2018.", "2014-01-01 year historical explicit interval 2019-01-01", .dates,
            published: "2018-06-26"),
        PatternExample(
            "The range is 2014~2018.", "2014-01-01 year historical explicit interval 2019-01-01", .dates,
            published: "2018-06-26"),
        PatternExample("Prices rose 2014 to 2018 people", "", .dates, published: "2018-06-26"),
        PatternExample(
            "It will happen 2 weeks from January 15.", "2013-01-29 day event from_publication", .dates,
            published: "2013-02-12"),
        PatternExample(
            "I have finished my work between Jan 22 and now",
            "2019-01-22 day event from_publication interval 2019-04-26",
            .dates, published: "2019-04-25"),
        PatternExample(
            "fin mars 2013", "2013-03-21 day event explicit interval 2013-04-01", .dates, published: "2013-02-12"),
        PatternExample(
            "أوائل أكتوبر 2023", "2023-10-01 day event explicit interval 2023-10-11", .dates,
            published: "2023-10-12"),
        PatternExample("every day", "set P1D", .dates, published: "2013-02-12"),
        PatternExample("كل أسبوع", "set P1W", .dates, published: "2013-02-12"),
        PatternExample(
            "the seventies", "1970-01-01 year historical explicit interval 1980-01-01", .dates,
            published: "2013-02-12"),
        PatternExample("Q4 2018", "2018-10-01 quarter event explicit", .dates, published: "2019-02-12"),
        PatternExample("week 10 of 2019", "2019-03-04 week event explicit", .dates, published: "2019-02-12"),
        // Arabic says the weekend as "the end of this week".
        PatternExample(
            "نهاية هذا الأسبوع", "2016-11-12 day event relative interval 2016-11-14", .dates, published: "2016-11-07"),
        PatternExample(
            "au XXe siècle", "1900-01-01 year historical explicit interval 2000-01-01", .dates,
            published: "2019-02-12"),
        PatternExample(
            "au premier semestre 2016", "2016-01-01 month historical explicit interval 2016-07-01", .dates,
            published: "2019-02-12"),
        PatternExample(
            "la deuxième quinzaine d'avril 2016", "2016-04-15 day historical explicit interval 2016-05-01", .dates,
            published: "2019-02-12"),
        PatternExample("le lendemain du 13 février 2016", "2016-02-14 day event explicit", .dates),
        PatternExample(
            "la semaine après la prochaine", "2013-02-25 week event relative", .dates, published: "2013-02-12"),
        PatternExample("dans la journée", "2013-02-12 day event relative", .dates, published: "2013-02-12"),
        PatternExample("une fois par semaine", "set P1W", .dates, published: "2013-02-12"),
        PatternExample(
            "I bought it for $12 December 27", "2018-12-27 day event from_publication", .dates, published: "2019-07-04"),
        PatternExample(
            "a call on Friday 15/6 with Jim", "2018-06-15 day event from_publication friday", .dates,
            published: "2018-06-20"),
        PatternExample(
            "this Friday-Jun-15", "2018-06-15 day event from_publication friday", .dates, published: "2018-06-20"),
        PatternExample(
            "sales before 2000 but not 1998",
            "nil year event explicit interval 2000-01-01; 1998-01-01 year historical explicit", .dates,
            published: "2018-05-31"),
        PatternExample(
            "The range is from 2015 and 2016", "2015-01-01 year historical explicit; 2016-01-01 year event explicit",
            .dates, published: "2016-11-07"),
        PatternExample(
            "on 18 and 19 June", "2019-06-18 day event from_publication; 2019-06-19 day event from_publication", .dates,
            published: "2019-07-01"),
        PatternExample(
            "في 18 و19 يونيو", "2019-06-18 day event from_publication; 2019-06-19 day event from_publication", .dates,
            published: "2019-07-01"),
        PatternExample(
            "no later than January 1, 2007", "nil day event explicit interval 2007-01-01", .dates,
            published: "2019-12-15"),
        PatternExample(
            "They left in October two thousand and returned", "2000-10-01 month historical explicit", .dates,
            published: "2016-11-07"),
        PatternExample(
            "born on twenty five January nineteen eighty six", "1986-01-25 day historical explicit", .dates,
            published: "2019-05-30"),
        PatternExample(
            "I was born in April of 87", "1987-04-01 month historical explicit", .dates, published: "2018-01-07"),
        PatternExample(
            "Show sales in two thousand and twenty", "2020-01-01 year event explicit", .dates, published: "2018-06-26"),
        PatternExample("this may be a great opportunity", "", .dates, published: "2018-05-20"),
        PatternExample(
            "start more than 2 weeks after today", "2018-06-12 day event relative interval open", .dates,
            published: "2018-05-29"),
        PatternExample(
            "within the next 2 weeks after today", "2018-05-29 day event relative interval 2018-06-13", .dates,
            published: "2018-05-29"),
        PatternExample(
            "the stock is down 20% year to date", "2018-01-01 day event relative interval 2018-09-08", .dates,
            published: "2018-09-07"),
        PatternExample(
            "meet later this week", "2018-05-31 day event relative interval 2018-06-04", .dates, published: "2018-05-28"
        ),
        PatternExample(
            "later in the year", "2018-11-08 day event relative interval 2019-01-01", .dates, published: "2018-11-08"),
        PatternExample(
            "I will leave in two days from today", "2018-07-07 day event relative", .dates, published: "2018-07-05"),
        PatternExample(
            "My vacation is from 24/12/2018-31/12/2018", "2018-12-24 day event explicit interval 2019-01-01", .dates,
            published: "2018-10-24"),
        PatternExample(
            "I will leave from 1/5-7/5, 2020", "2020-05-01 day event explicit interval 2020-05-08", .dates,
            published: "2018-10-24"),
        PatternExample("the call +86 138-2010-2015", "", .dates, published: "2018-10-24"),
        PatternExample(
            "plans for Dec/2018-May/2019", "2018-12-01 month event explicit interval 2019-06-01", .dates,
            published: "2018-11-01"),
        PatternExample(
            "I went back to China in 2017 april.", "2017-04-01 month historical explicit", .dates,
            published: "2018-05-24"),
        PatternExample("It may be in may", "2017-05-01 month event from_publication", .dates, published: "2018-01-07"),
        PatternExample(
            "How many docked from March to date?", "2016-03-01 month event from_publication interval 2016-11-08",
            .dates, published: "2016-11-07"),
        PatternExample(
            "between 2007 and the end of 2008", "2007-01-01 year historical explicit interval 2009-01-01", .dates,
            published: "2016-11-07"),
        PatternExample(
            "off between the ninth and the seventeenth of april",
            "2016-04-09 day event from_publication interval 2016-04-18", .dates, published: "2016-11-07"),
        PatternExample(
            "from april twenty-seventh to the third", "2016-04-27 day event from_publication interval 2016-05-04",
            .dates, published: "2016-11-07"),
        PatternExample(
            "in the first six months of 2023", "2023-01-01 month event explicit interval 2023-07-01", .dates,
            published: "2023-11-07"),
        PatternExample(
            "in the second half of last year", "2022-07-01 month historical relative interval 2023-01-01", .dates,
            published: "2023-11-07"),
        PatternExample(
            "the last 3 weeks of this year", "2019-12-09 day event relative interval 2019-12-30", .dates,
            published: "2019-11-29"),
        PatternExample(
            "les six premiers mois de 2023", "2023-01-01 month event explicit interval 2023-07-01", .dates,
            published: "2023-11-07"),
        PatternExample(
            "النصف الأول من 2023", "2023-01-01 month event explicit interval 2023-07-01", .dates,
            published: "2023-11-07"),
        PatternExample(
            "الأشهر الستة الأولى من عام 2023", "2023-01-01 month event explicit interval 2023-07-01", .dates,
            published: "2023-11-07"),
        PatternExample("the first three days of the war", "", .dates, published: "2023-11-07"),
        PatternExample(
            "after the 15th day of next month", "2020-08-15 day event from_publication interval open", .dates,
            published: "2020-07-01"),
        PatternExample("5 days before new year", "", .dates, published: "2016-11-07"),
        PatternExample(
            "What happened in the 5 past years?", "2013-08-30 day historical relative interval 2018-08-30", .dates,
            published: "2018-08-30"),
        PatternExample(
            "in the 2 next days", "2018-08-31 day event relative interval 2018-09-02", .dates, published: "2018-08-30"),
        PatternExample("killed 3 last year", "2017-01-01 year historical relative", .dates, published: "2018-08-30"),
        PatternExample(
            "a vacation from next monday to friday", "2019-09-09 day event relative monday interval 2019-09-14", .dates,
            published: "2019-09-05"),
        PatternExample(
            "gains in this calendar year", "2019-01-01 year event relative", .dates, published: "2019-06-18"),
        PatternExample(
            "sales from 2010 – 2020 and not 2015",
            "2010-01-01 year historical explicit interval 2021-01-01; 2015-01-01 year historical explicit", .dates,
            published: "2018-05-31"),
        PatternExample("I'll leave everyday", "set P1D", .dates, published: "2016-11-07"),
        PatternExample("every other week", "set P2W", .dates, published: "2016-11-07"),
        PatternExample("dinner on me every night", "set TNI", .dates, published: "2016-11-07"),
        PatternExample("2016-2-30", "nil day event explicit", .dates, published: "2016-11-07"),
        PatternExample(
            "In the spring of nineteen seventy eight", "1978-03-20 day historical explicit interval 1978-06-22", .dates,
            published: "2016-11-07"),
        PatternExample(
            "in the summer two thousand people marched", "2016-06-21 day event relative interval 2016-09-24", .dates,
            published: "2016-11-07"),
        PatternExample(
            "the three month (June-August 1992) period", "1992-06-01 month historical explicit interval 1992-09-01",
            .dates, published: "2016-11-07"),
        PatternExample(
            "Real Madrid's Saturday 3-1 win over Barcelona", "2024-06-08 day event relative saturday", .dates,
            published: "2024-06-10"),
        PatternExample(
            "The network will provide Friday 24/7 coverage", "2024-03-08 day event relative friday", .dates,
            published: "2024-03-10"),
        PatternExample("The minister promised a new year of reforms.", "", .dates, published: "2024-03-10"),
        PatternExample("Bread, milk and other everyday items cost more.", "", .dates, published: "2024-03-10"),
        PatternExample(
            "Europe was rebuilt between the first and the second world wars.", "", .dates, published: "2024-03-10"),
        PatternExample("Polls suggest between 1/3-2/3 of voters back the plan.", "", .dates, published: "2024-03-10"),
        PatternExample("The body was found more than 2 weeks after the crash.", "", .dates, published: "2024-03-10"),
        PatternExample("2023 was the club's best year to date.", "", .dates, published: "2024-03-10"),
        PatternExample(
            "He was arrested in March 2019 and died later in the year.", "2019-03-01 month historical explicit", .dates,
            published: "2024-03-10"),
        PatternExample("The last two years of his life were spent in exile.", "", .dates, published: "2024-03-10"),
        PatternExample("He played the 3 previous seasons in Spain.", "", .dates, published: "2024-03-10"),
        PatternExample(
            "In 2017 April Ryan asked the press secretary", "2017-01-01 year historical explicit", .dates,
            published: "2024-03-10"),
        PatternExample(
            "Three May 2020 reports were leaked to the press.", "2020-05-01 month historical explicit", .dates,
            published: "2024-03-10"),
        PatternExample("صدر التعميم رقم 2016-2-30 عن الوزارة.", "", .dates, published: "2024-03-10"),
        PatternExample(
            "Le Nouvel An chinois a été célébré dans le 13e arrondissement.", "", .dates, published: "2024-03-10"),
        PatternExample(
            "L'inflation a reculé au cours des six premiers mois de 2023.",
            "2023-01-01 month historical explicit interval 2023-07-01", .dates, published: "2024-03-10"),
        PatternExample(
            "Tourism grew in 2010 – 2020.", "2010-01-01 year historical explicit interval 2021-01-01", .dates,
            published: "2024-03-10"),
        PatternExample(
            "Quelque 4 000 cas ont été recensés de mars à ce jour.",
            "2024-03-01 month event from_publication interval 2024-06-11", .dates, published: "2024-06-10"),
        PatternExample(
            "The vote this May saw record turnout.", "2024-05-01 month event from_publication", .dates,
            published: "2024-06-10"),
    ]
}
