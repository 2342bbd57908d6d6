/// The words around a figure that change what it means: negation, hypothesis, subsets, sources and link words.
///
/// A figure is only compared between sources when it is asserted about the reported event: "لم يسفر الحادث عن سقوط
/// قتلى" (negated), "قد يؤدي إلى مقتل الآلاف" (hypothetical) and "قتل 22 في حرب 1967" (historical) are kept with
/// their modality so that reports can show them, but `ArticleFacts.totals` ignores them.
enum ContextCues {
    /// What a cue word does.
    enum Cue: Sendable, Hashable {
        case negation
        case hypothetical
        /// "قد": hypothetical only before an imperfect verb ("قد يؤدي"); before a past verb it asserts ("قد قتل").
        case modalQad
        /// "من بينهم", "including", "dont": the next figure is a subset of the previous one.
        case subset
        /// "according to", "حسب", "selon": the source follows.
        case sourceFollows
        /// "said", "قال": the source comes before ("the ministry said"); in Arabic it follows ("قالت الوزارة").
        case sourceVerb
        /// A word that may stand between a figure with its noun and the trigger: "were", "have been", "الذين".
        case auxiliary
        /// A word that may stand between a trigger and its figure: "إلى", "to", "عن", "at".
        case link
        /// A word that ends a source phrase: "that", "أن", "في", "on".
        case stop
        /// "since the start of the war", "منذ بداية", "depuis le début": the sentence's figures are running tolls
        /// of a whole war or campaign, not the reported incident's.
        case cumulative
        /// "the war", "الحرب", "la guerre": a running toll only in a sentence that names no day; "killed four
        /// people on Sunday in an attack that took Syria's civil war to …" is the incident's figure.
        case warContext
        /// "aged", "âgé de", "عن عمر": the figure right after is an age ("died aged 85"), never a count of people.
        case age
        /// "Route", "flight", "رقم": the figure right after names a road, a flight or an item ("killed on Route
        /// 66"), never a count of people.
        case label
        /// "BC", "av. J.-C.", "ق.م", "قبل الميلاد": the figure right before is a year ("died in 250 BC").
        case era
        /// "anniversary", "الذكرى", "ten years after": the sentence looks back at an earlier event, so its figures
        /// are historical even when it names no date.
        case retrospective
        /// "لا يزال", "ما زال" (still): outranks the negation its first word would be ("لا يزال 12 شخصا مفقودين").
        case continuing
        /// "out of", "sur", "من كل": between the two figures of a proportion ("nine out of ten").
        case proportion
        /// "exceeded", "تجاوز", "dépasse": the figure a few words after is a lower bound ("more than").
        case exceeds
        /// "وهو ما نفته الجماعة", "ce qu'il dément": the claim before it is denied, so its figures are not asserted.
        case deniedAfter
        /// "freed", "a libéré", "أفرج عن", "حررت": the hostages or detainees it counts are held no longer, so the
        /// figure is no count of people held.
        case released
        /// "بعد صراع مع المرض", "after a long illness", "des suites d'une longue maladie": a death of illness or age,
        /// an obituary's, is no casualty.
        case naturalDeath
        /// "denied", "نفى", "a démenti", "rumours", "unverified": what it governs is not asserted, as a hypothesis;
        /// it reaches further than other cues, over the object it disputes ("نفى المتحدث باسم الجيش الأنباء التي
        /// تحدثت عن مقتل 20 مدنيا", "Unverified videos circulating on social media claimed that 60 people had died").
        case disputed
        /// "are false", "could not be verified", "as a precaution": said of the figure just before it, in its clause,
        /// which is then not asserted ("200 workers were taken to hospital as a precaution").
        case falseAfter
        /// "similar", "مماثل": before or after an event noun, another event of the same kind ("a similar blast").
        case similar
        /// "يحاكي", "simulated", "exercice fictif": a drill's victims are not real; every figure of the sentence is
        /// hypothetical.
        case simulation
    }

    static let all: [(String, Cue)] = [
        ("لم", .negation), ("لا", .negation), ("لن", .negation), ("دون", .negation), ("بدون", .negation),
        ("عدم", .negation), ("ليس", .negation), ("no", .negation), ("not", .negation), ("without", .negation),
        ("none", .negation), ("never", .negation), ("aucun", .negation), ("aucune", .negation), ("pas", .negation),
        ("sans", .negation), ("قد", .modalQad), ("ربما", .hypothetical), ("يمكن", .hypothetical),
        ("يمكن أن", .hypothetical), ("من شأن", .hypothetical), ("محتمل", .hypothetical), ("يهدد", .hypothetical),
        ("تهدد", .hypothetical), ("قد يؤدي", .hypothetical), ("إذا", .hypothetical), ("لو", .hypothetical),
        ("could", .hypothetical), ("may", .hypothetical), ("might", .hypothetical), ("would", .hypothetical),
        ("threatens", .hypothetical), ("threatened", .hypothetical), ("threaten", .hypothetical),
        ("risk", .hypothetical), ("if", .hypothetical), ("pourrait", .hypothetical),
        ("pourraient", .hypothetical), ("risque", .hypothetical), ("menace", .hypothetical), ("si", .hypothetical),
        ("من بينهم", .subset), ("بينهم", .subset), ("منهم", .subset), ("من بينهن", .subset), ("بينهن", .subset),
        ("including", .subset), ("among them", .subset), ("among whom", .subset), ("of whom", .subset),
        ("of them", .subset), ("dont", .subset), ("parmi eux", .subset), ("parmi lesquels", .subset),
        ("حسب", .sourceFollows), ("بحسب", .sourceFollows), ("وفق", .sourceFollows), ("وفقا", .sourceFollows),
        ("وفقا ل", .sourceFollows), ("نقلا عن", .sourceFollows), ("طبقا", .sourceFollows),
        ("according to", .sourceFollows), ("citing", .sourceFollows), ("selon", .sourceFollows),
        ("d après", .sourceFollows), ("أفادت", .sourceVerb), ("أفاد", .sourceVerb), ("أعلنت", .sourceVerb),
        ("أعلن", .sourceVerb), ("قالت", .sourceVerb), ("قال", .sourceVerb), ("ذكرت", .sourceVerb),
        ("ذكر", .sourceVerb), ("أكدت", .sourceVerb), ("said", .sourceVerb), ("says", .sourceVerb),
        ("told", .sourceVerb), ("reported", .sourceVerb), ("announced", .sourceVerb), ("a indiqué", .sourceVerb),
        ("a annoncé", .sourceVerb), ("were", .auxiliary), ("was", .auxiliary), ("are", .auxiliary),
        ("is", .auxiliary), ("have", .auxiliary), ("has", .auxiliary), ("had", .auxiliary), ("been", .auxiliary),
        ("being", .auxiliary), ("reportedly", .auxiliary), ("who", .auxiliary), ("ont", .auxiliary),
        ("في عداد", .auxiliary),
        ("slightly", .auxiliary), ("seriously", .auxiliary),
        ("critically", .auxiliary), ("badly", .auxiliary), ("légèrement", .auxiliary), ("grièvement", .auxiliary),
        ("gravement", .auxiliary),
        ("été", .auxiliary), ("sont", .auxiliary), ("a", .auxiliary), ("الذين", .auxiliary), ("ممن", .auxiliary),
        ("إلى", .link), ("الى", .link), ("عن", .link), ("على", .link), ("to", .link), ("at", .link), ("of", .link),
        ("في", .link), ("فيه", .link), ("فيها", .link), ("rose", .link), ("reached", .link), ("stood", .link),
        ("climbed", .link), ("ارتفع", .link), ("ارتفعت", .link), ("بلغ", .link), ("وصل", .link), ("that", .stop),
        ("أن", .stop), ("إن", .stop), ("on", .stop), ("which", .stop), ("when", .stop), ("after", .stop),
        ("عبر", .stop), ("التي", .stop), ("الذي", .stop), ("اليوم", .stop), ("أمس", .stop), ("que", .stop),
        ("qui", .stop), ("while", .stop), ("as", .stop), ("since the start", .cumulative),
        ("since the beginning", .cumulative), ("since it began", .cumulative), ("منذ بداية", .cumulative),
        ("منذ بدء الحرب", .cumulative), ("منذ اندلاع", .cumulative), ("depuis le début", .cumulative),
        ("the war", .warContext), ("the conflict", .warContext), ("civil war", .warContext),
        ("the uprising", .warContext), ("the revolution", .warContext), ("war began", .cumulative),
        ("conflict began", .cumulative), ("so far this year", .cumulative), ("to date", .cumulative),
        ("الحرب", .warContext), ("النزاع", .warContext), ("الصراع", .warContext), ("اندلاع", .cumulative),
        ("بداية الحرب", .cumulative), ("الثورة", .warContext), ("la guerre", .warContext),
        ("le conflit", .warContext), ("au total", .cumulative), ("aged", .age), ("age of", .age),
        ("ages of", .age), ("âgé de", .age), ("âgée de", .age), ("âgés de", .age), ("âgées de", .age),
        ("l âge de", .age), ("عن عمر", .age), ("عن عمر يناهز", .age), ("من العمر", .age), ("عمره", .age),
        ("عمرها", .age), ("بعمر", .age), ("route", .label), ("highway", .label), ("interstate", .label),
        ("flight", .label), ("platform", .label), ("number", .label), ("numéro", .label), ("ligne", .label),
        ("vol", .label), ("autoroute", .label), ("رقم", .label), ("رحلة", .label),
        ("bc", .era), ("bce", .era), ("b c", .era), ("ad", .era), ("av j c", .era), ("avant j c", .era),
        ("avant jésus christ", .era), ("ق م", .era), ("قبل الميلاد", .era), ("ق.م", .era),
        ("brigade", .label), ("battalion", .label), ("regiment", .label), ("bus", .label), ("gate", .label),
        ("kilometre", .label), ("kilometer", .label), ("bataillon", .label), ("régiment", .label),
        ("لواء", .label), ("كتيبة", .label), ("فرقة", .label), ("كيلومتر", .label),
        ("denied", .disputed), ("denies", .disputed), ("deny", .disputed),
        ("charged with", .hypothetical), ("dément", .disputed),
        ("démenti", .disputed), ("nié", .disputed), ("نفى", .disputed),
        ("نفت", .disputed), ("ينفي", .disputed), ("تنفي", .disputed), ("بتهمة", .hypothetical),
        ("anniversary", .retrospective), ("years after", .retrospective), ("years since", .retrospective),
        ("years on", .retrospective),
        ("commemorate", .retrospective), ("commemorated", .retrospective), ("anniversaire", .retrospective),
        ("ans après", .retrospective), ("commémoration", .retrospective), ("ذكرى", .retrospective),
        ("الذكرى", .retrospective), ("لا يزال", .continuing), ("لا تزال", .continuing), ("لا يزالون", .continuing),
        ("ما زال", .continuing), ("ما زالت", .continuing), ("ما يزال", .continuing), ("ما تزال", .continuing),
        ("سنوات على", .retrospective), ("عاما على", .retrospective), ("سنة على", .retrospective),
        ("allegedly", .hypothetical), ("وهو ما نفته", .deniedAfter), ("وهو ما نفاه", .deniedAfter),
        ("ما نفته", .deniedAfter), ("ما نفاه", .deniedAfter), ("ce qu il dément", .deniedAfter),
        ("ce qu elle dément", .deniedAfter), ("ce qu ils démentent", .deniedAfter), ("which it denied", .deniedAfter),
        ("which they denied", .deniedAfter),
        ("could not be independently verified", .falseAfter), ("could not be verified", .falseAfter),
        ("لم تؤكد ذلك", .deniedAfter), ("لم يتسن التحقق", .falseAfter), ("لم يتسن التأكد", .falseAfter),
        ("impossible à vérifier", .falseAfter), ("are false", .falseAfter), ("were false", .falseAfter),
        ("is false", .falseAfter), ("sont fausses", .falseAfter), ("sont infondées", .falseAfter),
        ("عارية من الصحة", .falseAfter), ("غير صحيحة", .falseAfter), ("عارية عن الصحة", .falseAfter),
        // "Earlier reports that 30 people had been killed were wrong": a figure corrected after it is said.
        ("were wrong", .falseAfter), ("was wrong", .falseAfter), ("were incorrect", .falseAfter),
        ("were inaccurate", .falseAfter), ("were untrue", .falseAfter), ("were unfounded", .falseAfter),
        ("were exaggerated", .falseAfter), ("étaient fausses", .falseAfter), ("étaient erronées", .falseAfter),
        ("sont erronées", .falseAfter), ("se sont révélées fausses", .falseAfter),
        // "200 workers were taken to hospital as a precaution": not hurt.
        ("as a precaution", .falseAfter), ("par précaution", .falseAfter), ("for observation", .falseAfter),
        ("which it denies", .deniedAfter), ("out of", .proportion),
        ("sur", .proportion), ("من كل", .proportion), ("exceeded", .exceeds),
        ("exceeds", .exceeds), ("surpassed", .exceeds), ("تجاوز", .exceeds), ("تجاوزت", .exceeds),
        ("يتجاوز", .exceeds), ("تخطى", .exceeds), ("dépasse", .exceeds), ("a dépassé", .exceeds),
        ("dépassé", .exceeds), ("rumours", .disputed), ("rumors", .disputed), ("rumour", .disputed),
        ("rumor", .disputed), ("rumeur", .disputed), ("rumeurs", .disputed), ("شائعات", .disputed),
        ("شائعة", .disputed), ("إشاعات", .disputed), ("ما تداولته", .hypothetical),
        ("ما تم تداوله", .hypothetical), ("freed", .released), ("released", .released),
        ("release of", .released), ("freeing", .released), ("releasing", .released), ("libéré", .released),
        ("libérés", .released), ("libérée", .released), ("libérées", .released), ("libération de", .released),
        ("libération d", .released), ("relâché", .released), ("relâchés", .released), ("relâchées", .released),
        ("remis en liberté", .released), ("أفرج", .released), ("أفرجت", .released), ("يفرج", .released),
        ("الإفراج", .released), ("إفراج", .released), ("أطلق سراح", .released), ("أطلقت سراح", .released),
        ("إطلاق سراح", .released), ("حرر", .released), ("حررت", .released),
        ("found safe", .released), ("found alive", .released), ("found safe and well", .released),
        ("retrouvés sains et saufs", .released), ("retrouvé sain et sauf", .released),
        ("retrouvées saines et sauves", .released), ("retrouvés vivants", .released), ("عثر عليهم أحياء", .released),
        ("العثور عليهم أحياء", .released), ("in exchange for", .released), ("similar", .similar),
        ("similaire", .similar),
        ("مماثل", .similar), ("مماثلة", .similar), ("مشابه", .similar), ("مشابهة", .similar),
        ("en échange de", .released),
        ("unverified", .disputed), ("unconfirmed", .disputed), ("غير مؤكدة", .disputed),
        ("non confirmées", .disputed), ("non confirmés", .disputed), ("non vérifiées", .disputed),
        ("non vérifiés", .disputed), ("non vérifiée", .disputed), ("non vérifié", .disputed), ("يحاكي", .simulation),
        ("تحاكي", .simulation), ("افتراضيا", .simulation), ("افتراضية", .simulation),
        ("simulated", .simulation), ("simulating", .simulation), ("simulant", .simulation),
        ("mass-casualty drill", .simulation), ("role-players", .simulation),
        ("played wounded", .simulation), ("simulation", .simulation), ("simulée", .simulation),
        ("simulé", .simulation), ("توقعت", .hypothetical),
        ("توقع", .hypothetical), ("يتوقع", .hypothetical), ("تتوقع", .hypothetical),
        ("صراع مع المرض", .naturalDeath), ("صراع طويل مع المرض", .naturalDeath), ("بعد مرض", .naturalDeath),
        ("after a long illness", .naturalDeath),
        ("after an illness", .naturalDeath), ("after a short illness", .naturalDeath),
        ("natural causes", .naturalDeath), ("longue maladie", .naturalDeath), ("mort naturelle", .naturalDeath),
        ("passed away", .naturalDeath),
    ]
}
