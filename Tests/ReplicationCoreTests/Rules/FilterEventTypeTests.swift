import MigrationConfig
import Testing

@Suite struct FilterEventTypeTests {
    static let spellings: [(text: String, type: FilterEventType)] = [
        ("all", .all),
        ("All DML", .allDML),
        ("NONE", .noneEvent),
        ("incompatible ddl changes", .incompatibleDDLChanges),
        ("truncate table partition", .truncateTablePartition),
        ("value range decrease", .valueRangeDecrease),
        ("reorganize table partition", .reorganizePartition),
        ("exchange table partition", .exchangePartition),
        ("modify columns order", .modifyColumnsOrder),
        // DM's aliases.
        ("create schema", .createDatabase),
        ("DROP SCHEMA", .dropDatabase),
        ("alter schema", .alterDatabase),
        ("add index", .createIndex),
    ]

    @Test(arguments: spellings)
    func parses(_ text: String, _ type: FilterEventType) {
        #expect(FilterEventType(parsing: text) == type)
    }

    @Test func rejectsUnknownNames() {
        #expect(FilterEventType(parsing: "reorganize partition") == nil)
        #expect(FilterEventType(parsing: "") == nil)
        #expect(throws: UnknownFilterEventTypeError(text: "inserts")) { try FilterEventType.parse("inserts") }
        #expect(UnknownFilterEventTypeError(text: "inserts").description.contains("all dml"))
    }

    @Test func rawValuesAreDMSpellings() {
        for type in FilterEventType.allCases {
            #expect(FilterEventType(parsing: type.rawValue) == type)
            #expect(type.rawValue == type.rawValue.lowercased())
        }
    }

    @Test func categories() {
        #expect(FilterEventType.insert.category == .dml)
        #expect(FilterEventType.createTable.category == .ddl)
        #expect(FilterEventType.alterTable.category == .ddl)
        #expect(FilterEventType.dropTable.category == .incompatibleDDL)
        #expect(FilterEventType.truncateTable.category == .incompatibleDDL)
        #expect(FilterEventType.dropColumn.isDDL)
        #expect(FilterEventType.allDDL.isGroup)
    }

    @Test func groupsCoverTheirMembers() {
        #expect(FilterEventType.allDML.coveredTypes == [.insert, .update, .delete])
        #expect(FilterEventType.allDDL.covers(.dropTable))
        #expect(FilterEventType.allDDL.covers(.createTable))
        #expect(!FilterEventType.allDDL.covers(.insert))
        #expect(FilterEventType.incompatibleDDLChanges.covers(.dropColumn))
        #expect(!FilterEventType.incompatibleDDLChanges.covers(.createTable))
        #expect(FilterEventType.all.coveredTypes == FilterEventType.concreteTypes)
        #expect(FilterEventType.noneDDL.coveredTypes.isEmpty)
        #expect(FilterEventType.insert.coveredTypes == [.insert])
    }
}
