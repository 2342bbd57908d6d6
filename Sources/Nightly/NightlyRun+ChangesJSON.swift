import CrossCheckModel

extension NightlyRun {
    /// `changes.json`: tonight's groups and their changes, keys sorted, pretty printed and slashes unescaped, byte
    /// for byte as `JSONEncoder` wrote it with those options (the format the file has always had).
    func changesJSON() throws -> String { try Self.changesJSON(of: changes) }

    /// `groups` as ``changesJSON()`` writes them.
    static func changesJSON(of groups: [GroupChanges]) throws -> String {
        try JSONTextEncoder(prettyPrinted: true, sortedKeys: true, style: .jsonEncoderKeepingSlashes).encode(groups)
    }
}
