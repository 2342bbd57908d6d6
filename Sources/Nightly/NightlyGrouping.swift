import CrossCheckModel
import Foundation
import Pipeline
import Store

/// `evaluate groups --nights N`: the gold set's articles fed to a fresh index over N nights, and the groups the index
/// holds after the last one.
///
/// A batch run sees every article at once; a night sees tonight's and attaches them to the stories stored before. This
/// measures what the nightly mode loses or gains against the batch on the same labels: stories split because their
/// first articles linked too weakly, joined by a later night or merged. Record `i` of the file (its non-empty lines,
/// in order) goes to night `i mod N`, so that every event spreads over the nights; the nights are consecutive days
/// from the reference date, and articles without a publication date count from their night, so all of them stay in
/// each other's window. An article the index takes for one already stored (same content hash or URL) is not stored
/// again and scores as a group of its own.
public struct NightlyGrouping: Sendable {
    public var nights: Int
    public var mergeStories: Bool

    /// The evaluation file could not be read.
    public struct Unreadable: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): cannot read the gold file" }
    }

    public init(nights: Int, mergeStories: Bool) {
        precondition(nights >= 1, "NightlyGrouping needs at least one night")
        self.nights = nights
        self.mergeStories = mergeStories
    }

    /// The article ids of each group in the index after the last night.
    public func groups(goldPath: String, options: PipelineOptions) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: goldPath) else {
            throw Unreadable(path: goldPath)
        }
        var lines = Array(repeating: [String](), count: nights)
        var record = 0
        for line in String(decoding: data, as: UTF8.self).components(separatedBy: "\n") where !line.isEmpty {
            lines[record % nights].append(line)
            record += 1
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("crosscheck-nights-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("index.db").path
        for night in 0..<nights {
            let input = folder.appendingPathComponent("night-\(night).jsonl")
            try Data((lines[night].joined(separator: "\n") + "\n").utf8).write(to: input)
            var nightOptions = options
            nightOptions.referenceDate = options.referenceDate.adding(days: night)
            _ = try NightlyIndexer(
                pipeline: Pipeline(options: nightOptions), indexPath: index, mergeStories: mergeStories
            ).run(paths: [input.path])
        }
        var groups: [[String]] = []
        try IndexStore.openForReading(path: index).exportJSONL { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let members = object?["members"] as? [[String: Any]] ?? []
            groups.append(members.compactMap { $0["id"] as? String })
        }
        return groups
    }
}
