import CadreKit
import CadreModel

/// `cadre centre|venue|trainer|holiday add|list`: the fixed points a schedule is built on.
enum PlaceCommands {
    static let centre = Command(
        name: "centre", abstract: "Centres that run trainings.",
        subcommands: [
            Command(
                name: "add", abstract: "Add a centre.",
                options: [
                    .value("code", "code", help: "A short code people type, e.g. SAATLI.", required: true),
                    .value("name", "name", help: "The centre's full name, or its names in az, en and ru as \"az|en|ru\".", required: true),
                    .value("region", "region", help: "District or city."), .value("address", "address", help: "Postal address."),
                    CommonOptions.json, CommonOptions.actor,
                ],
                action: { values, context in
                    try context.withStore(values) { database in
                        let centre = try Scheduler(database).addCentre(
                            code: values.option("code") ?? "", name: values.option("name") ?? "",
                            regionCode: try region(values, database), address: values.option("address"), context: context.changeContext(values))
                        try context.report(centre, values) { "Added centre \($0.code): \($0.name)" }
                    }
                }),
            Command(
                name: "rename", abstract: "Give a centre its name, or its names in az, en and ru (what certificates, sheets and reports print).",
                arguments: [Argument(name: "centre", help: "The centre's code.")],
                options: [
                    .value("name", "name", help: "One name, or \"az|en|ru\", e.g. \"Saatlı mərkəzi|Saatli Centre|Саатлинский центр\".", required: true),
                    CommonOptions.json, CommonOptions.actor,
                ],
                action: { values, context in
                    try context.withStore(values) { database in
                        let centre = try Scheduler(database).renameCentre(
                            values.argument("centre") ?? "", name: values.option("name") ?? "", context: context.changeContext(values))
                        try context.report(centre, values) { centre in
                            let names = centre.names
                            return "Renamed centre \(centre.code): " + (names.en == names.az && names.ru == names.az ? names.az : "\(names.az) / \(names.en) / \(names.ru)")
                        }
                    }
                }),
            Command(
                name: "list", abstract: "List centres.", options: [CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        let centres = try database.scheduling.centres()
                        try context.table(centres, values, headers: ["CODE", "NAME", "REGION", "ADDRESS"]) {
                            [$0.code, $0.name, $0.regionCode ?? "", $0.address ?? ""]
                        }
                    }
                }),
        ])

    static let venue = Command(
        name: "venue", abstract: "Rooms and halls where sessions take place.",
        subcommands: [
            Command(
                name: "add", abstract: "Add a venue; it gets a reference like V-00001.",
                options: [
                    .value("name", "name", help: "The venue's name.", required: true), .value("address", "address", help: "Postal address."),
                    .value("region", "region", help: "District or city."), .value("capacity", "n", help: "Seats."),
                    .value("centre", "code", help: "The centre it belongs to."), CommonOptions.json, CommonOptions.actor,
                ],
                action: { values, context in
                    try context.withStore(values) { database in
                        let venue = try Scheduler(database).addVenue(
                            name: values.option("name") ?? "", address: values.option("address"), regionCode: try region(values, database),
                            capacity: try values.integer("capacity", in: 1...10_000), centre: values.option("centre"),
                            context: context.changeContext(values))
                        try context.report(venue, values) { "Added venue \($0.code): \($0.name)" }
                    }
                }),
            Command(
                name: "list", abstract: "List venues.", options: [CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        try context.table(try database.scheduling.venues(), values, headers: ["CODE", "NAME", "CAPACITY", "REGION", "ADDRESS"]) {
                            [$0.code, $0.name, $0.capacity.map(String.init) ?? "", $0.regionCode ?? "", $0.address ?? ""]
                        }
                    }
                }),
        ])

    static let trainer = Command(
        name: "trainer", abstract: "People who deliver sessions.",
        subcommands: [
            Command(
                name: "add", abstract: "Add a trainer; they get a reference like TR-00001.",
                options: [
                    .value("name", "name", help: "Full name.", required: true), .value("organization", "organization", help: "Employer."),
                    .value("email", "email", help: "E-mail address."), .value("languages", "list", help: "Working languages, e.g. az,ru."),
                    CommonOptions.json, CommonOptions.actor,
                ],
                action: { values, context in
                    try context.withStore(values) { database in
                        let languages = try (values.option("languages") ?? "").split(separator: ",").map { code in
                            guard let language = Language(rawValue: code.trimmingCharacters(in: .whitespaces)) else {
                                throw InvalidOption(option: "languages", value: String(code), reason: "is not one of az, en, ru")
                            }
                            return language
                        }
                        let trainer = try Scheduler(database).addTrainer(
                            name: values.option("name") ?? "", organization: values.option("organization"),
                            email: try TraineeOptions.value(values, "email", TraineeNormalizer.email), languages: languages,
                            context: context.changeContext(values))
                        try context.report(trainer, values) { "Added trainer \($0.ref): \($0.fullName)" }
                    }
                }),
            Command(
                name: "list", abstract: "List trainers.", options: [CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        try context.table(try database.scheduling.trainers(), values, headers: ["REF", "NAME", "ORGANISATION", "E-MAIL", "LANGUAGES"]) {
                            [$0.ref, $0.fullName, $0.organization ?? "", $0.email ?? "", $0.languages.map(\.rawValue).joined(separator: ",")]
                        }
                    }
                }),
        ])

    static let holiday = Command(
        name: "holiday", abstract: "Non-working days that scheduling skips.",
        subcommands: [
            Command(
                name: "add", abstract: "Add a movable holiday (Ramadan or Qurban Bayram, a moved day off).",
                arguments: [Argument(name: "date", help: "The date, e.g. 2021-07-20."), Argument(name: "name", help: "The holiday's name.")],
                options: [CommonOptions.actor],
                action: { values, context in
                    try context.withStore(values) { database in
                        let date = try context.date(values.argument("date") ?? "", name: "date")
                        try Scheduler(database).addHoliday(date, name: values.argument("name") ?? "", context: context.changeContext(values))
                        context.print("Added the holiday \(date.iso): \(values.argument("name") ?? "")")
                    }
                }),
            Command(
                name: "list", abstract: "List a year's holidays, fixed and movable.",
                options: [.value("year", "year", help: "The year (default: this year)."), CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        let year = try values.integer("year", in: 1900...2200) ?? CalendarDate.today().year
                        let holidays = try database.scheduling.holidays(in: year).map { ["date": $0.date.iso, "name": $0.name] }
                        try context.table(holidays, values, headers: ["DATE", "NAME"]) { [$0["date"] ?? "", $0["name"] ?? ""] }
                    }
                }),
        ])

    static func region(_ values: ParsedValues, _ database: any Store) throws -> String? {
        try TraineeOptions.value(values, "region", try ReferenceResolver(database).region)
    }
}
