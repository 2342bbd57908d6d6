/// Sentences that exercise the date cues, each with what the extractor must read from it: the pattern tests run
/// every one, and a new cue comes with its example here.
extension DateCues {
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
