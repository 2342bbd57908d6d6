/// The number words of Arabic, English and French, with the part each plays when numbers are composed.
///
/// Arabic composes units before tens with "و" ("خمسة وعشرون" = 25), multiplies by a following hundred or thousand
/// ("ثلاث مئة", "ثلاثة آلاف"), has duals that stand alone ("ألفين" = 2000, "مئتين" = 200) and feminine and case forms
/// of every unit. Plural scales with no unit before them are vague counts ("آلاف" = thousands = 2000–9999).
struct NumberWord: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// 1–19 (and "dozen"): added.
        case unit
        /// "عشر"/"عشرة" after a unit makes a teen ("ثلاثة عشر"); alone it is 10.
        case teen
        /// 20–90.
        case ten
        /// "مئة", "hundred", "cent": multiplies a preceding unit, else 100.
        case hundred
        /// A complete hundreds word: "مئتين", "ثلاثمائة".
        case hundreds
        /// "ألف", "thousand", "million": multiplies what came before (or 1).
        case scale
        /// A dual scale that stands alone: "ألفين" = 2000, "مليونين" = 2,000,000.
        case dualScale
        /// A plural scale: multiplies a unit 3–10 ("ثلاثة آلاف"), else a vague count ("آلاف").
        case pluralScale
        /// A vague count word: "عشرات", "dozens", "des centaines".
        case vague
        /// "نصف", "ربع", "ثلث": alone a share, after "و" added ("خمسة وربع" = 5.25, "مليون ونصف" = 1.5 million),
        /// before a scale a multiplier ("نصف مليون").
        case fraction
    }

    var value: Double
    var role: Role
    /// An ordinal word ("ثالث", "third", "troisième"): the number it starts or ends is an ordinal.
    var isOrdinal = false
    /// The word carries the Arabic article ("الثالث", "العشرين"): a number that starts with it is an ordinal
    /// ("التسعون" = the ninetieth, "الإحدى عشرة" = the eleventh).
    var hasArticle = false
    /// For vague words and plural scales used alone: the interval they stand for (see `Qualifier`).
    var vagueMin: Double = 0
    var vagueMax: Double = 0

    static func unit(_ value: Double) -> NumberWord { NumberWord(value: value, role: .unit) }
    static func ten(_ value: Double) -> NumberWord { NumberWord(value: value, role: .ten) }
    static func hundreds(_ value: Double) -> NumberWord { NumberWord(value: value, role: .hundreds) }
    static func scale(_ value: Double) -> NumberWord { NumberWord(value: value, role: .scale) }
    static func dual(_ value: Double) -> NumberWord { NumberWord(value: value, role: .dualScale) }
    /// A vague word of magnitude `value` (10, 100, 1000…): it stands for [2·value, 10·value − 1], "dozens" for 24–99.
    /// "une vingtaine", "un millier": about `value`, with the interval of "environ 20" (`Qualifier.about`), so the
    /// two phrasings of one figure agree.
    static func about(_ value: Double) -> NumberWord {
        let low = Swift.min(value - 1, (value * 9 / 10).rounded(.down))
        let high = Swift.max(value + 1, (value * 11 / 10).rounded(.up))
        return NumberWord(value: value, role: .vague, vagueMin: low, vagueMax: high)
    }

    static func vague(_ value: Double, min: Double? = nil) -> NumberWord {
        NumberWord(value: value, role: .vague, vagueMin: min ?? 2 * value, vagueMax: 10 * value - 1)
    }
    static func ordinal(_ value: Double, role: Role = .unit) -> NumberWord {
        NumberWord(value: value, role: role, isOrdinal: true)
    }
    static func plural(_ value: Double) -> NumberWord {
        NumberWord(value: value, role: .pluralScale, vagueMin: 2 * value, vagueMax: 10 * value - 1)
    }
}

/// The number-word table and its examples.
enum NumberWords {
    static let arabic: [(String, NumberWord)] = {
        var list: [(String, NumberWord)] = [
            ("واحد", .unit(1)), ("واحدة", .unit(1)), ("أحد", .unit(1)), ("إحدى", .unit(1)), ("واحدا", .unit(1)),
            ("اثنان", .unit(2)), ("اثنين", .unit(2)), ("اثنتان", .unit(2)), ("اثنتين", .unit(2)), ("اثنا", .unit(2)),
            ("اثني", .unit(2)), ("اثنتا", .unit(2)), ("اثنتي", .unit(2)),
            ("ثمان", .unit(8)), ("ثماني", .unit(8)), ("ثمانية", .unit(8)),
            ("عشر", NumberWord(value: 10, role: .teen)), ("عشرة", NumberWord(value: 10, role: .teen)),
            ("مئة", NumberWord(value: 100, role: .hundred)), ("مائة", NumberWord(value: 100, role: .hundred)),
            ("المئة", withArticle(NumberWord(value: 100, role: .hundred))),
            ("المائة", withArticle(NumberWord(value: 100, role: .hundred))),
            ("مئتان", .hundreds(200)), ("مئتين", .hundreds(200)), ("مائتان", .hundreds(200)),
            ("مائتين", .hundreds(200)), ("مئتا", .hundreds(200)), ("مائتا", .hundreds(200)),
            ("ألف", .scale(1000)), ("ألفا", .dual(2000)), ("ألفان", .dual(2000)), ("ألفين", .dual(2000)),
            ("آلاف", .plural(1000)), ("مليون", .scale(1e6)), ("مليونا", .scale(1e6)), ("مليونان", .dual(2e6)),
            ("مليونين", .dual(2e6)), ("ملايين", .plural(1e6)), ("مليار", .scale(1e9)), ("بليون", .scale(1e9)),
            ("مليارا", .scale(1e9)), ("ملياران", .dual(2e9)), ("مليارين", .dual(2e9)),
            ("ملياري", .dual(2e9)), ("مليوني", .dual(2e6)), ("ألفي", .dual(2000)), ("مليارات", .plural(1e9)),
            ("عشرات", .vague(10, min: 24)), ("مئات", .vague(100)), ("صفر", .unit(0)), ("ترليون", .scale(1e12)),
            ("تريليون", .scale(1e12)), ("دزينة", .scale(12)), ("دستة", .scale(12)), ("دزينات", .plural(12)),
            ("دستات", .plural(12)), ("نصف", NumberWord(value: 0.5, role: .fraction)),
            ("ربع", NumberWord(value: 0.25, role: .fraction)), ("ثلث", NumberWord(value: 1.0 / 3, role: .fraction)),
            ("ثلثان", NumberWord(value: 2.0 / 3, role: .fraction)),
            ("ثلثي", NumberWord(value: 2.0 / 3, role: .fraction)),
        ]
        list += dialect
        list += arabicOrdinals
        let units = ["ثلاث", "أربع", "خمس", "ست", "سبع", "", "تسع"]
        for (offset, stem) in units.enumerated() where !stem.isEmpty {
            let value = Double(offset + 3)
            list += [(stem, .unit(value)), (stem + "ة", .unit(value))]
            list.append((stem + "مئة", .hundreds(value * 100)))
            list.append((stem + "مائة", .hundreds(value * 100)))
        }
        list += [("ثمانمئة", .hundreds(800)), ("ثمانمائة", .hundreds(800)), ("ثمانيمئة", .hundreds(800))]
        let tens = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
        for (offset, stem) in tens.enumerated() {
            let value = Double((offset + 2) * 10)
            list += [(stem + "ون", .ten(value)), (stem + "ين", .ten(value))]
            list += [("ال" + stem + "ون", withArticle(.ten(value))), ("ال" + stem + "ين", withArticle(.ten(value)))]
        }
        return list
    }()

    private static func withArticle(_ word: NumberWord) -> NumberWord {
        var word = word
        word.hasArticle = true
        return word
    }

    /// Spoken Levantine and Egyptian forms that Duckling's corpus also reads: "تلاتة", "متين", "خمسمية", "سبعتاشر".
    static let dialect: [(String, NumberWord)] = {
        var list: [(String, NumberWord)] = [
            ("تلات", .unit(3)), ("تلاتة", .unit(3)), ("تمان", .unit(8)), ("تمانية", .unit(8)), ("تلاتين", .ten(30)),
            ("تلاتون", .ten(30)), ("تمانين", .ten(80)), ("تمانون", .ten(80)), ("متين", .hundreds(200)),
            ("ميتين", .hundreds(200)), ("مية", NumberWord(value: 100, role: .hundred)),
            ("حداشر", .unit(11)), ("احداشر", .unit(11)), ("اتناشر", .unit(12)), ("اطناشر", .unit(12)),
        ]
        let hundreds = ["", "", "تلت", "اربع", "خمس", "ست", "سبع", "تمن", "تسع"]
        for (offset, stem) in hundreds.enumerated() where !stem.isEmpty {
            list.append((stem + "مية", .hundreds(Double(offset + 1) * 100)))
        }
        let teens = ["تلت", "اربع", "خمس", "ست", "سبع", "تمن", "تسع"]
        for (offset, stem) in teens.enumerated() {
            for suffix in ["اشر", "تاشر", "طاشر"] { list.append((stem + suffix, .unit(Double(offset + 13)))) }
        }
        return list
    }()

    /// Ordinal words, bare ("ثالث") and with the article ("الثالث"), masculine and feminine.
    static let arabicOrdinals: [(String, NumberWord)] = {
        let units: [(Double, [String])] = [
            (1, ["أول", "أولى", "حادي", "حادية"]), (2, ["ثاني", "ثان", "ثانية"]), (3, ["ثالث", "ثالثة"]),
            (4, ["رابع", "رابعة"]), (5, ["خامس", "خامسة"]), (6, ["سادس", "سادسة"]), (7, ["سابع", "سابعة"]),
            (8, ["ثامن", "ثامنة"]), (9, ["تاسع", "تاسعة"]), (10, ["عاشر", "عاشرة"]),
        ]
        var list: [(String, NumberWord)] = []
        for (value, words) in units {
            let role: NumberWord.Role = value == 10 ? .teen : .unit
            for word in words {
                list.append((word, .ordinal(value, role: role)))
                var article = NumberWord.ordinal(value, role: role)
                article.hasArticle = true
                list.append(("ال" + word, article))
            }
        }
        for word in ["واحد", "واحدة", "إحدى", "أحد"] { list.append(("ال" + word, withArticle(.unit(1)))) }
        return list
    }()

    static let english: [(String, NumberWord)] = {
        let small = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        var list: [(String, NumberWord)] = small.enumerated().map { ($1, .unit(Double($0 + 1))) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        list += tens.enumerated().map { ($1, .ten(Double(($0 + 2) * 10))) }
        list += [
            ("dozen", .scale(12)), ("hundred", NumberWord(value: 100, role: .hundred)), ("thousand", .scale(1000)),
            ("million", .scale(1e6)), ("billion", .scale(1e9)),
            // Indian English: "1.5 lakh people", "2 crore".
            ("lakh", .scale(1e5)), ("lakhs", .scale(1e5)), ("crore", .scale(1e7)), ("crores", .scale(1e7)),
            ("dozens", NumberWord(value: 12, role: .pluralScale, vagueMin: 24, vagueMax: 99)),
            ("scores", NumberWord(value: 20, role: .vague, vagueMin: 40, vagueMax: 199)),
            ("tens", .vague(10)), ("hundreds", .vague(100)), ("thousands", .vague(1000)), ("millions", .plural(1e6)),
            ("billions", .plural(1e9)), ("trillion", .scale(1e12)), ("zero", .unit(0)), ("nought", .unit(0)),
            ("naught", .unit(0)), ("half", NumberWord(value: 0.5, role: .fraction)),
        ]
        let ordinals = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        ]
        list += ordinals.enumerated().map { ($1, .ordinal(Double($0 + 1))) }
        let tenths = [
            "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
        ]
        list += tenths.enumerated().map { ($1, .ordinal(Double(($0 + 2) * 10), role: .ten)) }
        list += [
            ("hundredth", .ordinal(100, role: .hundred)),
            ("thousandth", NumberWord(value: 1000, role: .scale, isOrdinal: true)),
            ("millionth", NumberWord(value: 1e6, role: .scale, isOrdinal: true)),
            ("billionth", NumberWord(value: 1e9, role: .scale, isOrdinal: true)),
            ("trillionth", NumberWord(value: 1e12, role: .scale, isOrdinal: true)), ("nineth", .ordinal(9)),
        ]
        return list
    }()

    static let french: [(String, NumberWord)] = {
        let small = [
            "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
            "quatorze", "quinze", "seize",
        ]
        var list: [(String, NumberWord)] = small.enumerated().map { ($1, .unit(Double($0 + 1))) }
        list += [
            ("une", .unit(1)), ("vingt", .ten(20)), ("vingts", .ten(20)), ("trente", .ten(30)),
            ("quarante", .ten(40)), ("cinquante", .ten(50)), ("soixante", .ten(60)),
            // Belgian and Swiss French: "septante-deux", "nonante".
            ("septante", .ten(70)), ("huitante", .ten(80)), ("octante", .ten(80)), ("nonante", .ten(90)),
            ("cent", NumberWord(value: 100, role: .hundred)), ("cents", NumberWord(value: 100, role: .hundred)),
            ("mille", .scale(1000)), ("million", .scale(1e6)), ("milliard", .scale(1e9)),
            ("milliards", .scale(1e9)), ("dizaines", .vague(10, min: 24)), ("centaines", .vague(100)),
            ("milliers", .vague(1000)), ("zero", .unit(0)), ("douzaine", .scale(12)),
            ("douzaines", NumberWord(value: 12, role: .pluralScale, vagueMin: 24, vagueMax: 99)),
            ("dizaine", .about(10)), ("quinzaine", .about(15)), ("vingtaine", .about(20)), ("trentaine", .about(30)),
            ("cinquantaine", .about(50)), ("soixantaine", .about(60)), ("centaine", .about(100)),
            ("millier", .about(1000)),
            ("millions", .plural(1e6)), ("demi", NumberWord(value: 0.5, role: .fraction)),
            ("demie", NumberWord(value: 0.5, role: .fraction)),
        ]
        let ordinals = [
            "premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme",
            "dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme",
        ]
        list += ordinals.enumerated().map { ($1, .ordinal(Double($0 + 1))) }
        list += [
            ("premiere", .ordinal(1)), ("second", .ordinal(2)), ("seconde", .ordinal(2)), ("unieme", .ordinal(1)),
            ("vingtieme", .ordinal(20, role: .ten)), ("trentieme", .ordinal(30, role: .ten)),
            ("quarantieme", .ordinal(40, role: .ten)), ("cinquantieme", .ordinal(50, role: .ten)),
            ("soixantieme", .ordinal(60, role: .ten)), ("centieme", .ordinal(100, role: .hundred)),
            ("millieme", NumberWord(value: 1000, role: .scale, isOrdinal: true)),
            ("millionieme", NumberWord(value: 1e6, role: .scale, isOrdinal: true)),
            ("milliardieme", NumberWord(value: 1e9, role: .scale, isOrdinal: true)),
        ]
        return list
    }()

    static let all: [(String, NumberWord)] = arabic + english + french

    static let examples: [PatternExample] = [
        PatternExample("قتل 2500 شخص", "2500", .numbers),
        PatternExample("ارتفع العدد إلى 44 ألفا", "44000", .numbers),
        PatternExample("قتل ألفا شخص", "2000", .numbers),
        PatternExample("٢٥٠٠ و۱۲ و١٬٢٠٠ و٢٫٥", "2500, 12, 1200, 2.5", .numbers),
        PatternExample("1,200 people and 2.5 tons", "1200, 2.5", .numbers),
        PatternExample("Some two and a half million people fled", "2500000", .numbers),
        PatternExample("a million and one half", "1500000", .numbers),
        PatternExample("half a dozen soldiers", "6", .numbers),
        PatternExample("Fifteen hundred people", "1500", .numbers),
        PatternExample("nineteen hundred and twelve", "1912", .numbers),
        PatternExample("half of the victims", "", .numbers),
        PatternExample("deux millions et demi de personnes", "2500000", .numbers),
        PatternExample("vingt millions de dollars", "20000000", .numbers),
        PatternExample("خمسة وعشرون", "25", .numbers),
        PatternExample("ثلاثة آلاف وخمسمائة", "3500", .numbers),
        PatternExample("ألفين", "2000", .numbers),
        PatternExample("اتفاق بملياري دولار", "2000000000", .numbers),
        PatternExample("تعفو عن مليون و800 مخالف", "1800000", .numbers),
        PatternExample("2 مليار و500 مليون", "2000000000, 500000000", .numbers),
        PatternExample("مئتين", "200", .numbers),
        PatternExample("ثلاثمائة", "300", .numbers),
        PatternExample("ثلاث مئة", "300", .numbers),
        PatternExample("أحد عشر", "11", .numbers),
        PatternExample("اثنا عشر", "12", .numbers),
        PatternExample("مائة وعشرون", "120", .numbers),
        PatternExample("2.5 مليون", "2500000", .numbers),
        PatternExample("3 آلاف", "3000", .numbers),
        PatternExample("20 ألف", "20000", .numbers),
        PatternExample("1.2 million", "1200000", .numbers),
        PatternExample("twenty-five", "25", .numbers),
        PatternExample("two hundred and fifty", "250", .numbers),
        PatternExample("three thousand", "3000", .numbers),
        PatternExample("dix-sept", "17", .numbers),
        PatternExample("quatre-vingt-dix", "90", .numbers),
        PatternExample("soixante-dix", "70", .numbers),
        PatternExample("trois mille", "3000", .numbers),
        PatternExample("بين عشرين وثلاثين", "20, 30", .numbers),
        PatternExample("واحدة و عشرون", "21", .numbers),
        PatternExample("مليون ونصف المليون", "1500000", .numbers),
        PatternExample("خمسة وربع", "5.25", .numbers),
        PatternExample("نصف مليون", "500000", .numbers),
        PatternExample("ثلاثة ملايين ونصف", "3500000", .numbers),
        PatternExample("3 ملايين ونصف نازح", "3500000", .numbers),
        PatternExample("3 ملايين ونصف المليون", "3500000", .numbers),
        PatternExample("3 آلاف ونصف المصابين", "3000, 0.5", .numbers),
        PatternExample("3 million and a half people", "3500000", .numbers),
        PatternExample("3 millions et demi de déplacés", "3500000", .numbers),
        PatternExample("2 million and half of them", "2000000", .numbers),
        PatternExample("3 and a half million people", "3500000", .numbers),
        PatternExample("A quarter of a million people were displaced", "250000", .numbers),
        PatternExample("Three quarters of a million people", "750000", .numbers),
        PatternExample("Trois quarts de million de personnes", "750000", .numbers),
        PatternExample("three quarters of the victims", "0.75", .numbers),
        PatternExample("صفر", "0", .numbers),
        PatternExample("-1.2 و -١٬٢٠٠", "-1.2, -1200", .numbers),
        PatternExample("٫٧٧", "0.77", .numbers),
        PatternExample("٧٧/١٠٠", "0.77", .numbers),
        PatternExample("1 فاصلة 5", "1.5", .numbers),
        PatternExample("واحد فاصلة واحد", "1.1", .numbers),
        PatternExample("متين تلاتة وستين", "263", .numbers),
        PatternExample("سبعتاشر", "17", .numbers),
        PatternExample("خمسمية", "500", .numbers),
        PatternExample("الخامس والعشرين", "25th", .numbers),
        PatternExample("الثالث عشر", "13th", .numbers),
        PatternExample("التسعون", "90th", .numbers),
        PatternExample("المئة والخامسة والعشرون", "125th", .numbers),
        PatternExample("20 في المئة", "20", .numbers),
        PatternExample("ثاني", "2nd", .numbers),
        PatternExample("twenty-first and 3rd", "21st, 3rd", .numbers),
        PatternExample("le 2e et la vingtième", "2nd, 20th", .numbers),
        PatternExample("three trillionth", "3000000000000th", .numbers),
        PatternExample("100k, 1.2M and $1.2bn but 5m", "100000, 1200000, 1200000000", .numbers),
        PatternExample("soixante dix huit et quatre vingt dix neuf", "78, 99", .numbers),
        PatternExample("وقتل عشرات الأشخاص", "killed vague [24, 99]", .casualties),
        PatternExample("قتل مئات المدنيين", "killed vague [200, 999] civilians", .casualties),
        PatternExample("آلاف القتلى", "killed vague [2000, 9999]", .casualties),
        PatternExample("قتل عشرات الآلاف", "killed vague [20000, 99999]", .casualties),
        PatternExample("dozens of people were killed", "killed vague [24, 99]", .casualties),
        PatternExample("scores of people were killed", "killed vague [40, 199]", .casualties),
        PatternExample("des centaines de morts", "killed vague [200, 999]", .casualties),
        PatternExample("une vingtaine de morts", "killed vague [18, 22]", .casualties),
        PatternExample("une dizaine de milliers de déplacés", "displaced vague [9000, 11000]", .casualties),
        PatternExample("thousands of civilians were displaced", "displaced vague [2000, 9999] civilians", .casualties),
    ]
}
