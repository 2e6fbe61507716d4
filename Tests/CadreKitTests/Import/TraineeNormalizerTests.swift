import CadreKit
import CadreModel
import Testing

@Suite("Trainee normalisation")
struct TraineeNormalizerTests {
    @Test(
        "names typed wholly in capitals are title-cased by Azerbaijani rules; anything else is kept as typed",
        arguments: [
            ("İSMAYILOVA", "İsmayılova"), ("ılqar", "ılqar"), ("ISMAYILOVA AYNUR", "Ismayılova Aynur"),
            ("  əliyeva   GÜNEL  ", "əliyeva GÜNEL"), ("ƏLİYEVA GÜNEL", "Əliyeva Günel"), ("məmmədova-quliyeva leyla", "məmmədova-quliyeva leyla"),
            ("\"><img src=x onerror=alert(1)>", "\"><img src=x onerror=alert(1)>"), ("ƏLİ-AĞA O'GLU", "Əli-Ağa O'Glu"),
            ("McDonald", "McDonald"), ("ИВАНОВА АННА", "Иванова Анна"), ("Şəhla\u{200B} Orucova", "Şəhla Orucova"),
        ])
    func names(raw: String, expected: String) throws {
        #expect(try TraineeNormalizer.name(raw) == expected)
    }

    @Test("a name in NFD is stored in NFC")
    func nfc() throws {
        let nfd = "Gülnarə Şirinova".decomposedStringWithCanonicalMapping
        let stored = try TraineeNormalizer.name(nfd)
        #expect(Array(stored.unicodeScalars) == Array("Gülnarə Şirinova".unicodeScalars))
    }

    @Test("names without letters are refused")
    func badNames() {
        for raw in ["", "   ", "12345", "—"] { #expect(throws: InvalidValue.self) { try TraineeNormalizer.name(raw) } }
    }

    @Test(
        "phones in the usual shapes become E.164",
        arguments: [
            ("050 123 45 67", "+994501234567"), ("(050) 123-45-67", "+994501234567"), ("+994 50 1234567", "+994501234567"),
            ("994501234567", "+994501234567"), ("0501234567", "+994501234567"), ("501234567", "+994501234567"),
            ("00994 55 123 45 67", "+994551234567"), ("(012) 555-12-34", "+994125551234"), ("+7 916 123-45-67", "+79161234567"),
        ])
    func phones(raw: String, expected: String) throws {
        #expect(try TraineeNormalizer.phone(raw) == expected)
    }

    @Test("impossible phones are refused", arguments: [
        "12345", "050 123 45 6", "+994 50 123 45 678", "call me", "050-123-45-67 ext 2",
        // Found by FuzzParsers: no country code starts with 0.
        "\n00000000000\n", "+000000000", "+00 994 50 123 45 67",
    ])
    func badPhones(raw: String) {
        #expect(throws: InvalidValue.self) { try TraineeNormalizer.phone(raw) }
    }

    @Test("e-mails are lower-cased and checked")
    func emails() throws {
        #expect(try TraineeNormalizer.email(" Aynur.Aliyeva@Mail.AZ ") == "aynur.aliyeva@mail.az")
        for raw in ["x@@y", "x@y", "@mail.az", "a b@mail.az", "a@mail..az", "a@.az", "plain"] {
            #expect(throws: InvalidValue.self, "\(raw)") { try TraineeNormalizer.email(raw) }
        }
    }

    @Test("FIN is upper-cased and must be 7 letters and digits")
    func fin() throws {
        #expect(try TraineeNormalizer.nationalID("5abc1d2") == "5ABC1D2")
        #expect(try TraineeNormalizer.nationalID(" 5ABC 1D2 ") == "5ABC1D2")
        for raw in ["5ABC1D", "5ABC1D23", "5AB-1D2", "5ABÇ1D2"] {
            #expect(throws: InvalidValue.self, "\(raw)") { try TraineeNormalizer.nationalID(raw) }
        }
    }

    @Test("sex in Azerbaijani, English and Russian")
    func sex() throws {
        for raw in ["qadın", "Qadin", "QADIN", "F", "female", "Женский", "ж"] { #expect(try TraineeNormalizer.sex(raw) == .female, "\(raw)") }
        for raw in ["kişi", "KİŞİ", "M", "male", "мужской", "М"] { #expect(try TraineeNormalizer.sex(raw) == .male, "\(raw)") }
        #expect(throws: InvalidValue.self) { try TraineeNormalizer.sex("x") }
    }

    @Test("birth dates in ISO and local forms; impossible dates refused")
    func dates() throws {
        #expect(try TraineeNormalizer.birthDate("21.03.1985") == "1985-03-21")
        #expect(try TraineeNormalizer.birthDate("1985-03-21") == "1985-03-21")
        #expect(try TraineeNormalizer.birthDate("29.02.2000") == "2000-02-29")
        for raw in ["2021-02-30", "31.04.1990", "1985/03/21x", "yesterday", "29.02.2001"] {
            #expect(throws: InvalidValue.self, "\(raw)") { try TraineeNormalizer.birthDate(raw) }
        }
    }

    @Test("names sort in Azerbaijani alphabetical order")
    func collation() {
        let names = ["Ömərov", "Cəfərov", "İsmayılov", "Abbasov", "Çələbi", "Ibrahimov", "Əliyev", "Ağayev", "Orucov", "Zeynalov", "Şahbazov", "Səfərov"]
        #expect(names.sortedAzerbaijani { $0 } == [
            "Abbasov", "Ağayev", "Cəfərov", "Çələbi", "Əliyev", "Ibrahimov", "İsmayılov", "Orucov", "Ömərov", "Səfərov", "Şahbazov", "Zeynalov",
        ])
    }
}

    @Test("Latin outside the alphabet follows it, then Cyrillic in Russian order with ё after е; decomposed letters sort as composed")
    func collationBeyondTheAlphabet() {
        let decomposedÖ = "O\u{308}mərov"
        let names = ["Фёдоров", "Wilson", "Федоров", "Zeynalov", decomposedÖ, "Жуков", "Ёлкин", "Orucov", "Егоров", "Pənahov", "Фадеев", "Ağa 2", "Ağa 10"]
        #expect(names.sortedAzerbaijani { $0 } == [
            "Ağa 10", "Ağa 2", "Orucov", decomposedÖ, "Pənahov", "Zeynalov", "Wilson", "Егоров", "Ёлкин", "Жуков", "Фадеев", "Федоров", "Фёдоров",
        ])
        // Case by Azerbaijani rules (I is ı, İ is i), then the text itself breaks ties.
        #expect(["İsa", "ılqar", "Əli", "ILQAR", "ƏLİ", "ЖУКОВ", "жуков"].sortedAzerbaijani { $0 } == ["ƏLİ", "Əli", "ILQAR", "ılqar", "İsa", "ЖУКОВ", "жуков"])
    }
