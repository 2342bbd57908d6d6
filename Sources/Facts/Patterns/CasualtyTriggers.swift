/// A word or phrase that says what happened to the people a figure counts.
struct CasualtyTrigger: Sendable, Hashable {
    /// How the trigger is used in a sentence, which decides the patterns it takes part in.
    enum Form: Sendable, Hashable {
        /// A verb or a phrase of one: "قتل", "فُقد", "killed", "were wounded", "ont été tués".
        case verb
        /// A verbal noun: "مقتل", "استشهاد", "إصابة", "death toll".
        case event
        /// A plural noun or participle that can be the counted noun: "قتلى", "جرحى", "dead", "morts".
        case plural
        /// A singular noun: counted after a number ("2500 قتيل"), else it implies 1.
        case singular
        /// A dual noun: implies 2 ("قتيلين", "جريحان").
        case dual
    }

    var kind: CasualtyKind
    var form: Form
    /// "destroyed over 60 terrorists": a verb that means killing only when the figure counts fighters
    /// ("destroyed 18 trucks" does not).
    var fightersOnly = false
}

/// The casualty trigger table, by kind, in Arabic, English and French, with its examples.
enum CasualtyTriggers {
    private static func words(_ kind: CasualtyKind, _ form: CasualtyTrigger.Form, _ list: [String])
        -> [(String, CasualtyTrigger)]
    {
        list.map { ($0, CasualtyTrigger(kind: kind, form: form)) }
    }

    static let all: [(String, CasualtyTrigger)] =
        words(.killed, .event, ["مقتل", "استشهاد", "مصرع", "وفاة", "death toll", "toll", "death of", "deaths of"])
        // "the execution of 17 young men", "the massacre of 40 villagers": a noun of killing with its object.
        + words(
            .killed, .event,
            [
                "execution of", "executions of", "massacre of", "murder of", "murders of", "exécution de",
                "massacre de",
                "la mort de", "la mort d",
            ])
        + words(
            .killed, .verb,
            [
                "قتل", "قتلت", "قتلوا", "يقتل", "تقتل", "استشهد", "استشهدوا", "توفي", "توفوا", "لقوا حتفهم",
                "لقوا مصرعهم", "أودى بحياة", "أودت بحياة", "بحياة", "مصرعهم", "حتفهم", "مصرعهن", "حتفهن", "shot dead",
                "stabbed to death",
                "shot and killed", "beaten to death", "burned to death",
                "killed", "kill", "kills", "killing", "died", "perished", "slain", "crucified", "crucifies", "beheaded",
                "beheads", "executed", "martyred", "massacred",
                "eliminated", "eliminates", "eliminating", "neutralized",
                "claimed the lives of", "claiming the lives of", "claimed the lives",
                "die", "lost their lives", "tués", "tuées", "tué", "a tué", "ont tué", "sont morts", "ont péri",
                "tuant", "meurt", "meurent", "tuée", "a péri", "péri", "sont mortes", "sont décédés",
                "sont décédées", "توفيت", "drowned", "noyés", "noyé", "غرقا",
                "perdu la vie", "trouvé la mort", "coûté la vie à", "a coûté la vie à", "ont coûté la vie à",
                "ont perdu la vie", "ont trouvé la mort", "a perdu la vie", "a trouvé la mort", "fatally stabbed",
                "fatally shot", "poignardé à mort", "mortellement",
            ])
        + words(
            .killed, .plural,
            [
                "قتلى", "شهداء", "وفيات", "ضحايا", "قتيلا", "dead", "deaths", "fatalities", "bodies", "morts", "mortes",
                "lives",
                "جثة", "جثث", "جثامين", "corps", "قتلاه", "قتلاها", "قتلاهم",
                "victims", "martyrs", "حالة وفاة", "حالات وفاة",
                "victimes",
                "décès",
            ])
        + ["destroyed", "destroy", "destroys"].map {
            ($0, CasualtyTrigger(kind: .killed, form: .verb, fightersOnly: true))
        }
        + words(.killed, .singular, ["قتيل", "شهيد", "شهيدا"])
        // "لقي شاب مصرعه", "est mort": the singular pronoun or verb says one person died.
        + words(
            .killed, .singular,
            [
                "لقي مصرعه", "لقي حتفه", "لقيت مصرعها", "لقيت حتفها", "مصرعه", "حتفه", "مصرعها", "حتفها", "est mort",
                "est morte", "est décédé", "est décédée", "un mort",
            ])
        + words(.killed, .dual, ["قتيلين", "قتيلان", "شهيدين", "شهيدان", "مصرعهما", "حتفهما"])
        + words(.injured, .event, ["إصابة", "إصابات"])
        + words(
            .injured, .verb,
            [
                "أصيب", "أصيبوا", "أصيبت", "جرح", "جرحوا", "wounded", "injured", "injuring", "wounding", "hurt",
                "injure", "injures", "wounds", "wound",
                "blessés", "blessées", "blessé", "ont été blessés", "blessant", "blessée", "hospitalised",
                "hospitalized", "hospitalisés", "hospitalisées", "hospitalisé", "hospitalisée", "suffered burns",
                "suffered injuries", "sustained injuries", "taken to hospital", "hospitalised with",
                "admitted to hospital", "treated in hospital", "being treated in hospital", "admis à l'hôpital",
            ])
        + words(
            .injured, .plural, ["جرحى", "مصابين", "مصابون", "مصابا", "جريحا", "injuries", "جرحاه", "جرحاها", "جرحاهم"])
        + words(.injured, .singular, ["جريح", "مصاب"])
        + words(.injured, .dual, ["جريحين", "جريحان", "مصابين اثنين"])
        + words(
            .missing, .verb,
            [
                "فقد", "فقدوا", "فقدت", "went missing", "disappeared", "disparus", "disparues", "restent introuvables",
                "sont introuvables", "introuvables",
            ])
        + words(.missing, .event, ["فقدان", "اختفاء"])
        + words(.missing, .plural, ["مفقودين", "مفقودون", "مفقودا", "missing", "unaccounted for", "disparu"])
        + words(.missing, .singular, ["مفقود"])
        + words(
            .hostages, .plural,
            [
                "رهائن", "أسرى", "أسيرا", "hostages", "held captive", "held hostage", "captives", "otages", "hostage",
                "still in captivity", "remain in captivity", "remain captive", "still being held", "still held",
                "toujours retenus", "toujours retenues", "toujours détenus", "toujours captifs",
                "toujours en captivité",
            ])
        + words(.hostages, .singular, ["أسير", "رهينة"])
        + words(.hostages, .verb, ["pris en otage", "pris en otages", "ont pris en otage", "a pris en otage"])
        + words(.hostages, .event, ["أسر", "اختطاف", "احتجاز", "taken hostage", "kidnapped", "abducted"])
        + words(
            .hostages, .verb,
            [
                "خطف", "اختطف", "اختطفت", "خطفوا", "اختطفوا", "enlevé", "enlevés", "enlevée", "enlevées", "a enlevé",
                "ont enlevé", "kidnap", "abduct",
            ])
        + words(.hostages, .plural, ["مختطفين", "مخطوفين", "مختطفا"])
        + words(.hostages, .dual, ["رهينتين", "رهينتان", "أسيرين"])
        + words(.detained, .event, ["اعتقال", "توقيف"])
        + words(
            .detained, .verb,
            [
                "اعتقل", "اعتقلت", "اعتقلوا", "أوقف", "أوقفت", "detained", "arrested", "arrêtés", "arrêtées",
                "interpellés", "interpellées", "interpellé", "interpellée", "a interpellé", "ont interpellé",
                "a arrêté",
                "ont arrêté", "arrêté", "arrêtée", "taken into custody", "قبض على", "placé en garde à vue",
                "placés en garde à vue",
                "placée en garde à vue",
                "placées en garde à vue", "احتجز", "احتجزت", "احتجزوا", "en garde à vue", "أوقفوا",
                "placé en détention", "placée en détention", "placés en détention", "placées en détention",
            ])
        + words(.detained, .plural, ["معتقلين", "معتقلا", "محتجزين", "محتجزا", "موقوفين", "detainees", "prisoners"])
        + words(.detained, .singular, ["معتقل", "محتجز"])
        + words(.displaced, .event, ["نزوح", "تهجير", "تشريد"])
        + words(
            .displaced, .verb,
            [
                "نزح", "نزحوا", "هجر", "شرد", "شردت", "شردوا", "displaced", "fled", "déplacés", "déplacées", "to flee",
                "flee their homes",
                "leave their homes", "ont déplacé", "a déplacé", "déplacé", "quitter leur domicile",
                "quitter leurs domiciles",
                "fuir", "مغادرة منازلهم", "مغادرة منازلها", "على مغادرة منازلهم", "على مغادرة منازلها",
                "from their homes", "على النزوح", "à fuir", "ont fui", "fui leurs domiciles", "fui leur domicile",
            ])
        + words(
            .displaced, .plural,
            [
                "نازحين", "نازحا", "نازحون", "مهجرين", "مشردين", "refugees", "réfugiés", "homeless", "sans-abri",
                "sans abri",
            ])
        + words(.displaced, .singular, ["نازح"])

    static let examples: [PatternExample] = [
        PatternExample("At least 23 DAESH members were killed on Sunday", "killed at_least [23, ]", .casualties),
        PatternExample("31 IS group militants killed in clashes", "killed exact 31", .casualties),
        PatternExample(
            "The death toll from the attacks on Aleppo rose to 12 people", "killed exact 12", .casualties),
        PatternExample("after killing at least 30 members of the regime troops", "killed at_least [30, ]", .casualties),
        PatternExample("Islamic State executed 700 people", "killed exact 700", .casualties),
        PatternExample("a video showing the execution of 12 young men", "killed exact 12", .casualties),
        PatternExample("the massacre of 40 villagers in the valley", "killed exact 40", .casualties),
        PatternExample("the death toll from the strikes was 45", "killed exact 45", .casualties),
        PatternExample("Syrian Army Eliminates Over 75 Nusra Front Militants", "killed more_than [76, ]", .casualties),
        PatternExample(
            "car bombs in two besieged Syrian towns killing at least 100 people", "killed at_least [100, ]",
            .casualties),
        PatternExample("leading to the death of eight and the injury of 89", "killed exact 8", .casualties),
        PatternExample("the attack claimed over 1000 lives", "killed more_than [1001, ]", .casualties),
        PatternExample("وفاة الإذاعية أمال فهمي عن 50 عاما", "", .casualties),
        PatternExample("وقع 2500 قتيل", "killed exact 2500", .casualties),
        PatternExample("سقط 20 قتيلا و30 جريحا", "killed exact 20; injured exact 30", .casualties),
        PatternExample("قتل 20 شخصا وجرح 30 آخرين", "killed exact 20; injured exact 30", .casualties),
        PatternExample("استشهاد 12 فلسطينيا", "killed exact 12 palestinian", .casualties),
        PatternExample("مصرع 3 أشخاص", "killed exact 3", .casualties),
        PatternExample("أسفر عن سقوط قتيل", "killed implied 1", .casualties),
        PatternExample("أسفر عن سقوط قتيلين", "killed implied 2", .casualties),
        PatternExample("أصيب 15 مدنيا", "injured exact 15 civilians", .casualties),
        PatternExample("احتجاز 240 رهينة", "hostages exact 240", .casualties),
        PatternExample("اعتقال 30 فلسطينيا", "detained exact 30 palestinian", .casualties),
        PatternExample("نزوح 5000 شخص", "displaced exact 5000", .casualties),
        PatternExample("20 people were killed", "killed exact 20", .casualties),
        PatternExample("20 killed and 30 wounded", "killed exact 20; injured exact 30", .casualties),
        PatternExample("The blast killed 29 people", "killed exact 29", .casualties),
        PatternExample("The forces destroyed over 60 terrorists.", "killed more_than [61, ]", .casualties),
        PatternExample("The raids destroyed 18 trucks.", "", .casualties),
        PatternExample("the death toll rose to 50", "killed exact 50", .casualties),
        PatternExample("12 people are missing", "missing exact 12", .casualties),
        PatternExample("Hamas holds 240 hostages", "hostages exact 240", .casualties),
        PatternExample("police arrested 14 people", "detained exact 14", .casualties),
        PatternExample("10 soldats ont été tués", "killed exact 10 soldiers", .casualties),
        PatternExample("au moins 3 morts et 12 blessés", "killed at_least [3, ]; injured exact 12", .casualties),
        PatternExample("five people were killed", "killed exact 5", .casualties),
        PatternExample("مقتل خمسة وعشرين شخصا", "killed exact 25", .casualties),
        PatternExample("مقتل شخصين", "killed implied 2", .casualties),
        PatternExample("أودت بالفعل بحياة أكثر من 200 شخص", "killed more_than [201, ]", .casualties),
        PatternExample("killed in 2014 and injured in the 2000 war", "", .casualties),
        PatternExample("Covid-19 killed three more patients", "killed exact 3", .casualties),
        PatternExample("The H5N1 strain has killed 4 people", "killed exact 4", .casualties),
        PatternExample("Plusieurs personnes ont été blessées dans un accident", "", .casualties),
        PatternExample("لقي 14 شخصا مصرعهم في حادث سير", "killed exact 14", .casualties),
        PatternExample("لقي شاب مصرعه في حادث سير", "killed implied 1", .casualties),
        PatternExample("لقيت سيدة مصرعها بعد أن صدمتها سيارة", "killed implied 1", .casualties),
        PatternExample("مصرع شاب في حادث سير", "killed implied 1", .casualties),
        PatternExample("قتل رجل في غارة", "killed implied 1", .casualties),
        PatternExample("قتل رجل وطفلاه في غارة جوية", "killed implied 3", .casualties),
        PatternExample("أصيب مواطنان بجروح", "injured implied 2", .casualties),
        PatternExample("اختطف مسلحون 15 تلميذا", "hostages exact 15", .casualties),
        PatternExample("Un automobiliste est mort dimanche.", "killed implied 1", .casualties),
        PatternExample("Un mort et deux blessés dans l'accident.", "killed implied 1; injured exact 2", .casualties),
        PatternExample("Des hommes armés ont enlevé 15 écoliers.", "hostages exact 15", .casualties),
        PatternExample("La police a interpellé 34 personnes.", "detained exact 34", .casualties),
        PatternExample("Two men were stabbed to death in east London.", "killed exact 2", .casualties),
        PatternExample("The soldier died in intensive care.", "killed implied 1", .casualties),
        PatternExample("Gunmen killed a security guard.", "killed implied 1", .casualties),
        PatternExample("Un avion s'est écrasé, tuant 150 personnes.", "killed exact 150", .casualties),
        PatternExample(
            "The wildfire has forced 4,500 residents to flee their homes.", "displaced exact 4500",
            .casualties),
        PatternExample(
            "أجبرت الحرائق أكثر من 2000 شخص على مغادرة منازلهم", "displaced more_than [2001, ]", .casualties),
        PatternExample(
            "Les combats ont déplacé 12 000 personnes en une semaine.", "displaced exact 12000", .casualties),
        PatternExample(
            "Des hommes armés ont pris en otage 26 fidèles dans une église.", "hostages exact 26", .casualties),
        PatternExample("Une femme a été tuée par balle à Marseille.", "killed exact 1", .casualties),
        PatternExample("73 personnes sont mortes dans les inondations.", "killed exact 73", .casualties),
        PatternExample("توفيت سيدة بعد أن صدمتها سيارة", "killed implied 1", .casualties),
        PatternExample("Un enfant a péri dans l'incendie.", "killed exact 1", .casualties),
        PatternExample("تم انتشال 31 جثة من تحت الأنقاض", "killed exact 31", .casualties),
        PatternExample("وصل عدد قتلاه إلى تسعة", "killed exact 9", .casualties),
        PatternExample(
            "أوقفت عناصر الشرطة القضائية بطنجة 12 شخصا يشتبه في تورطهم", "detained exact 12", .casualties),
        PatternExample("Armed men abducted a Catholic priest on Sunday.", "hostages implied 1", .casualties),
        PatternExample("اختطاف مهندس صيني جنوب مالي", "hostages implied 1", .casualties),
        PatternExample("لقي ما لا يقل عن 30 مهاجرا حتفهم إثر غرق قارب", "killed at_least [30, ] migrants", .casualties),
        PatternExample("لقي عاملان مصرعهما إثر انهيار بئر", "killed implied 2", .casualties),
        PatternExample(
            "Police arrested three people over the 2019 bombing, which killed 41 people.",
            "detained exact 3; killed exact 41 historical", .casualties),
        PatternExample(
            "Seven migrants drowned and 12 are missing.", "killed exact 7 migrants; missing exact 12", .casualties),
        PatternExample("ارتفعت حصيلة القتلى إلى 23 بعد وفاة جريحين", "killed exact 23", .casualties),
        PatternExample("Cinq personnes ont trouvé la mort dans le crash.", "killed exact 5", .casualties),
        PatternExample("ألقت الشرطة القبض على سبعة متهمين", "detained exact 7", .casualties),
        PatternExample("قتلت قذيفة طفلين", "killed implied 2 children", .casualties),
        PatternExample("توفي الجندي في العناية المركزة", "killed implied 1 soldiers", .casualties),
        PatternExample("A motorist died after his car left the road.", "killed implied 1", .casualties),
        PatternExample("An 85-year-old man was killed when his car overturned.", "killed implied 1", .casualties),
        PatternExample("Un enfant de 4 ans a été blessé par balle.", "injured implied 1", .casualties),
        PatternExample("A man and his two children were killed in an airstrike.", "killed exact 3", .casualties),
        PatternExample("Un homme et ses deux enfants ont été tués dans une frappe.", "killed exact 3", .casualties),
        PatternExample("The man was sentenced to death.", "", .casualties),
        PatternExample("قال الجيش إن 5 من جنوده قتلوا", "killed exact 5 by الجيش", .casualties),
        PatternExample("5 of its soldiers were killed", "killed exact 5", .casualties),
        PatternExample(
            "1,200 people were killed and about 240 taken hostage",
            "killed exact 1200; hostages about [216, 264]", .casualties),
        PatternExample(
            "وكان 22 جنديا قد قتلوا في الحرب عام 2014", "killed exact 22 soldiers historical", .casualties,
            published: "2023-10-12"),
        PatternExample("Nine workers were hospitalised with burns.", "injured exact 9 workers", .casualties),
        PatternExample(
            "ارتفاع عدد الضحايا إلى 19 حالة وفاة و85 مصابا", "killed exact 19; injured exact 85", .casualties),
        PatternExample("La canicule a causé la mort de 23 personnes.", "killed exact 23", .casualties),
        PatternExample("L'effondrement a coûté la vie à 14 orpailleurs.", "killed exact 14", .casualties),
        PatternExample(
            "Fire officials said 16 others suffered burns.", "injured exact 16 by Fire officials", .casualties),
        PatternExample("La tempête a fait un mort et 17 blessés.", "killed implied 1; injured exact 17", .casualties),
        PatternExample("احتجز مسلحون 20 رهينة على الأقل", "hostages at_least [20, ]", .casualties),
        PatternExample("احتجز مسلحون 9 موظفين رهائن", "hostages exact 9", .casualties),
        PatternExample("احتجز الحوثيون 11 موظفا أمميا", "detained exact 11", .casualties),
        PatternExample("لقيت 3 سيدات مصرعهن", "killed exact 3 women", .casualties),
        // A point before three digits groups thousands in a count of people ("2.946 morts"), never a decimal.
        PatternExample(
            "Le séisme a fait 2.946 morts et 5.674 blessés.", "killed exact 2946; injured exact 5674", .casualties),
        PatternExample("Nine others were taken to hospital with burns.", "injured exact 9", .casualties),
        PatternExample("Five homeless people died in the cold snap.", "killed exact 5", .casualties),
        PatternExample("Three refugees drowned off Lesbos.", "killed exact 3", .casualties),
        PatternExample("أوقفت الشرطة 12 شخصا وحررت محاضر في حقهم", "detained exact 12", .casualties),
        PatternExample(
            "200 workers were taken to hospital as a precaution.", "injured exact 200 workers hypothetical", .casualties
        ),
        PatternExample(
            "Two police officers and three civilians were killed.", "killed exact 2 police; killed exact 3 civilians",
            .casualties),
        PatternExample(
            "Une collision entre un camion et un grand taxi a fait cinq morts.", "killed exact 5", .casualties),
        PatternExample(
            "The eruption killed nine people and left 6,500 residents homeless.",
            "killed exact 9; displaced exact 6500", .casualties),
        PatternExample(
            "The bomb killed five soldiers and wounded 11 civilians, a police officer told AFP.",
            "killed exact 5 soldiers by a police officer; injured exact 11 civilians by a police officer", .casualties),
        PatternExample(
            "أودت الفيضانات بحياة 34 شخصا وشردت 12 ألف شخص", "killed exact 34; displaced exact 12000", .casualties),
        PatternExample("The driver fled the scene.", "", .casualties),
        PatternExample(
            "قالت مصادر طبية إن عدد القتلى في انفجار المرفأ ارتفع إلى 27، بعد وفاة اثنين من الجرحى",
            "killed exact 27 by مصادر طبية; killed exact 2 by مصادر طبية", .casualties),
        PatternExample("Onze habitants ont été hospitalisés.", "injured exact 11", .casualties),
        PatternExample("8 personnes restent introuvables.", "missing exact 8", .casualties),
        PatternExample("Militants are holding 14 foreign workers hostage.", "hostages exact 14 workers", .casualties),
        PatternExample("The cyclone forced 90,000 from their homes.", "displaced exact 90000", .casualties),
        PatternExample("أجبرت المعارك 45 ألف شخص على النزوح", "displaced exact 45000", .casualties),
        PatternExample("اعتقلت السلطات ١٥٠ متظاهرا على الأقل", "detained at_least [150, ]", .casualties),
        PatternExample(
            "Monsoon floods have displaced 1,24,500 people across 19 districts.", "displaced exact 124500", .casualties),
        PatternExample("Over 1.5 lakh people fled their homes.", "displaced more_than [150001, ]", .casualties),
        PatternExample(
            "Une collision a fait un mort et septante-deux blessés.", "killed implied 1; injured exact 72", .casualties),
        PatternExample("The suspect was arrested at 11:45 pm on Highway 101.", "detained implied 1", .casualties),
        PatternExample(
            "Des informations non vérifiées évoquent 50 morts.", "killed exact 50 hypothetical", .casualties),
        PatternExample(
            "Plus de 40 000 personnes ont fui leurs domiciles.", "displaced more_than [40001, ]", .casualties),
        PatternExample(
            "Five people died, and 19 others were admitted to hospital.", "killed exact 5; injured exact 19",
            .casualties),
        PatternExample(
            "Un premier bilan faisait état de 9 morts. La protection civile a revu ce chiffre à la hausse : 14 personnes ont péri.",
            "killed exact 9; killed exact 14", .casualties),
        PatternExample("Floodwaters drowned more than 2,000 head of cattle.", "", .casualties),
        PatternExample("Plus de 500 brebis ont péri dans l'incendie.", "", .casualties),
        PatternExample("La police a placé 14 personnes en garde à vue.", "detained exact 14", .casualties),
        PatternExample("Cholera has killed 43 people in the state.", "killed exact 43", .casualties),
        PatternExample(
            "Two police officers and a passer-by were killed when gunmen opened fire.", "killed exact 3", .casualties),
        PatternExample(
            "Deux gendarmes et un passant ont été tués lors de la fusillade.", "killed exact 3", .casualties),
        PatternExample(
            "Flooding has displaced 5,400 people and killed three, the civil defence agency said.",
            "displaced exact 5400 by the civil defence agency; killed exact 3 by the civil defence agency", .casualties),
        PatternExample(
            "Seventeen civilians, according to the UN human rights office citing local sources, were killed.",
            "killed exact 17 civilians by the UN human rights office", .casualties),
        PatternExample(
            "Onze personnes, selon la protection civile, ont péri dans les flammes.",
            "killed exact 11 by la protection civile", .casualties),
        PatternExample(
            "Two teenagers were stabbed to death and a third was seriously wounded.",
            "killed exact 2; injured implied 1", .casualties),
        PatternExample(
            "Deux adolescents ont été tués et un troisième a été blessé.", "killed exact 2; injured implied 1",
            .casualties),
        PatternExample("A third of the victims were killed by shelling.", "", .casualties),
        PatternExample("A 12-year-old and a 15-year-old were killed.", "killed implied 2", .casualties),
        PatternExample("A woman and her daughter were killed.", "killed implied 2", .casualties),
        PatternExample("Un berger et ses deux fils ont été tués.", "killed exact 3", .casualties),
        PatternExample("Un octogénaire a été tué dans l'incendie.", "killed exact 1", .casualties),
        PatternExample(
            "A 2-year-old girl and her 70-year-old grandmother died in the blaze.", "killed implied 2", .casualties),
        PatternExample("Le typhon a détruit 1 200 habitations et tué 300 têtes de bétail.", "", .casualties),
        PatternExample(
            "Seventeen miners were rescued alive and two bodies were recovered.", "killed exact 2", .casualties),
        PatternExample(
            "Deux soldats français et un policier malien ont été tués.", "killed exact 3", .casualties),
        PatternExample(
            "A strike killed a father, his wife and their three children.", "killed implied 5", .casualties),
        PatternExample("The strike killed a soldier and two civilians.", "killed implied 3", .casualties),
        PatternExample(
            "Three hostages had been rescued overnight, while 101 remain in captivity in Gaza.",
            "hostages exact 101", .casualties),
        PatternExample(
            "Quinze otages ont été libérés vendredi, mais 22 autres sont toujours retenus.", "hostages exact 22",
            .casualties),
        PatternExample("Twelve miners were rescued and three remain missing.", "missing exact 3", .casualties),
        PatternExample("كشفت النيابة العامة أن 23 شخصا أوقفوا على خلفية تفكيك شبكة", "detained exact 23", .casualties),
        PatternExample("Trois suspects ont été placés en détention provisoire.", "detained exact 3", .casualties),
        PatternExample(
            "Earlier reports that 30 people had been killed were wrong; the confirmed toll is 18.",
            "killed exact 30 hypothetical; killed exact 18",
            .casualties),
        PatternExample(
            "The attack killed a policeman and wounded three others.", "killed implied 1; injured exact 3",
            .casualties),
        PatternExample(
            "One person died and 15 were taken to hospital.", "killed exact 1; injured exact 15", .casualties),
        PatternExample(
            "Vingt et un mineurs ont été secourus et 4 sont toujours portés disparus.", "missing exact 4", .casualties),
        PatternExample(
            "لقي شاب مصرعه وأصيب صديقاه بجروح متفاوتة الخطورة", "killed implied 1; injured implied 2", .casualties),
        PatternExample(
            "Ahmed Ali and his son were killed when the shell hit their house.", "killed implied 2", .casualties),
        PatternExample("Two brothers and their cousin were killed.", "killed exact 3", .casualties),
        PatternExample(
            "Une fillette de 8 ans et son frère de 11 ans ont été blessés.", "injured implied 2", .casualties),
        PatternExample(
            "Une femme a été tuée et son mari grièvement blessé.", "killed exact 1; injured implied 1", .casualties),
        PatternExample(
            "The spokesman for the group, his son and 20 other fighters were killed.", "killed exact 20", .casualties),
    ]
}
