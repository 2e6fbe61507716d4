public import CadreModel
/// The training round Cadre was made for, as data files in the shapes centres really have:
/// trainings on preventing domestic violence and the local referral mechanism at the Saatli
/// and Shuvalan Family and Child Support Service Centres in October 2021, and a follow-up
/// for judges and journalists in November–December 2021.
///
/// Everything comes from a fixed seed, so the demo gives the same files every time.
public struct DemoRound {
    public struct Participant: Sendable {
        public let ref: String
        public let name: String
        public let sex: Sex
        public let profession: String
        public let organization: String
        public let region: String
        public let phone: String
        public let fin: String
        public let event: String
    }

    public static let events: [(code: String, course: String, centre: String?, venue: String, start: String, trainer: String)] = [
        ("DV-SAATLI-2021-10", "DV-101", "SAATLI", "V-00001", "2021-10-25", "TR-00001"),
        ("DV-SHUVALAN-2021-10", "DV-101", "SHUVALAN", "V-00002", "2021-10-27", "TR-00002"),
        ("JUD-BAKU-2021-11", "JUD-201", nil, "V-00003", "2021-11-29", "TR-00002"),
        ("MEDIA-BAKU-2021-12", "MEDIA-301", nil, "V-00003", "2021-12-01", "TR-00001"),
    ]

    static let femaleNames = ["Aynur", "Leyla", "Günel", "Səbinə", "Nərgiz", "Ülviyyə", "Şəhla", "Gülnarə", "Zərifə", "İlahə", "Aytən", "Könül", "Sevinc", "Nigar", "Lalə", "Aysel", "Fidan", "Təranə"]
    static let maleNames = ["Elvin", "Rəşad", "Orxan", "İlqar", "Tural", "Çingiz", "Ömər", "Fərid", "Vüqar", "Kamran", "Səməd", "Elşən", "Ramil", "Anar", "Əli", "Rövşən"]
    static let surnames = ["Əliyev", "Məmmədov", "Həsənov", "Quliyev", "İsmayılov", "Hüseynov", "Abbasov", "Cəfərov", "Orucov", "Ağayev", "Şirinov", "Babayev", "Rzayev", "Nəsirov", "Qasımov", "Zeynalov", "Kərimov", "Süleymanov", "Bayramov", "Vəliyev"]

    /// Who works where, per event: (profession, organisation, how many).
    static let groups: [String: [(String, String, Int)]] = [
        "DV-SAATLI-2021-10": [
            ("social-worker", "Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi", 7), ("school-psychologist", "Saatlı rayon təhsil şöbəsi", 6),
            ("local-administration", "Saatlı Rayon İcra Hakimiyyəti", 6), ("volunteer", "Saatlı Gənclər Könüllüləri İctimai Birliyi", 5),
            ("police-officer", "Saatlı Rayon Polis Şöbəsi", 2), ("health-worker", "Saatlı Rayon Mərkəzi Xəstəxanası", 2),
        ],
        "DV-SHUVALAN-2021-10": [
            ("social-worker", "Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi", 6), ("school-psychologist", "Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb", 6),
            ("local-administration", "Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi", 5), ("volunteer", "Xəzər Könüllüləri", 5),
            ("teacher", "Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb", 4),
        ],
        "JUD-BAKU-2021-11": [("judge", "Bakı Apellyasiya Məhkəməsi", 4), ("judge", "Xəzər Rayon Məhkəməsi", 2), ("prosecutor", "Xəzər Rayon Prokurorluğu", 2)],
        "MEDIA-BAKU-2021-12": [("journalist", "Azərbaycan Dövlət Teleqraf Agentliyi", 2), ("journalist", "Bakı Xəbər", 3), ("journalist", "Sumqayıt TV", 2)],
    ]

    static let regions: [String: [String]] = [
        "DV-SAATLI-2021-10": ["Saatlı"], "DV-SHUVALAN-2021-10": ["Xəzər"], "JUD-BAKU-2021-11": ["Bakı", "Xəzər"], "MEDIA-BAKU-2021-12": ["Bakı", "Sumqayıt"],
    ]

    public let participants: [Participant]

    public init(seed: UInt64 = 2021) {
        var random = SplitMix64(seed: seed)
        var people: [Participant] = []
        var used = Set<String>()
        for event in Self.events {
            for (profession, organization, count) in Self.groups[event.code] ?? [] {
                for _ in 0..<count {
                    var name = ""
                    var sex = Sex.female
                    repeat {
                        sex = profession == "police-officer" || random.next() % 3 == 0 ? .male : .female
                        let first = sex == .female ? Self.femaleNames[Int(random.next() % UInt64(Self.femaleNames.count))]
                            : Self.maleNames[Int(random.next() % UInt64(Self.maleNames.count))]
                        let surname = Self.surnames[Int(random.next() % UInt64(Self.surnames.count))] + (sex == .female ? "a" : "")
                        name = "\(surname) \(first)"
                    } while used.contains(name)
                    used.insert(name)
                    let index = people.count + 1
                    let regions = Self.regions[event.code] ?? ["Bakı"]
                    let operators = ["050", "051", "055", "070", "077"]
                    let digits = String(1_000_000 + Int(random.next() % 9_000_000))
                    let phone = "\(operators[Int(random.next() % 5)]) \(digits.prefix(3)) \(digits.dropFirst(3).prefix(2)) \(digits.suffix(2))"
                    let finAlphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
                    let fin = String((0..<7).map { _ in finAlphabet[Int(random.next() % UInt64(finAlphabet.count))] })
                    people.append(Participant(
                        ref: "\(event.code.split(separator: "-").dropFirst().first ?? "X")-\(index < 10 ? "0" : "")\(index)", name: name, sex: sex,
                        profession: profession, organization: organization, region: regions[Int(random.next() % UInt64(regions.count))],
                        phone: phone, fin: fin, event: event.code))
                }
            }
        }
        participants = people
    }

    static let professionWords: [String: String] = [
        "social-worker": "Sosial işçi", "school-psychologist": "Məktəb psixoloqu", "local-administration": "İcra hakimiyyəti",
        "volunteer": "Könüllü", "police-officer": "Polis", "health-worker": "Həkim", "teacher": "Müəllim", "judge": "Hakim",
        "prosecutor": "Prokuror", "journalist": "Jurnalist",
    ]

    /// The sign-up sheet as Excel saves it in Azerbaijan: UTF-8 with BOM, `;`, CRLF, Azerbaijani
    /// headers, some names in capitals, phones in several shapes, and three people registered twice.
    public var signupCSV: String {
        var text = "\u{FEFF}Ad Soyad;Cins;Peşə;Təşkilat;Rayon;Telefon;FİN;ID\r\n"
        for (index, person) in participants.enumerated() {
            let name = index % 7 == 3 ? TextFolding.uppercasedAzerbaijani(person.name) : person.name
            let sex = person.sex == .female ? (index % 2 == 0 ? "qadın" : "Q") : (index % 2 == 0 ? "kişi" : "K")
            text += "\(name);\(sex);\(Self.professionWords[person.profession] ?? person.profession);\"\(person.organization)\";\(person.region);\(person.phone);\(person.fin);\(person.ref)\r\n"
        }
        for index in [4, 17, 33] where index < participants.count {
            let person = participants[index]
            text += "\(TextFolding.uppercasedAzerbaijani(person.name));\(person.sex == .female ? "qadın" : "kişi");\(Self.professionWords[person.profession] ?? "");;\(person.region);;\(person.fin.lowercased());\(person.ref)-2\r\n"
        }
        return text
    }

    /// The programme's targets for the round (see `cadre report indicators`).
    public static let targetsJSON = """
        {
          "targets": [
            {"name": {"az": "Saatlı və Şüvəlanda (Xəzər) təlim keçmiş mütəxəssislər", "en": "Professionals trained in Saatlı and Şüvəlan (Xəzər)",
                      "ru": "Специалисты, обученные в Саатлы и Шувелане (Хазар)"},
             "where": {"region": ["saatly", "khazar"]}, "from": "2021-10-01", "to": "2021-12-31", "target": 50},
            {"name": {"az": "Təlim keçmiş mütəxəssislər arasında hakimlər və sosial işçilər", "en": "Judges and social workers among the professionals trained",
                      "ru": "Доля судей и социальных работников среди обученных"},
             "share": {"profession": ["judge", "social-worker"]}, "targetPercent": 40},
            {"name": {"az": "Etik jurnalistika üzrə təlim keçmiş jurnalistlər", "en": "Journalists trained in ethical journalism",
                      "ru": "Журналисты, обученные этичной журналистике"},
             "where": {"course": ["MEDIA-301"]}, "target": 10},
            {"name": {"az": "Təlimi işləri üçün aid (4 və ya 5) sayan iştirakçılar", "en": "Participants rating the training relevant to their work (4 or 5)",
                      "ru": "Участники, оценившие связь обучения с работой на 4 или 5"},
             "feedback": {"question": "relevance", "answers": [4, 5]}, "targetPercent": 75},
            {"name": {"az": "Təlimdən sonra işi yerli istiqamətləndirmə mexanizminə yönləndirən iştirakçılar", "en": "Participants who referred a case to the local referral mechanism since the training",
                      "ru": "Участники, направившие случай в местный механизм перенаправления после обучения"},
             "feedback": {"questionnaire": "FOLLOW-UP", "question": "referred-case", "answers": ["yes"]}, "targetPercent": 50},
            {"name": {"az": "Mühafizə orderi barədə qərar verməyə hazır olan (4 və ya 5) hakimlər", "en": "Judges ready to decide on protection orders (4 or 5)",
                      "ru": "Судьи, готовые принимать решения об охранных ордерах (4 или 5)"},
             "where": {"course": ["JUD-201"]}, "feedback": {"question": "protection-orders", "answers": [4, 5]}, "targetPercent": 70}
          ]
        }

        """

    /// Attendance marks for every session: mostly present, some late, a few absent or excused,
    /// and two people per October event who miss a whole day and a half.
    public func attendanceCSV(sessions: [String: Int]) -> String {
        var random = SplitMix64(seed: 11)
        var text = "event_code;session_no;trainee_ref;status\r\n"
        for event in Self.events {
            let people = participants.filter { $0.event == event.code }
            for session in 1...(sessions[event.code] ?? 0) {
                for (index, person) in people.enumerated() {
                    let roll = random.next() % 100
                    var status = roll < 87 ? "P" : roll < 94 ? "L" : roll < 97 ? "E" : "A"
                    if event.code.hasPrefix("DV") && index < 2 && session >= 3 { status = index == 0 ? "A" : (session >= 4 ? "E" : "P") }
                    text += "\(event.code);\(session);\(person.ref);\(status)\r\n"
                }
            }
        }
        return text
    }

    /// Pre- and post-test scores: most improve, some stay below the pass mark.
    public func scoresCSV(maxScores: [String: Int]) -> String {
        var random = SplitMix64(seed: 13)
        var text = "event_code;trainee_ref;kind;score;max_score\r\n"
        for event in Self.events {
            let max = maxScores[event.code] ?? 20
            for person in participants where person.event == event.code {
                let pre = Int(random.next() % UInt64(max / 2)) + max / 4
                let post = Swift.min(max, pre + Int(random.next() % UInt64(max / 2)) + (random.next() % 8 == 0 ? -2 : 1))
                text += "\(event.code);\(person.ref);pre;\(pre);\(max)\r\n\(event.code);\(person.ref);post;\(post);\(max)\r\n"
            }
        }
        return text
    }
}

extension DemoRound {
    /// End-of-training feedback on paper (`cadre feedback import`): four in five participants
    /// hand a form in, most naming themselves on the sign-in sheet; the answers lean positive,
    /// with the organisation judged less kindly and a few comments in Azerbaijani and Russian.
    public func feedbackCSV() -> String {
        var random = SplitMix64(seed: 17)
        let comments = [
            "Praktiki hallar daha çox olsun", "Zal soyuq idi", "Больше времени на разбор случаев", "Çox faydalı idi, təşəkkürlər",
            "Хотелось бы раздаточные материалы на русском",
        ]
        var text = "event_code;trainee_ref;relevance;trainer;organisation;confidence;most-useful;recommend;comments;protection-orders\r\n"
        for event in Self.events {
            for (index, person) in participants.filter({ $0.event == event.code }).enumerated() where index % 5 != 4 {
                func point(_ low: Int) -> Int { low + Int(random.next() % UInt64(6 - low)) }
                let useful = ["law", "referral", "interviewing", "practice"][Int(random.next() % 4)]
                let recommend = random.next() % 10 == 0 ? "xeyr" : "bəli"
                let comment = random.next() % 4 == 0 ? comments[Int(random.next() % UInt64(comments.count))] : ""
                let ref = index % 7 == 3 ? "" : person.ref
                // Judges are asked one more question, by their course (JUD-201).
                let orders = event.course == "JUD-201" ? String(point(2)) : ""
                text += "\(event.code);\(ref);\(point(3));\(point(3));\(point(2));\(point(2));\(useful);\(recommend);\(comment);\(orders)\r\n"
            }
        }
        return text
    }
}

extension DemoRound {
    /// The day the demo's follow-up is answered: the day the demo is made (its links open then).
    public static let followUpDay = CalendarDate(parsing: "2021-12-20") ?? CalendarDate.today()

    /// Answers to the follow-up questionnaire through the links in `links` (the CSV `cadre
    /// followup list` wrote): about three in four people answer; most have referred a case.
    /// Returns the tokens answered and each form's values, in the file's order.
    public static func followUpAnswers(links: String) -> [(token: String, values: [String: String])] {
        var random = SplitMix64(seed: 23)
        let examples = [
            "Bir qadını sığınacağa yönləndirdim", "Məktəblə birlikdə uşaq üçün təhlükəsizlik planı hazırladıq",
            "Направила семью в центр поддержки", "Polislə birgə müraciətə baxdıq",
        ]
        return links.matches(of: /\/q\/([A-Z2-9]{20}),/).compactMap { match -> (String, [String: String])? in
            guard random.next() % 4 != 0 else { return nil }
            let referred = random.next() % 10 < 6
            let point = { (low: Int) in low + Int(random.next() % UInt64(6 - low)) }
            let barrier = ["time", "support", "services", "knowledge", "nothing"][Int(random.next() % 5)]
            let example = referred && random.next() % 3 == 0 ? examples[Int(random.next() % UInt64(examples.count))] : ""
            return (String(match.1), [
                "referred-case": referred ? "bəli" : "xeyr", "applied": String(point(2)), "cooperation": String(point(3)), "barrier": barrier, "example": example,
            ])
        }
    }
}

/// SplitMix64: a small generator whose sequence is the same on every machine, for demos,
/// generated test data and benchmarks.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
