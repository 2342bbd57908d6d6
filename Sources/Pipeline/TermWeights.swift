import Foundation

/// The TF-IDF weight of a term in a batch, `(1 + ln tf) · ln((N + 1) / df)` times the name or bigram weight, with
/// both logarithms looked up rather than computed.
///
/// A night weighs every term of some 90,000 articles (tonight's and the candidates read back) and ranks tonight's
/// keywords the same way: two calls to `log` per term were 1.7 % of its CPU. A batch has one N, document
/// frequencies from 1 to N and mostly small term counts, so each logarithm is computed once per value, by the same
/// expression, and the weights are the same to the bit.
///
///     let weights = TermWeights(documents: 50_000, options: options)
///     weights.weight(count: 2, documentFrequency: 14, kind: .name)
struct TermWeights: Sendable {
    let options: PipelineOptions
    /// N.
    private let documents: Double
    /// `ln((N + 1) / df)` at index `df` (index 0 unused).
    private let inverse: [Double]

    /// `1 + ln tf` for the term counts below its length.
    private static let sublinear: [Double] = (0..<256).map { 1 + log(Double($0)) }

    /// - Parameter documents: N, the articles the document frequencies were counted over.
    init(documents: Int, options: PipelineOptions) {
        self.options = options
        let n = Double(documents)
        self.documents = n
        inverse = (0...max(1, documents)).map { log((n + 1) / Double($0)) }
    }

    /// The weight of a term found `count` times in an article and in `df` of the batch's articles (1 ≤ df ≤ N).
    @inline(__always)
    func weight(count: Int, documentFrequency df: Int, kind: EventTerms.Kind) -> Double {
        let tf = count < Self.sublinear.count ? Self.sublinear[count] : 1 + log(Double(count))
        let idf = df < inverse.count ? inverse[df] : log((documents + 1) / Double(df))
        let weight = tf * idf
        switch kind {
        case .pair: return weight * options.bigramWeight
        case .name: return weight * options.nameWeight
        case .word: return weight
        }
    }
}
