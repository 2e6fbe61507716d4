import CadreKit
import CadreModel
import Foundation

/// The signed-in pages: which path and method does what, and which ``Access/Action`` it needs.
/// Every page passes ``WebApp/signedIn(_:language:may:_:)`` first, so no page forgets the
/// session, the form token or the role; pages under an event look it up through
/// ``Visitor/event(_:)``, so another centre's event answers 404.
extension WebApp {
    func signedInRoute(_ request: HTTPRequest, _ path: [String], language: Language) throws -> HTTPResponse? {
        func run(_ action: Access.Action, _ body: (Visitor) throws -> HTTPResponse) throws -> HTTPResponse {
            try signedIn(request, language: language, may: action, body)
        }
        switch (request.method, path) {
        case ("GET", ["home"]): return try run(.seeEvents, dashboard)
        case ("GET", ["trainees"]): return try run(.manageTrainees, trainees)
        case ("POST", ["trainees"]): return try run(.manageTrainees, addTrainee)
        case ("GET", ["trainees", "duplicates"]): return try run(.manageTrainees) { try duplicates($0) }
        case ("POST", ["trainees", "merge"]): return try run(.manageTrainees, merge)
        case ("GET", ["trainees", "upload"]): return try run(.manageTrainees) { try uploadForm($0) }
        case ("POST", ["trainees", "upload"]): return try run(.manageTrainees, upload)
        case ("GET", let p) where p.count == 2 && p[0] == "trainees": return try run(.manageTrainees) { try traineeRecord($0, reference: p[1]) }
        case ("POST", let p) where p.count == 2 && p[0] == "trainees": return try run(.manageTrainees) { try editTrainee($0, reference: p[1]) }
        case ("GET", ["events"]): return try run(.seeEvents, events)
        case ("GET", ["events", "new"]): return try run(.schedule) { try scheduleForm($0) }
        case ("POST", ["events"]): return try run(.schedule, schedule)
        case ("GET", let p) where p.count == 2 && p[0] == "events": return try run(.seeEvents) { try eventPage($0, code: p[1]) }
        case ("POST", let p) where p.count == 3 && p[0] == "events" && p[2] == "enrol": return try run(.schedule) { try enrol($0, code: p[1]) }
        case ("GET", let p) where p.count == 4 && p[0] == "events" && p[2] == "sessions":
            return try run(.takeRollCall) { try rollCall($0, code: p[1], session: p[3]) }
        case ("POST", let p) where p.count == 5 && p[0] == "events" && p[2] == "sessions" && p[4] == "mark":
            return try run(.takeRollCall) { try mark($0, code: p[1], session: p[3]) }
        case ("POST", let p) where p.count == 5 && p[0] == "events" && p[2] == "sessions" && p[4] == "walk-in":
            return try run(.takeRollCall) { try walkIn($0, code: p[1], session: p[3]) }
        case ("GET", let p) where p.count == 5 && p[0] == "events" && p[2] == "sessions" && p[4] == "check-in":
            return try run(.takeRollCall) { try checkInScreen($0, code: p[1], session: p[3]) }
        case ("POST", let p) where p.count == 6 && p[0] == "events" && p[2] == "sessions" && p[4] == "check-in" && p[5] == "confirm":
            return try run(.takeRollCall) { try confirmCheckIns($0, code: p[1], session: p[3]) }
        case ("POST", let p) where p.count == 6 && p[0] == "events" && p[2] == "sessions" && p[4] == "check-in" && p[5] == "reject":
            return try run(.takeRollCall) { try rejectCheckIn($0, code: p[1], session: p[3]) }
        case ("POST", let p) where p.count == 5 && p[0] == "events" && p[2] == "sessions" && p[4] == "move":
            return try run(.schedule) { try moveSession($0, code: p[1], session: p[3]) }
        case ("POST", let p) where p.count == 5 && p[0] == "events" && p[2] == "sessions" && p[4] == "cancel":
            return try run(.schedule) { try cancelSession($0, code: p[1], session: p[3]) }
        case ("GET", let p) where p.count == 3 && p[0] == "events" && p[2] == "scores": return try run(.enterScores) { try scores($0, code: p[1]) }
        case ("POST", let p) where p.count == 3 && p[0] == "events" && p[2] == "scores":
            return try run(.enterScores) { try saveScores($0, code: p[1]) }
        case ("GET", let p) where p.count == 3 && p[0] == "events" && p[2] == "certificates":
            return try run(.certify) { try certificates($0, code: p[1]) }
        case ("POST", let p) where p.count == 3 && p[0] == "events" && p[2] == "certificates":
            return try run(.certify) { try issueCertificates($0, code: p[1]) }
        case ("GET", let p) where p.count == 3 && p[0] == "events" && p[2] == "certificates.html":
            return try run(.certify) { try printCertificates($0, code: p[1]) }
        case ("POST", let p) where p.count == 4 && p[0] == "events" && p[2] == "certificates" && p[3] == "revoke":
            return try run(.certify) { try revokeCertificate($0, code: p[1]) }
        case ("GET", ["reports"]): return try run(.readReports, reports)
        case ("GET", ["admin", "users"]): return try run(.administer) { try users($0) }
        case ("POST", ["admin", "users"]): return try run(.administer, addUser)
        case ("POST", let p) where p.count == 4 && p[0] == "admin" && p[1] == "users" && p[3] == "disable":
            return try run(.administer) { try disableUser($0, login: p[2]) }
        case ("GET", ["reports", "download"]): return try run(.readReports, downloadReport)
        default: return nil
        }
    }
}
