/// The words that make a number a share or a negative: denominators, "X على Y", "X من Y", "سالب".
///
/// Arabic writes fractions with denominator nouns after the numerator: singular "خمس" (a fifth) and plural "أخماس"
/// ("ثلاثة أخماس" = 3/5), a dual after "و" ("مئة وثلاثون وخمسين" = 130 + 2/5), or with a link word between two
/// numbers ("واحد على ثلاثة", "واحد من ثلاثة", "١ جزء من ثلاثة"). "سالب"/"ناقص" before a number negate it.
enum FractionWord: Sendable, Hashable {
    /// A denominator noun: the number before it is divided by `value`. `plural` forms ("أخماس") follow any
    /// numerator; singular forms that also spell a unit ("خمس" = five) only follow a number written in words.
    case denominator(Double, plural: Bool)
    /// A dual denominator: two parts ("خمسين" = 2/5 after "و" when it cannot be the ten fifty).
    case dual(Double)
    /// "على": the first number over the second, digits or words.
    case over
    /// "من": a share only between two numbers written in words ("واحد من ثلاثة"), since "3 من 5" in a news
    /// sentence is more often a subset than a ratio.
    case of
    /// "جزء من", "أجزاء من": a share even with digits ("١ جزء من ثلاثة"); alone "جزء من Y" is 1/Y.
    case partsOf
    /// "سالب", "ناقص", "minus", "moins": negates the number after it.
    case negative

    static let all: [(String, FractionWord)] = {
        var list: [(String, FractionWord)] = [
            ("على", .over), ("من", .of), ("جزء من", .partsOf), ("أجزاء من", .partsOf), ("اجزاء من", .partsOf),
            ("سالب", .negative), ("ناقص", .negative), ("minus", .negative), ("negative", .negative),
        ]
        let denominators: [(Double, [String], [String], [String])] = [
            (3, ["ثلث"], ["أثلاث"], ["ثلثين", "ثلثان"]), (4, ["ربع"], ["أرباع"], ["ربعين", "ربعان"]),
            (5, ["خمس"], ["أخماس"], ["خمسين", "خمسان"]), (6, ["سدس"], ["أسداس"], ["سدسين", "سدسان"]),
            (7, ["سبع"], ["أسباع"], ["سبعين", "سبعان"]), (8, ["ثمن"], ["أثمان"], ["ثمنين", "ثمنان"]),
            (9, ["تسع"], ["أتساع"], ["تسعين", "تسعان"]), (10, ["عشر"], ["أعشار"], ["عشرين", "عشران"]),
        ]
        for (value, singular, plural, dual) in denominators {
            list += singular.map { ($0, .denominator(value, plural: false)) }
            list += plural.map { ($0, .denominator(value, plural: true)) }
            list += dual.map { ($0, .dual(value)) }
        }
        // Tens in the sound feminine plural are parts: "ثلاثة عشرونات" = 3/20; after a unit and "و" they close a
        // compound denominator ("ثلاثة واحد وعشرونات" = 3/21, see `NumberReader.readShare`).
        let tens: [(Double, String)] = [
            (20, "عشرونات"), (30, "ثلاثونات"), (40, "أربعونات"), (50, "خمسونات"), (60, "ستونات"), (70, "سبعونات"),
            (80, "ثمانونات"), (90, "تسعونات"),
        ]
        list += tens.map { ($1, .denominator($0, plural: true)) }
        return list + latin
    }()

    /// English and French: plural ordinals are denominators after any numerator ("three fifths", "cinq huitièmes"),
    /// singular ones only after a number in words ("one third", "un cinquième"; "the third" stays an ordinal);
    /// "sur" is "over" ("un sur trois"). "second"/"seconde" are left out: "one second" is a time.
    static let latin: [(String, FractionWord)] = {
        var list: [(String, FractionWord)] = [("sur", .over)]
        let denominators: [(Double, [String], [String])] = [
            (2, ["demi"], []), (3, ["third", "tiers"], ["thirds"]),
            (4, ["quarter", "fourth", "quart"], ["quarters", "fourths", "quarts"]),
            (5, ["fifth", "cinquieme"], ["fifths", "cinquiemes"]), (6, ["sixth", "sixieme"], ["sixths", "sixiemes"]),
            (7, ["seventh", "septieme"], ["sevenths", "septiemes"]),
            (8, ["eighth", "huitieme"], ["eighths", "huitiemes"]),
            (9, ["ninth", "neuvieme"], ["ninths", "neuviemes"]), (10, ["tenth", "dixieme"], ["tenths", "dixiemes"]),
            (100, ["hundredth", "centieme"], ["hundredths", "centiemes"]),
            (1000, ["thousandth", "millieme"], ["thousandths", "milliemes"]),
        ]
        for (value, singular, plural) in denominators {
            list += singular.map { ($0, .denominator(value, plural: false)) }
            list += plural.map { ($0, .denominator(value, plural: true)) }
        }
        return list
    }()

    static let examples: [PatternExample] = [
        PatternExample("ثلاثة أخماس", "0.6", .numbers),
        PatternExample("ثلاثة و عشرون خمس", "4.6", .numbers),
        PatternExample("عشرون و ثلاثة أخماس", "20.6", .numbers),
        PatternExample("one hundred and three quarters", "100.75", .numbers),
        PatternExample("one hundred and thirty-two fifths", "26.4", .numbers),
        PatternExample("مئة وثلاثون وخُمسَين", "130.4", .numbers),
        PatternExample("مائة وخمسين", "150", .numbers),
        PatternExample("ثلاثة عشرونات", "0.15", .numbers),
        PatternExample("ثلاثة واحد وعشرونات", "0.14285714285714285", .numbers),
        PatternExample("واحد على خمسة", "0.2", .numbers),
        PatternExample("1 على 4", "0.25", .numbers),
        PatternExample("واحد من أربعة", "0.25", .numbers),
        PatternExample("١ جزء من أربعة", "0.25", .numbers),
        PatternExample("جزء من مئة", "0.01", .numbers),
        PatternExample("سالب واحد", "-1", .numbers),
        PatternExample("ناقص مائة على خمسة وعشرين", "-4", .numbers),
        PatternExample("مائتين فاصلة ثلاثة من مائة", "200.03", .numbers),
        PatternExample("قتل 3 من 5 مسلحين", "killed exact 3", .casualties),
        PatternExample("خمس سنوات", "5", .numbers),
        PatternExample("three fifths and deux tiers", "0.6, 0.6666666666666666", .numbers),
        PatternExample("un sur quatre", "0.25", .numbers),
        PatternExample("the third day", "3rd", .numbers),
        PatternExample("minus five point five", "-5.5", .numbers),
        PatternExample("trois douzaines", "36", .numbers),
    ]
}
