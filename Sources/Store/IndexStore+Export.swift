import CrossCheckModel
internal import GRDB

extension IndexStore {
    /// Every group with its members and their facts, one JSON object per line, groups by id, members by row.
    ///
    /// Each line is `{"group":N,"first_night":"…","last_night":"…","members":[{"id":…,"outlet":…,"url":…,
    /// "published":…,"night":…,"facts":{…}}]}`; `facts` is the stored facts JSON as is
    /// (`ArticleFacts`, with the vague counts, relative ordinals and casualty flags that a night keeps; see
    /// docs/index.md).
    public func exportJSONL(_ emit: (String) throws -> Void) throws {
        try read { db in
            let groups = try Row.fetchCursor(
                db, sql: "SELECT id, firstNight, lastNight FROM storyGroup ORDER BY id")
            let members = try db.cachedStatement(
                sql: """
                    SELECT a.articleID, a.outlet, a.url, a.published, a.night, f.json AS facts
                    FROM article a LEFT JOIN facts f ON f.article = a.id WHERE a.groupID = ? ORDER BY a.id
                    """)
            while let group = try groups.next() {
                let id: Int64 = group["id"]
                var parts: [String] = []
                for member in try Row.fetchAll(members, arguments: [id]) {
                    let published: Int? = member["published"]
                    let facts: String? = member["facts"]
                    let fields = [
                        "\"id\":" + JSONString.quote(member["articleID"]),
                        "\"outlet\":" + JSONString.quote(member["outlet"]),
                        "\"url\":" + JSONString.quote(member["url"]),
                        "\"published\":" + JSONString.quote(published.map { CivilDate(daysSinceEpoch: $0).iso }),
                        "\"night\":" + JSONString.quote(CivilDate(daysSinceEpoch: member["night"]).iso),
                        "\"facts\":" + (facts ?? "null"),
                    ]
                    parts.append("{" + fields.joined(separator: ",") + "}")
                }
                let line =
                    "{\"group\":\(id),\"first_night\":"
                    + JSONString.quote(CivilDate(daysSinceEpoch: group["firstNight"]).iso) + ",\"last_night\":"
                    + JSONString.quote(CivilDate(daysSinceEpoch: group["lastNight"]).iso) + ",\"members\":["
                    + parts.joined(separator: ",") + "]}"
                try emit(line)
            }
        }
    }
}
