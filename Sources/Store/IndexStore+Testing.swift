internal import GRDB

extension IndexStore {
    /// Records a migration this code does not know, as a newer crosscheck would: lets tests check the refusal.
    func debugRecordMigration(_ identifier: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }
}
