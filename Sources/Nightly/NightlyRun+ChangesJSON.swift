import CrossCheckModel

extension NightlyRun {
    /// `changes.json`: tonight's groups and their changes, byte for byte as `JSONEncoder` writes them with sorted keys,
    /// pretty printing and slashes unescaped (the format the file has always had).
    ///
    /// Written directly because it is the night's alone: `JSONEncoder` took 0.7 s on one core for the 29,260 groups of
    /// a 50,000-article night, while the reports' files were waiting to be finished. A test compares the two on awkward
    /// text.
    var changesJSON: String { Self.changesJSON(of: changes) }

    /// `groups` as ``changesJSON`` writes them.
    static func changesJSON(of groups: [GroupChanges]) -> String {
        var out = ""
        prettyArray(groups, indent: 0, to: &out) { group, indent, out in
            var fields: [(String, (inout String) -> Void)] = [
                (
                    "changes",
                    { out in
                        Self.prettyArray(group.changes, indent: indent + 2, to: &out) { change, indent, out in
                            Self.prettyObject(
                                [
                                    ("detail", { Self.appendString(change.detail, to: &$0) }),
                                    ("kind", { Self.appendString(change.kind.rawValue, to: &$0) }),
                                ], indent: indent, to: &out)
                        }
                    }
                ),
                ("group", { Self.appendString(group.group, to: &$0) }),
            ]
            if let title = group.title { fields.append(("title", { Self.appendString(title, to: &$0) })) }
            prettyObject(fields, indent: indent, to: &out)
        }
        return out
    }

    /// Appends `items` as `JSONEncoder`'s pretty printing writes an array whose closing bracket is at `indent`.
    private static func prettyArray<Item>(
        _ items: [Item], indent: Int, to out: inout String, element: (Item, Int, inout String) -> Void
    ) {
        guard !items.isEmpty else {
            out += "[\n\n" + String(repeating: " ", count: indent) + "]"
            return
        }
        out += "[\n"
        for (index, item) in items.enumerated() {
            if index > 0 { out += ",\n" }
            out += String(repeating: " ", count: indent + 2)
            element(item, indent + 2, &out)
        }
        out += "\n" + String(repeating: " ", count: indent) + "]"
    }

    /// Appends an object of `fields` (keys already in order), its closing brace at `indent`.
    private static func prettyObject(_ fields: [(String, (inout String) -> Void)], indent: Int, to out: inout String) {
        out += "{\n"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { out += ",\n" }
            out += String(repeating: " ", count: indent + 2)
            appendString(key, to: &out)
            out += " : "
            value(&out)
        }
        out += "\n" + String(repeating: " ", count: indent) + "}"
    }

    private static func appendString(_ text: String, to out: inout String) {
        JSONString.append(text, to: &out, style: .jsonEncoderKeepingSlashes)
    }
}
