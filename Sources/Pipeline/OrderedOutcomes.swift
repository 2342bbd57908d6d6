import CrossCheckModel
import Ingest
import Synchronization

/// Puts the outcomes of inputs read in parallel into input order as they come, so that each article reaches the
/// account, and the caller, as soon as every input before it has been read.
///
/// The reader of the first unfinished input hands its outcomes straight on; the others keep theirs until the inputs
/// before them are done. A night stores its articles as they come this way, while the rest of its input is read.
///
/// `onArticle` is called under the lock, on purpose: that is what keeps the articles it receives in input order when
/// two readers hand outcomes on at once. It must be quick (a night's feed appends to a buffer).
final class OrderedOutcomes: Sendable {
    private struct State: ~Copyable {
        var account: BatchAccount
        var waiting: [[RecordOutcome]]
        var finished: [Bool]
        var head = 0
    }

    private let state: Mutex<State>
    private let onArticle: (@Sendable (Article) -> Void)?

    init(inputs: Int, account: BatchAccount, onArticle: (@Sendable (Article) -> Void)?) {
        state = Mutex(
            State(
                account: account, waiting: Array(repeating: [], count: inputs),
                finished: Array(repeating: false, count: inputs)))
        self.onArticle = onArticle
    }

    /// One outcome of input `index`.
    func emit(_ outcome: RecordOutcome, from index: Int) {
        state.withLock { state in
            if index == state.head {
                take(outcome, into: &state.account)
            } else {
                state.waiting[index].append(outcome)
            }
        }
    }

    /// Input `index` has no more outcomes.
    func finish(_ index: Int) {
        state.withLock { state in
            state.finished[index] = true
            while state.head < state.finished.count && state.finished[state.head] {
                state.head += 1
                guard state.head < state.finished.count else { break }
                for outcome in state.waiting[state.head] { take(outcome, into: &state.account) }
                state.waiting[state.head] = []
            }
        }
    }

    /// The batch, once every input has finished.
    var batch: LoadedBatch { state.withLock { $0.account.batch } }

    private func take(_ outcome: RecordOutcome, into account: inout BatchAccount) {
        if let article = account.take(outcome) { onArticle?(article) }
    }
}
