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
}
