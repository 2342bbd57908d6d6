import CrossCheckModel
import Dispatch
import Facts
import Foundation

/// Throughput of fact extraction (numbers, casualty figures, dates) on one core, for the per-core speed line of
/// issue 5. It prints one JSON line so that `scripts/bench/compare-facts` can put it beside dateparser, which runs
/// on the same texts in the same run: a rate alone says nothing about whether it is fast.
///
///     swift run -c release --package-path Benchmarks FactsBench corpus.jsonl [REPEAT]   # fields: text, published
/// Thread CPU time is the measure, since the machine may be shared: wall time is printed next to it. REPEAT passes
/// over the corpus (default 1) make a small corpus long enough to time; the fact counts are those of one pass.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

struct Document {
    let text: String
    let published: CivilDate?
}

func documents(in path: String) throws -> [Document] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var result: [Document] = []
    for line in data.split(separator: 0x0A) {
        guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
            let text = object["text"] as? String
        else { continue }
        let published = (object["published"] as? String).flatMap { CivilDate(iso: $0) }
        result.append(Document(text: text, published: published))
    }
    return result
}

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3, let repeats = Int(arguments.count == 3 ? arguments[2] : "1"),
    repeats > 0
else {
    print("usage: FactsBench CORPUS.jsonl [REPEAT]  (fields: text, published)")
    exit(64)
}
let corpus = try documents(in: arguments[1])
let bytes = corpus.reduce(0) { $0 + $1.text.utf8.count } * repeats
let extractor = FactExtractor(referenceDate: CivilDate(year: 2023, month: 10, day: 12)!)
var casualties = 0
var dates = 0
var numbers = 0
let wallStart = DispatchTime.now().uptimeNanoseconds
let cpuStart = threadCPUSeconds()
for pass in 0..<repeats {
    for document in corpus {
        let facts = extractor.extract(text: document.text, language: .arabic, published: document.published)
        if pass == 0 {
            casualties += facts.casualties.count
            dates += facts.dates.count
            numbers += facts.numbers.count
        }
    }
}
let cpu = threadCPUSeconds() - cpuStart
let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
print(
    """
    {"system":"crosscheck","documents":\(corpus.count),"passes":\(repeats),"bytes":\(bytes),"cpu_s":\(cpu),"wall_s":\(wall),\
    "mb_per_cpu_s":\(Double(bytes) / 1e6 / cpu),"dates":\(dates),"numbers":\(numbers),"casualties":\(casualties)}
    """)
