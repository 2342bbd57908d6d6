import CrossCheckModel
import Foundation
import Pipeline

/// A JSONL evaluation set with a gold `event` per record: the articles (read like any JSONL input) and their labels.
public struct GoldClustering: Sendable {
    public var batch: LoadedBatch
    /// Gold event by article id.
    public var events: [String: String]

    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case noGold(String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read the gold file"
            case .noGold(let path): return "\(path): no record has both an id and an event field"
            }
        }
    }

    public static func load(path: String) throws -> GoldClustering {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.unreadable(path) }
        var events: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).components(separatedBy: "\n") where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = Self.string(object["id"]), let event = Self.string(object["event"])
            else { continue }
            events[id] = event
        }
        guard !events.isEmpty else { throw LoadError.noGold(path) }
        return GoldClustering(batch: LoadedBatch.load(paths: [path]), events: events)
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }

    /// Gold and predicted labels over the articles that have a gold event, in batch order.
    public func labels(predictedGroups: [[String]]) -> (gold: [String], predicted: [Int]) {
        var groupOf: [String: Int] = [:]
        for (index, members) in predictedGroups.enumerated() {
            for id in members { groupOf[id] = index }
        }
        var gold: [String] = []
        var predicted: [Int] = []
        var singleton = predictedGroups.count
        for article in batch.articles {
            guard let event = events[article.id] else { continue }
            gold.append(event)
            if let group = groupOf[article.id] {
                predicted.append(group)
            } else {
                predicted.append(singleton)
                singleton += 1
            }
        }
        return (gold, predicted)
    }
}
