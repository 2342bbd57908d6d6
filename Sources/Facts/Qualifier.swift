/// How a figure was hedged in the text, which decides the interval it stands for.
///
/// | qualifier | examples | interval for N |
/// |---|---|---|
/// | `exact` | "2500 قتيل", "29 killed" | [N, N] |
/// | `moreThan` | أكثر من، أزيد من، more than, plus de | [N+1, ∞) for counts |
/// | `atLeast` | ما لا يقل عن، at least, au moins | [N, ∞) |
/// | `about` | نحو، حوالي، قرابة، زهاء، about, environ | [0.9 N, 1.1 N] (at least ±1) |
/// | `upTo` | حتى، up to, jusqu'à | [0, N] |
/// | `lessThan` | أقل من، less than, moins de | [0, N−1] |
/// | `range` | "20 to 30", "بين 20 و30" | [low, high] |
/// | `vague` | عشرات/dozens (24–99), مئات/hundreds (200–999), آلاف/thousands (2000–9999) | the word's span |
/// | `implied` | a singular or dual noun: "قتيل" = 1, "قتيلين" = 2 | [N, N] |
public enum Qualifier: String, Codable, Sendable {
    case exact
    case moreThan = "more_than"
    case atLeast = "at_least"
    case about
    case upTo = "up_to"
    case lessThan = "less_than"
    case range
    case vague
    case implied
}
