import CadreKit
import CadreModel
import CadreWeb
import Dispatch
import Foundation

/// `cadre serve`: the web application on the same database and templates as the CLI.
enum ServeCommand {
    static let command = Command(
        name: "serve", abstract: "Serve the web application: roll calls, sign-up sheets, events, scores, certificates and reports in a browser.",
        discussion: "Listens on 127.0.0.1:8080 unless told otherwise. A LAN address is an explicit choice: plain HTTP belongs behind a "
            + "TLS reverse proxy (docs/DEPLOYMENT.md). SIGTERM or Ctrl-C finishes the requests in flight and stops.",
        options: [
            .value("listen", "host:port", help: "The IPv4 address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one)."),
            .flag("behind-tls", help: "A TLS reverse proxy serves it: mark the session cookie Secure."),
            .value("public-url", "url", help: "How browsers and phones reach the server (https://cadre.example.gov.az): the check-in QR code and the origin forms may come from; default: the listening address (no QR code on 0.0.0.0)."),
            .value("trusted-proxy", "address", help: "The reverse proxy's IP address: only its X-Forwarded-For names the client (for rate limits and the log)."),
            .value("targets", "file", help: "The programme's indicator targets (as for 'report indicators'), shown on the ministry's dashboard."),
            .value("pool", "n", help: "Database connections kept open between requests (default 8; 0 opens one for each request)."),
            .flag("demo", help: "Serve the demo database (./cadre-demo, built first when missing) with a demo user of each role, printed here."),
            CommonOptions.templates,
        ],
        action: run)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        let listen = values.option("listen") ?? "127.0.0.1:8080"
        let parts = listen.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let port = UInt16(parts[1]) else {
            throw UsageError("The value '\(listen)' is invalid for '--listen <host:port>', e.g. 127.0.0.1:8080", commandPath: values.commandPath)
        }
        let host = String(parts[0])
        let demo = values.flag("demo")
        let path = demo ? try DemoCommand.prepareForServing(values, context) : context.databasePath(values)
        // Opened once first: a missing or foreign file is refused now, an older one upgraded now.
        let database = try StoreAccess.open(at: path) { [stderr = context.stderr] in stderr.write($0) }
        let library = try withExtendedLifetime(database) { try context.templates(values, database: database) }
        database.close()
        let demoTargets = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("data/targets.json")
        let targets = values.option("targets").map(context.url) ?? (demo && FileManager.default.fileExists(atPath: demoTargets.path) ? demoTargets : nil)
        if let targets {
            // Read once now: a wrong file is refused at start, not on every dashboard.
            let check = try StoreAccess.open(at: path)
            defer { check.close() }
            _ = try Indicators.evaluate(file: targets, database: check)
        }
        let publicURL = try values.option("public-url").map { typed in
            do throws(InvalidValue) {
                return try PublicURL.validated(typed)
            } catch {
                throw UsageError("The value '\(typed.prefix(200))' is invalid for '--public-url <url>': it \(error.reason)", commandPath: values.commandPath)
            }
        }
        let trustedProxy = try values.option("trusted-proxy").map { address in
            guard WebApp.isIPAddress(address) else {
                throw UsageError("The value '\(address)' is invalid for '--trusted-proxy <address>': an IP address, e.g. 127.0.0.1", commandPath: values.commandPath)
            }
            return address
        }
        if let publicURL {
            // Certificates printed from now on carry this address in their QR codes.
            let store = try StoreAccess.open(at: path)
            defer { store.close() }
            try VerificationAddress.remember(publicURL: publicURL, in: store, context: context.changeContext(values))
        }
        let turn = SerializedWrites.Turn()
        let pool = StorePool(capacity: try values.integer("pool", in: 0...64) ?? 8, fingerprint: { StoreAccess.isServer(path) ? "server" : StorePool.fileIdentity(path) }, retire: { StoreAccess.needsCheckpoint(path) }) {
            try StoreAccess.open(at: path)
        }
        defer { pool.drain() }
        let limits = HTTPLimits()
        let server = try HTTPServer(host: host, port: port, limits: limits)
        // The port is known once bound (port 0 picks one): the app's own address, for the QR code.
        let app = WebApp(
            openStore: { try SerializedWrites(from: pool, turn: turn) }, library: library, secureCookies: values.flag("behind-tls"),
            passwordIterations: demo ? DemoUsers.iterations : context.passwordIterations, publicURL: publicURL,
            listenURL: host == "0.0.0.0" ? nil : "http://\(host):\(server.port)", trustedProxy: trustedProxy, targetsFile: targets,
            log: .standardError)
        if !host.hasPrefix("127.") {
            context.stderr.write(
                "warning: listening on \(host):\(server.port), reachable from the network over plain HTTP; "
                    + "put it behind a TLS reverse proxy (docs/DEPLOYMENT.md)\n")
        }
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let stops = [SIGTERM, SIGINT].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.stop() }
            source.resume()
            return source
        }
        context.print("Serving \(path) at http://\(host):\(server.port)/ — sign in at http://\(host):\(server.port)/login; Ctrl-C stops.")
        server.run(hooks: app.serverHooks(limits)) { request, client in app.handle(request, client: client) }
        stops.forEach { $0.cancel() }
        context.print("Stopped.")
    }
}
