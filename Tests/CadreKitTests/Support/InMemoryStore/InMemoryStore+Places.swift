import CadreModel
import Foundation

extension InMemoryStore {
    struct Places: SchedulingStorage {
        let store: InMemoryStore

        func nextRef(kind: String, prefix: String) throws -> String { ShortReference.make(prefix: prefix, number: store.take(kind)) }

        func insert(_ centre: Centre, at date: Date) throws { store.state.centres.append(centre) }
        func rename(_ centre: Centre) throws {
            guard let index = store.state.centres.firstIndex(where: { $0.id == centre.id }) else { return }
            store.state.centres[index] = centre
        }
        func centres() throws -> [Centre] { store.state.centres.sorted { $0.code < $1.code } }
        func centre(_ reference: String) throws -> Centre? {
            try centres().first { $0.code == reference.uppercased() || sqliteLower($0.name) == sqliteLower(TextFolding.clean(reference)) }
        }
        func centre(id: UUID) throws -> Centre? { store.state.centres.first { $0.id == id } }

        func insert(_ venue: Venue, at date: Date) throws { store.state.venues.append(venue) }
        func venues() throws -> [Venue] { store.state.venues.sorted { $0.code < $1.code } }
        func venue(_ reference: String) throws -> Venue? {
            try venues().first { $0.code == reference.uppercased() || sqliteLower($0.name) == sqliteLower(TextFolding.clean(reference)) }
        }
        func venue(id: UUID) throws -> Venue? { store.state.venues.first { $0.id == id } }

        func insert(_ trainer: Trainer, at date: Date) throws { store.state.trainers.append(trainer) }
        func trainers() throws -> [Trainer] { store.state.trainers.sorted { $0.ref < $1.ref } }
        func trainer(_ reference: String) throws -> Trainer? {
            try trainers().first {
                $0.ref == reference.uppercased() || $0.email == sqliteLower(reference)
                    || sqliteLower($0.fullName) == sqliteLower(TextFolding.clean(reference))
            }
        }
        func trainer(id: UUID) throws -> Trainer? { store.state.trainers.first { $0.id == id } }

        func addHoliday(_ date: CalendarDate, name: String, by actor: String, at instant: Date) throws { store.state.holidays[date] = name }
        func holiday(on date: CalendarDate) throws -> String? { store.state.holidays[date] }
        func holidays(in year: Int) throws -> [(date: CalendarDate, name: String)] {
            store.state.holidays.filter { $0.key.year == year }.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
        }
    }

    struct ReferenceData: ReferenceDataStorage {
        let professionList: [Profession]
        let regionList: [Region]

        func professions() throws -> [Profession] { professionList }
        func regions() throws -> [Region] { regionList }
        func profession(matching text: String) throws -> String? {
            let key = TextFolding.matchKey(text)
            return professionList.first { $0.aliases.contains(key) }?.code
        }
        func region(matching text: String) throws -> String? {
            let key = TextFolding.matchKey(text)
            return regionList.first { $0.aliases.contains(key) }?.code
        }
    }

    struct Settings: SettingStorage {
        let store: InMemoryStore

        func value(_ key: String) throws -> String? { store.state.settings[key] }
        func remove(_ key: String) throws { store.state.settings[key] = nil }
        func set(_ key: String, to value: String) throws { store.state.settings[key] = value }
    }

    struct Audit: AuditStorage {
        let store: InMemoryStore

        func append(_ entry: AuditEntry) throws { store.state.audit.append(entry) }
        func entries(entity: String, entityID: String?) throws -> [AuditEntry] {
            store.state.audit.filter { $0.entity == entity && (entityID == nil || $0.entityID == entityID) }
        }
        func allEntries() throws -> [AuditEntry] { store.state.audit }
        func recent(actions: [String], limit: Int) throws -> [AuditEntry] {
            Array(store.state.audit.filter { actions.contains($0.action) }.reversed().prefix(limit))
        }
    }
}
