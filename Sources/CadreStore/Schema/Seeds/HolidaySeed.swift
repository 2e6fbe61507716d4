/// Migration 003: the holiday tables and the fixed public holidays of the Labour Code (art.
/// 105) as they shipped, as literals (see ``ReferenceDataSeed`` for why). The movable ones
/// are added by centres with `cadre holiday add`.
package enum HolidaySeed {
    package static let sql = tables + "\n" + rules

    /// The two tables, as migration 003 made them.
    static let tables = """
        CREATE TABLE holiday_rule (
            month_day TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE holiday (
            date TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """

    /// The fixed holidays' rows (PostgreSQL's schema inserts these into tables of its own).
    package static let rules = """
        INSERT INTO holiday_rule (month_day, name) VALUES
            ('01-01', 'Yeni il'),
            ('01-02', 'Yeni il'),
            ('01-20', 'Ümumxalq hüzn günü'),
            ('03-08', 'Qadınlar günü'),
            ('03-20', 'Novruz bayramı'),
            ('03-21', 'Novruz bayramı'),
            ('03-22', 'Novruz bayramı'),
            ('03-23', 'Novruz bayramı'),
            ('03-24', 'Novruz bayramı'),
            ('05-09', 'Faşizm üzərində qələbə günü'),
            ('05-28', 'Müstəqillik günü'),
            ('06-15', 'Azərbaycan xalqının milli qurtuluş günü'),
            ('06-26', 'Azərbaycan Respublikasının Silahlı Qüvvələri günü'),
            ('11-08', 'Zəfər günü'),
            ('11-09', 'Dövlət bayrağı günü'),
            ('12-31', 'Dünya azərbaycanlılarının həmrəyliyi günü');
        """
}
