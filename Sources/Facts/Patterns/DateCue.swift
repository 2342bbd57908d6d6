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
