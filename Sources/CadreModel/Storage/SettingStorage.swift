/// The database's settings (default language, pseudonym key, …) as key and text.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol SettingStorage {
    func value(_ key: String) throws -> String?

    /// Forgets a setting, so its default applies again.
    func remove(_ key: String) throws

    func set(_ key: String, to value: String) throws
}

extension SettingStorage {
    /// The language pages and labels use when `--lang` is not given: the `lang` setting,
    /// else Azerbaijani.
    public func defaultLanguage() throws -> Language {
        try value("lang").flatMap(Language.init(rawValue:)) ?? .az
    }
}
