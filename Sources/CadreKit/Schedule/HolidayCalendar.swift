/// Azerbaijan's non-working days: the fixed public holidays of the Labour Code (art. 105),
/// every year, plus the movable ones (Ramadan and Qurban Bayrams, and any day the Cabinet
/// moves) that centres add each year with `cadre holiday add`.
public enum HolidayCalendar {
    /// Month-day and name of each fixed holiday, as the database has them (migration 003;
    /// `ReferenceDataTests` checks the two agree).
    public static let fixed: [(monthDay: String, name: String)] = [
        ("01-01", "Yeni il"), ("01-02", "Yeni il"),
        ("01-20", "Ümumxalq hüzn günü"),
        ("03-08", "Qadınlar günü"),
        ("03-20", "Novruz bayramı"), ("03-21", "Novruz bayramı"), ("03-22", "Novruz bayramı"),
        ("03-23", "Novruz bayramı"), ("03-24", "Novruz bayramı"),
        ("05-09", "Faşizm üzərində qələbə günü"),
        ("05-28", "Müstəqillik günü"),
        ("06-15", "Azərbaycan xalqının milli qurtuluş günü"),
        ("06-26", "Azərbaycan Respublikasının Silahlı Qüvvələri günü"),
        ("11-08", "Zəfər günü"),
        ("11-09", "Dövlət bayrağı günü"),
        ("12-31", "Dünya azərbaycanlılarının həmrəyliyi günü"),
    ]
}
