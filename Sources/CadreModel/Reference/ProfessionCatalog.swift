/// The professions Cadre reports on, in the order reports list them, with their labels in
/// the three working languages and the other words people write in sign-up sheets.
public enum ProfessionCatalog {
    public static let all: [Profession] = [
        Profession(
            code: "judge", label: LocalizedText(az: "Hakim", en: "Judge", ru: "Судья"),
            aliases: ["hakimlər", "judges", "судьи"]),
        Profession(
            code: "prosecutor", label: LocalizedText(az: "Prokuror", en: "Prosecutor", ru: "Прокурор"),
            aliases: ["prokurorluq", "прокуратура"]),
        Profession(
            code: "lawyer", label: LocalizedText(az: "Vəkil", en: "Lawyer", ru: "Адвокат"),
            aliases: ["hüquqşünas", "advokat", "attorney", "юрист"]),
        Profession(
            code: "police-officer",
            label: LocalizedText(az: "Polis əməkdaşı", en: "Police officer", ru: "Сотрудник полиции"),
            aliases: ["polis", "police", "полиция", "полицейский"]),
        Profession(
            code: "social-worker",
            label: LocalizedText(az: "Sosial işçi", en: "Social worker", ru: "Социальный работник"),
            aliases: ["sosial işçilər", "social work", "соцработник"]),
        Profession(
            code: "school-psychologist",
            label: LocalizedText(az: "Məktəb psixoloqu", en: "School psychologist", ru: "Школьный психолог"),
            aliases: ["psixoloq", "psychologist", "психолог"]),
        Profession(
            code: "health-worker",
            label: LocalizedText(az: "Tibb işçisi", en: "Health worker", ru: "Медицинский работник"),
            aliases: ["həkim", "tibb bacısı", "doctor", "nurse", "врач", "медсестра", "медработник"]),
        Profession(
            code: "teacher", label: LocalizedText(az: "Müəllim", en: "Teacher", ru: "Учитель"),
            aliases: ["pedaqoq", "педагог", "преподаватель"]),
        Profession(
            code: "journalist", label: LocalizedText(az: "Jurnalist", en: "Journalist", ru: "Журналист"),
            aliases: ["media", "reporter", "müxbir", "корреспондент"]),
        Profession(
            code: "local-administration",
            label: LocalizedText(
                az: "Yerli icra hakimiyyəti nümayəndəsi", en: "Local administration representative",
                ru: "Представитель местной исполнительной власти"),
            aliases: [
                "icra hakimiyyəti", "yerli icra hakimiyyəti", "bələdiyyə", "local administration",
                "municipality", "местная администрация", "муниципалитет",
            ]),
        Profession(
            code: "volunteer", label: LocalizedText(az: "Könüllü", en: "Volunteer", ru: "Волонтёр"),
            aliases: ["könüllülər", "доброволец"]),
        Profession(
            code: "other", label: LocalizedText(az: "Digər", en: "Other", ru: "Другое"),
            aliases: ["başqa", "другая"]),
    ]
}
