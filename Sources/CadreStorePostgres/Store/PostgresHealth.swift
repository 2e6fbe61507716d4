import CadreModel
public import CadreStore
import Foundation

/// `cadre doctor` for a PostgreSQL database: the server's version, whether it takes writes
/// (not a standby), Cadre's schema and its version, whether this role may read and change every
/// table, and the same consistency questions SQLite's check asks. Nothing is changed.
public enum PostgresHealth {
    /// The oldest PostgreSQL Cadre is tested against (Debian 12's is 15; 12 has what Cadre uses).
    static let oldestSupported = 120_000

    public static func inspect(_ conninfo: String) throws -> Database.HealthReport {
        let connection = try PostgresConnection.open(conninfo)
        defer { connection.close() }
        var report = Database.HealthReport()
        let version = try connection.scalar("SHOW server_version").stringValue ?? "?"
        report.server = "PostgreSQL \(version) at \(connection.target)"
        if connection.serverVersion < oldestSupported {
            report.problems.append("PostgreSQL \(version) is older than Cadre supports (12 or newer)")
        }
        if try connection.scalar("SELECT pg_is_in_recovery()").intValue == 1 {
            report.problems.append("the server is a standby: it can be read but takes no writes; point Cadre at the primary")
        }
        guard try connection.scalar("SELECT to_regclass('cadre_migration') IS NOT NULL").intValue == 1 else {
            report.problems.append("holds no Cadre schema; create one with 'cadre init'")
            return report
        }
        report.schemaVersion = try connection.scalar("SELECT count(*) FROM cadre_migration").intValue ?? 0
        let known = PostgresMigrations.all.count
        if report.schemaVersion > known {
            report.problems.append("was made by a newer Cadre (schema \(report.schemaVersion), this one knows \(known))")
        } else if report.schemaVersion < known {
            report.warnings.append("schema \(report.schemaVersion); this Cadre brings it to \(known) when it next opens it")
        }
        let tables = try connection.rows(
            """
            SELECT tablename::text, has_table_privilege(current_user, tablename, 'SELECT'), has_table_privilege(current_user, tablename, 'INSERT'),
                has_table_privilege(current_user, tablename, 'UPDATE'), has_table_privilege(current_user, tablename, 'DELETE')
            FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'cadre_migration' ORDER BY tablename
            """)
        // The audit log is only ever added to; every other table is also changed and emptied.
        let barred = tables.filter { row in
            let needed = row.string(at: 0) == "audit_log" ? 1...2 : 1...4
            return needed.contains { row.int(at: $0) != 1 }
        }.compactMap { $0.string(at: 0) }
        if !barred.isEmpty {
            let role = try connection.scalar("SELECT current_user").stringValue ?? "?"
            report.problems.append("the role \(role) may not read and change \(barred.joined(separator: ", ")); Cadre can record nothing there")
        }
        for (sql, problem) in Database.consistencyChecks {
            if let count = try connection.scalar(sql).intValue, count > 0 { report.problems.append("\(count) \(problem)") }
        }
        return report
    }
}
