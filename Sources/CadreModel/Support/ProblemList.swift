/// The one shape of an error that lists problems, so every error keeps the CLI's promise of
/// one `Error:` line: one problem is said in that line with what happened because of it; several
/// are counted in that line and listed after it, one per line.
///
/// ```
/// Error: signup.csv:3: column 'sex': "x" is not a sex (female or male); nothing was imported
/// Error: 2 of 40 rows are invalid; nothing was imported:
/// signup.csv:3: column 'sex': "x" is not a sex (female or male)
/// signup.csv:9: column 'email': "a@@b" is not an e-mail address
/// ```
public enum ProblemList {
    public static func message(_ items: [String], summary: String, outcome: String) -> String {
        if items.count == 1 { return "\(items[0]); \(outcome)" }
        return "\(summary); \(outcome):\n" + items.joined(separator: "\n")
    }
}
