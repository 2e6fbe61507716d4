/// When two records are one person: the rules, in one place, that the register's `add`, the
/// trainee import, `trainee duplicates` and the store's lookups all follow.
///
/// - **Certainly the same** (merged automatically by imports, refused by `trainee add`): the
///   same FIN, or the same e-mail and the same name compared by ``nameForComparison(_:)``.
/// - **Probably the same** (listed for a person to decide, never merged silently): the same
///   ``nameKey(_:)``, or different names sharing an e-mail or a phone; ``probableReason(_:_:)``
///   says which.
public enum IdentityPolicy {
    /// The key probable duplicates are found by: the name folded (case, diacritics, invisible
    /// characters) with its words sorted, since lists put the surname first or last.
    public static func nameKey(_ name: String) -> String {
        TextFolding.matchKey(name).split(separator: " ").sorted().joined(separator: " ")
    }

    /// Names compared for the strong rule: normalised, case-insensitive by Azerbaijani
    /// rules, diacritics kept (Şəki and Seki are different names).
    public static func nameForComparison(_ name: String) -> String {
        TextFolding.lowercasedAzerbaijani(TextFolding.clean(name))
    }

    /// Why a record with this e-mail and name is certainly `candidate` (who has that e-mail),
    /// or nil when the names differ.
    public static func sameEmailAndName(_ fullName: String, _ candidate: Trainee) -> String? {
        candidate.fullName.map(nameForComparison) == nameForComparison(fullName) ? sameEmailAndNameReason : nil
    }

    public static let sameNationalIDReason = "same national id"
    public static let sameEmailAndNameReason = "same e-mail and name"

    /// Why two records with the same ``nameKey(_:)`` may be one person.
    public static func probableReason(sameName a: Trainee, _ b: Trainee) -> String {
        if a.phone != nil && a.phone == b.phone {
            "same name and phone"
        } else if a.birthDate != nil && a.birthDate == b.birthDate {
            "same name and date of birth"
        } else {
            "same name, apart from case, diacritics or spacing"
        }
    }

    /// Why two records with different names sharing an e-mail or a phone may be one person.
    public static func probableReason(sameContact a: Trainee, _ b: Trainee) -> String {
        a.email != nil && a.email == b.email ? "same e-mail, different name" : "same phone, different name"
    }
}
