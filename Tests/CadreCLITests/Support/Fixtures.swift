import Foundation
import Testing

extension CLIHarness {
    /// The October 2021 Saatli event with its centre, venue, trainer and the given trainees enrolled.
    /// `names` are written to a sign-up CSV and imported; refs are P1, P2, …
    func saatliEvent(names: [String], capacity: Int = 60) throws {
        for arguments in [
            ["init"], ["course", "import"],
            ["centre", "add", "--code", "SAATLI", "--name", "Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi", "--region", "Saatlı"],
            ["venue", "add", "--name", "Saatlı təlim zalı", "--address", "Saatlı ş., Azadlıq küç. 12", "--centre", "SAATLI", "--capacity", String(capacity)],
            ["trainer", "add", "--name", "Aygün Səfərova", "--languages", "az,ru"],
            ["event", "schedule", "--course", "DV-101", "--centre", "SAATLI", "--venue", "V-00001", "--start", "2021-10-25", "--trainer", "TR-00001",
             "--code", "DV-SAATLI-2021-10"],
        ] {
            let result = run(arguments)
            #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        }
        var csv = "full_name;sex;profession;organization;ref\r\n"
        for (index, name) in names.enumerated() {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            csv += "\(quoted);\(index % 2 == 0 ? "qadın" : "kişi");Sosial işçi;\"Saatlı rayon İcra Hakimiyyəti, sosial şöbə\";P\(index + 1)\r\n"
        }
        try write("signup.csv", csv)
        let imported = run("trainee", "import", "signup.csv")
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        let enrolled = run(["event", "enroll", "DV-SAATLI-2021-10"] + names.indices.map { "P\($0 + 1)" })
        #expect(enrolled.exitCode == 0, "\(enrolled.stderr)")
    }

    static let azerbaijaniNames = [
        "Ömərova Şəhla", "Abbasov Rəşad", "Cəfərova Aytən", "Çələbiyev Tural", "Əliyeva Günel", "İsmayılova Leyla", "Ibrahimov Orxan",
        "Orucova Nərgiz", "Ağayev Elvin", "Şirinova Könül", "Zeynalova Səbinə", "Qasımov Vüqar", "Hüseynova Ülviyyə", "Babayev Kamran",
    ]
}
