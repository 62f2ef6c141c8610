@testable import BuyInKit
import BuyInTestSupport
import Foundation
import GRDB
import Testing

/// The schema version stamped in the file header is what lets an up-to-date database open with
/// one read; it must follow the migrations, or a new migration would never run on existing files.
/// (`StoreTrustTests.decisionOfAnOlderDatabaseIsKept` opens a file made before the last one.)
@Suite struct SchemaVersionTests {
    @Test func theStampedVersionCountsEveryMigration() throws {
        let folder = TemporaryFolder()
        let path = folder.file("buyin.sqlite")
        _ = try SQLiteStore(path: path)
        let queue = try DatabaseQueue(path: path)
        let (stamped, applied) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try Schema.migrator.appliedIdentifiers(db))
        }
        #expect(stamped == Schema.migrator.migrations.count)
        #expect(applied == Set(Schema.migrator.migrations))
        #expect(Schema.version == Schema.migrator.migrations.count)
    }
}
