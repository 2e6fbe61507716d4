import Foundation

/// Where the CLI writes text. The real binary writes to the process's streams; tests pass a
/// ``TextBuffer`` and read what a user would have seen.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// Collects everything written, for tests and for callers that post-process output.
public final class TextBuffer: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}

/// One of the process's standard streams, written unbuffered so output interleaves correctly.
public final class StandardStream: TextSink, Sendable {
    private let descriptor: Int32

    public static let output = StandardStream(descriptor: STDOUT_FILENO)
    public static let error = StandardStream(descriptor: STDERR_FILENO)

    private init(descriptor: Int32) { self.descriptor = descriptor }

    public func write(_ text: String) {
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            remaining = remaining.dropFirst(written)
        }
    }

    /// True when a person is watching (a terminal), so progress may be shown.
    public var isTerminal: Bool { isatty(descriptor) == 1 }
}
