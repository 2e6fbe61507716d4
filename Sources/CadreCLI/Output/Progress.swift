/// Progress messages on stderr for long work, shown only when a person is watching.
final class Progress {
    private let sink: (any TextSink)?

    init(_ context: CommandContext) {
        sink = (context.stderr as? StandardStream)?.isTerminal == true ? context.stderr : nil
    }

    func report(_ message: String) { sink?.write("\r\(message)\u{1B}[K") }

    func finish() { sink?.write("\r\u{1B}[K") }
}
