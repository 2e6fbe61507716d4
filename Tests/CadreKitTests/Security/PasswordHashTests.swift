@testable import CadreModel
import Foundation
import Testing

/// PBKDF2-HMAC-SHA-256 against the published values (and Python's hashlib), and the stored
/// form of a password: salted, verifiable, refusing what is not its own.
@Suite("Passwords")
struct PasswordHashTests {
    @Test(
        "PBKDF2-HMAC-SHA-256 gives the known values",
        arguments: [
            ("password", "salt", 1, 32, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
            ("password", "salt", 2, 32, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
            ("password", "salt", 4096, 32, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
            ("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40,
             "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"),
            (String(repeating: "x", count: 100), "salt", 3, 64,
             "59bfa49750dd5462ce38370a1e7abe0736ff334cf1c2f0d84f23a03435d660d1537367bcfb776a103c5ccee2fb714fb7ed7f2563b3eb88c72457fbae9f0191e5"),
        ])
    func vectors(password: String, salt: String, iterations: Int, length: Int, expected: String) {
        #expect(SHA256.hex(PBKDF2.sha256(password: Array(password.utf8), salt: Array(salt.utf8), iterations: iterations, length: length)) == expected)
    }

    @Test("SHA-256 is unchanged by its new compression function")
    func sha256() {
        #expect(SHA256.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(SHA256.hash(Array(String(repeating: "a", count: 1000).utf8))) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("a stored password: salted each time, verified in its composed form, refused when wrong or malformed")
    func stored() {
        let first = PasswordHash.make("Şifrə-2021", iterations: 1000)
        let second = PasswordHash.make("Şifrə-2021", iterations: 1000)
        #expect(first.hasPrefix("pbkdf2-sha256$1000$") && first != second, "a new salt each time")
        #expect(!first.contains("Şifrə"))
        #expect(PasswordHash.verify("Şifrə-2021", against: first) && PasswordHash.verify("Şifrə-2021", against: second))
        #expect(PasswordHash.verify("S\u{327}ifrə-2021", against: first), "Ş typed as S and a combining cedilla is the same letter")
        #expect(!PasswordHash.verify("şifrə-2021", against: first) && !PasswordHash.verify("", against: first))
        for malformed in ["", "plain", "pbkdf2-sha256$0$AAAA$AAAA", "md5$1000$c2FsdA==$aGFzaA==", first.replacingOccurrences(of: "$1000$", with: "$x$")] {
            #expect(!PasswordHash.verify("Şifrə-2021", against: malformed), "\(malformed)")
        }
        #expect(PasswordHash.make("a", iterations: 2, salt: Array("salt".utf8)) == PasswordHash.make("a", iterations: 2, salt: Array("salt".utf8)))
    }
}
