import Foundation

/// Where interactive commands read answers from: the terminal, a pipe, or — in tests — a
/// list of lines.
public protocol LineSource: AnyObject {
    /// The next answer, or nil at the end of input.
    func nextAnswer() -> String?
    /// True when a person at a terminal types the answers (single keys, no Enter needed).
    var isInteractive: Bool { get }
}

/// Answers given in advance, one per line.
public final class LineBuffer: LineSource {
    private var lines: [String]
    public init(_ lines: [String]) { self.lines = lines }
    public func nextAnswer() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    public var isInteractive: Bool { false }
}

/// The process's standard input: single key presses at a terminal, lines from a pipe.
public final class StandardInput: LineSource {
    public init() {}

    public var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    public func nextAnswer() -> String? {
        guard isInteractive else { return readLine(strippingNewline: true) }
        return Terminal.readKey().map { String($0) }
    }
}

/// Raw single-key input at a terminal, restoring the terminal on every exit path (including
/// Ctrl-C, which still ends the program: marks already saved stay saved).
enum Terminal {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var isRaw = false

    static func readKey() -> Character? {
        enterRawMode()
        defer { leaveRawMode() }
        var byte: UInt8 = 0
        guard read(STDIN_FILENO, &byte, 1) == 1 else { return nil }
        if byte == 4 { return nil }  // Ctrl-D
        return Character(Unicode.Scalar(byte))
    }

    private static func enterRawMode() {
        guard !isRaw, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        isRaw = true
        signal(SIGINT) { _ in
            Terminal.leaveRawMode()
            _exit(130)
        }
    }

    private static func leaveRawMode() {
        guard isRaw else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        isRaw = false
    }
}
