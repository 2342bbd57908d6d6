import CrossCheckModel
import Testing

@testable import Facts

/// The number families added for Recognizers-Text's Arabic cases, each as a table, and their news-safety limits.
@Suite("Number families")
struct NumberFamilyTests {
    let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)

    private func values(_ text: String) -> [Double] {
        extractor.extract(text: text, language: .unknown, published: nil).numbers.map(\.value)
    }

    /// Numbers too large to be a figure (10¹⁸ and more, or past `Double`'s range) are not read, and do not stop the
    /// extraction: a twenty-digit number used to trap in the date parser and end the whole run.
    @Test(arguments: [
        "Officials said 99999999999999999999 people were killed on Tuesday.",
        "Officials said " + String(repeating: "9", count: 400) + " people were killed, and 1e999 more were hurt.",
        "مقتل " + String(repeating: "٩", count: 400) + " شخصا يوم الثلاثاء",
        "At least 1e19 people were injured on 99999999999999999999/12/2020 and 12/99999999999999999999/2020.",
        "Il y a eu 9 999 999 999 999 999 999 morts le 99999999999999999999e jour.",
        "قتل مليون مليار مليار شخص في 99999999999999999999 أكتوبر",
        "The 99999999999999999999th victim died; 5 trillion trillion were displaced.",
    ])
    func numbersTooLargeToBeFiguresAreNotRead(_ text: String) {
        let facts = extractor.extract(text: text, language: .unknown, published: nil)
        #expect(facts.numbers.allSatisfy { abs($0.value) < 1e18 }, "\(facts.numbers.map(\.value))")
        #expect(facts.casualties.allSatisfy { ($0.count.max ?? 0) < 1e18 })
    }

    @Test func aFigureBesideATooLargeNumberIsStillRead() {
        #expect(values("Police said 12 people were killed; case 99999999999999999999.") == [12])
    }

    /// Digit groups: spaces and the Arabic comma before exactly three digits, dotted groups that are not
    /// thousands, powers, and digits glued to a unit word.
    @Test(arguments: [
        ("40 000 هو نفس 40 000", [40000.0, 40000]),
        ("١ ٢٣٤ ٥٦٧", [1_234_567]),
        ("عدد السكان ١،٢٣٤،٥٦٧", [1_234_567]),
        ("الرقمان 1234 567", [1234, 567]),
        ("العنوان ١٩٢.١٦٨.١.٢", [192, 168, 1, 2]),
        ("1.200.000", [1_200_000]),
        ("1e10", [1e10]),
        ("-2.5^-1", [-0.4]),
        ("١مليون ليست رقم", []),
        ("أريد ١٨٠ميلي لتر و 3 سنوات", [3]),
        ("5/17/2018", []),  // a date: its digits are the date's, not numbers as well
        ("2 1/4", [2.25]),
        ("- 1 4/5", [-1.8]),
        ("100K and -1.2M", [100_000, -1_200_000]),
        ("a 5m wall", []),
        ("حكم بإعدام 16امرأة منذ 100عام", [16, 100]),
    ])
    func digitGroups(text: String, expected: [Double]) {
        let found = values(text)
        #expect(found.count == expected.count)
        for (value, wanted) in zip(found, expected) { #expect(abs(value - wanted) < 1e-9) }
    }

    /// Shares: denominator nouns, "على", "من" between words, "جزء من", negatives, and what must stay counts.
    @Test(arguments: [
        ("ثلاثة أخماس", [0.6]),
        ("مئة وثلاثون أخماس", [26]),
        ("ثلاثة و عشرون خمس", [4.6]),
        ("مائتين ألف و أربعمائة و أربعون و ثلاثة أخماس", [200440.6]),
        ("مائة و ثلاثون و خمسين", [130.4]),
        ("مائة وخمسين", [150]),
        ("واحد على ٢٠", [0.05]),
        ("واحد من أربعة", [0.25]),
        ("جزء من مئة", [0.01]),
        ("سالب واحد على 20", [-0.05]),
        ("نصف دزينة", [6]),
        ("ثلاث دزينات", [36]),
        ("٤ آلاف ٣ مائة و ٢١", [4321]),
        ("أربعة ألف و ثلاثمائة و صفر", [4300, 0]),
        ("قتل 3 من 5 مسلحين", [3, 5]),
        ("خلال 2011 خمس سنوات", [2011, 5]),
        ("20 في المئة", [20]),
    ])
    func shares(text: String, expected: [Double]) {
        let found = values(text)
        #expect(found.count == expected.count)
        for (value, wanted) in zip(found, expected) { #expect(abs(value - wanted) < 1e-9) }
    }

    /// Relative ordinals keep their anchor apart from numbers, and never become a count.
    @Test(arguments: [
        ("أريد البسكويت الاخير.", OrdinalAnchor.end, 0.0),
        ("اريني الذي قبل الاخير.", .end, -1),
        ("أريني الثانية الى الاخير.", .end, -1),
        ("انتقل الى الصفحة السابقة.", .current, -1),
        ("أريد 3 كتب القادمة.", .current, 1),
        ("انظر إلى الصفحة الحالية", .current, 0),
        ("Show me the penultimate.", .end, -1),
    ])
    func relativeOrdinals(text: String, anchor: OrdinalAnchor, offset: Double) throws {
        let facts = extractor.extract(text: text, language: .unknown, published: nil)
        let ordinal = try #require(facts.relativeOrdinals.first)
        #expect(facts.relativeOrdinals.count == 1)
        #expect(ordinal.anchor == anchor)
        #expect(ordinal.value == offset)
        #expect(!facts.numbers.contains { $0.isOrdinal })
    }

    @Test func anotherIsNotLast() {
        let facts = extractor.extract(text: "قتل شخص آخر في القصف الأخير", language: .arabic, published: nil)
        #expect(facts.relativeOrdinals.count == 1)
        #expect(facts.totals[.killed] == .exactly(1))
    }

    /// "اثنين" before a relative week is the count two, not Monday: a casualty count must not become a weekday.
    @Test func twoBeforeLastWeekIsACount() {
        let facts = extractor.extract(text: "قتل اثنين الأسبوع الماضي في القصف", language: .arabic, published: nil)
        #expect(facts.totals[.killed] == .exactly(2))
        #expect(facts.dates.count == 1)
    }

    /// A ruler's regnal number is part of the name; an ordinal after a common noun or a verb stays a figure.
    @Test(arguments: [
        ("استقبل الملك محمد السادس الوفد", [Double]()),
        ("رحب السلطان هيثم الأول بالضيوف", []),
        ("انعقدت الدورة السادسة للمجلس", [6]),
        ("اعجبني الأول من الكتابين", [1]),
        ("تكلم بالكلمة الأولى", [1]),
    ])
    func regnalNumbers(text: String, expected: [Double]) {
        #expect(values(text) == expected)
    }
}

/// The headline families found on FA-KES: additions, toll updates, singular people, partitives and war cues.
@Suite("Headline families")
struct HeadlineFamilyTests {
    let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)

    static let cases: [(String, Double)] = [
        // Additions in the same or the next sentence add up; a figure in between ends the chain.
        ("Strikes killed 58 civilians on Monday. The group added that 24 other people were killed.", 82.0),
        ("Bombing has killed three rescue workers while six children were also killed.", 9),
        (
            "Raids killed at least 21 civilians on Monday. At least 15 civilians were killed in Manbij while six "
                + "others were killed in a village.", 21
        ),
        // A larger toll statement later replaces the first figure; ten times larger is another count.
        ("At least eight died on Tuesday. A journalist placed the death toll from the air raids at 50.", 50),
        ("Ten civilians were killed on Monday. The death toll from the conflict stands at more than 470000.", 10),
        // Singular people imply one each.
        ("A girl child was killed and a woman was injured on Thursday.", 1),
        ("An adult and a child have been killed in Aleppo.", 2),
        ("Five women and a child have been killed after war planes targeted a camp.", 6),
        // "of which" is a part of a group named before.
        ("Samples came from victims, three of which died. At least 87 people died in the attack.", 87),
        // A war cue in a sentence that names a day does not make the figure a running toll.
        ("A suicide bomber killed four people on Sunday in an attack that took Syria's civil war to the town.", 4),
        // Adjectives of people ("displaced") do not take the figure from the verb before it.
        ("A car bomb killed at least 26 displaced people on Friday.", 26),
        // A trigger noun after the figure that opens the next figure leaves it to the verb before.
        ("Kurds kill 83 Injured 100 ISIS Terrorists in 2 Days.", 83),
        ("Terrorist attacks kill 10 injure scores in Aleppo.", 10),
        // "the number (of …) killed" states a toll: it updates the headline, unless it sums several days.
        ("Shelling killed at least 12 civilians on Monday, bringing to 30 the number killed in 24 hours.", 30),
        ("Raids killed 9 people on Friday. The shelling brought to 70 the number killed in the town in three days.", 9),
        ("Views 115 The number of people killed in the flood in the northern valley has risen to 14.", 14),
        // "This was later updated to 82" updates the toll just given; an initial toll does not.
        ("The monitor gave an initial death toll of 30 on Monday. This was later updated to 41.", 41),
        ("Shells killed at least 12 people. It had initially given a death toll of 13.", 12),
        ("Ten people died in the flood. It rose to 300 in the spring, the water agency said.", 10),
        // Headline figures listed with a comma or nothing between them share the trigger.
        ("Three soldiers, two civilians killed in blast near the border.", 5),
        ("12 Civilians 7 Soldiers Killed 30 Injured in Night Raid", 19),
        // Others killed in other incidents do not add to the headline.
        ("Jets killed 26 people on Tuesday. Fifteen others were killed in two more incidents in the province.", 26),
        ("A gunman killed four guards. Three other people were killed in separate attacks.", 4),
        // A quoted name is one word of the noun phrase between the figure and its verb.
        ("At least 14 members of the \"Northern Valley Brigade\" and \"Free Hills Front\" groups were killed.", 14),
        // A verb's objects listed with "and" or commas add up.
        ("Shelling killed 3 soldiers and 2 civilians on Monday.", 5),
        ("The raid killed four guards, two drivers and three cooks.", 9),
        // A breakdown into civilians and fighters with an unidentified remainder: the identified part.
        (
            "Gunmen killed more than 30 people in two hamlets. The attack killed 12 civilians and 14 fighters, with "
                + "another five bodies yet to be identified.", 26
        ),
        // Without the breakdown, unidentified victims add to the known ones.
        ("Eleven of the dead were fighters. Two others among the dead have not been identified yet.", 13),
        // An aside about who the victims were ("most of them", "mostly") does not cut the noun from its verb.
        ("At least 19 people most of them members of local defence units were killed in the blast.", 19),
        // Nouns of killing take their object's figure.
        ("A video showed the execution of 12 young men in the square.", 12),
        // Hyphenated names inside the noun phrase.
        ("Over 110 Al-Nusra terrorists most of them non-Syrians were killed in the operations.", 111),
    ]

    @Test(arguments: cases)
    func killedTotal(text: String, expected: Double) {
        let facts = extractor.extract(text: text, language: .english, published: nil)
        #expect(facts.totals[.killed]?.min == expected)
    }

    @Test func firstFigureOfOthersCountsTheNamedOne() {
        let facts = extractor.extract(
            text: "Senior Nusra Front leader in Homs, 8 more killed in army offensive.", language: .english,
            published: nil)
        #expect(facts.totals[.killed] == .exactly(9))
        let arabic = extractor.extract(
            text: "استشهاد 12 فلسطينيا. وأصيب 30 آخرون.", language: .arabic, published: nil)
        #expect(arabic.totals[.injured] == .exactly(30))
    }
}
