import ArgumentParser
import Pipeline

/// The signature and banding options shared by `signatures` and `near-copies`.
struct NearCopyArguments: ParsableArguments {
    @Option(name: .long, help: "Words per shingle.")
    var shingle = 5

    @Option(name: .long, help: "Signature length k.")
    var permutations = 128

    @Option(name: .long, help: "Hash seed; signatures of different seeds are unrelated.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Estimated Jaccard at or above which two articles are near copies (LSH design point).")
    var threshold = 0.5

    @Option(name: .long, help: "LSH bands (with --rows; default: derived from --threshold).")
    var bands: Int?

    @Option(name: .long, help: "LSH rows per band (with --bands).")
    var rows: Int?

    func options() throws -> NearCopyOptions {
        guard shingle >= 1, permutations >= 1, permutations <= 1 << 16 else {
            throw ValidationError("--shingle must be at least 1 and --permutations in 1…65536")
        }
        var options = NearCopyOptions()
        options.shingleSize = shingle
        options.numPermutations = permutations
        options.seed = seed
        options.threshold = threshold
        options.bands = bands
        options.rows = rows
        do {
            _ = try options.lshParameters()
        } catch {
            throw ValidationError("\(error)")
        }
        return options
    }
}
