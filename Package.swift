// swift-tools-version: 6.2
import PackageDescription

/// The built-in courses: every JSON file in `Curricula/`, copied into the resource bundle.
/// Listed by name (a test checks the list matches the folder) because SwiftPM caches the
/// manifest and would not notice a new file.
/// The questionnaires (`Curricula/questionnaires/`) go in as their folder.
let builtInCurricula: [Resource] = ["DV-101.json", "JUD-201.json", "MEDIA-301.json"].map { .copy($0) } + [.copy("questionnaires")]

/// The settings every Cadre target is compiled with: Swift 6 language mode plus the
/// upcoming features that make dependencies and existentials explicit.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// libFuzzer targets (see Sources/Fuzz/README.md and Scripts/fuzz.sh). Built with
/// `-sanitize=fuzzer -DFUZZING` libFuzzer supplies `main`; built normally they replay files.
let fuzzTargets: [Target] = [
    .target(name: "FuzzSupport", path: "Sources/Fuzz/FuzzSupport", swiftSettings: strictSettings),
] + ["FuzzCSV", "FuzzTemplate", "FuzzCurriculum", "FuzzParsers", "FuzzHTTP"].map { name in
    .executableTarget(
        name: name, dependencies: ["CadreModel", "CadreStore", "CadreKit", "CadreRender", "CadreWeb", "FuzzSupport"], path: "Sources/Fuzz/\(name)",
        swiftSettings: strictSettings)
}

let package = Package(
    name: "Cadre",
    products: [
        .executable(name: "cadre", targets: ["cadre"]),
        .library(name: "CadreKit", targets: ["CadreModel", "CadreStore", "CadreKit", "CadreRender"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // zlib, to read the sign-up sheets people upload as Excel workbooks (.xlsx).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libpq, PostgreSQL's client library: the ministry's one database for every centre.
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // The built-in curricula, shipped inside the binary's resource bundle so that
        // `cadre course import` works from any folder.
        .target(
            name: "CadreCurricula",
            path: "Curricula",
            exclude: ["README.md"],
            sources: ["CadreCurricula.swift"],
            resources: builtInCurricula,
            swiftSettings: strictSettings
        ),
        // The HTML templates and message catalogs, shipped in the binary's resource bundle;
        // `--templates DIR` points at a customised copy instead.
        .target(
            name: "CadreTemplates",
            path: "Templates",
            exclude: ["README.md"],
            sources: ["CadreTemplates.swift"],
            resources: [.copy("html"), .copy("locales")],
            swiftSettings: strictSettings
        ),
        // Value types and pure helpers every layer shares: no SQL, no files, no printing.
        .target(
            name: "CadreModel",
            swiftSettings: strictSettings
        ),
        // The only target that speaks SQL: the SQLite connection, migrations and one store per
        // table group, returning model values.
        .target(
            name: "CadreStore",
            dependencies: ["CadreModel", "CSQLite"],
            swiftSettings: strictSettings
        ),
        // The PostgreSQL store: the same records and rules as `CadreStore`'s SQLite, on the
        // ministry's server (issue #33). With `CadreStore`, the only target that holds SQL.
        .target(
            name: "CadreStorePostgres",
            dependencies: ["CadreModel", "CadreStore", "CLibPQ"],
            swiftSettings: strictSettings
        ),
        // The domain: registry, scheduling, attendance, assessment, certificates, reporting,
        // imports. It sees storage only through the model's `Store` interface.
        .target(
            name: "CadreKit",
            dependencies: ["CadreModel", "CZlib"],
            swiftSettings: strictSettings
        ),
        // Pages: the template engine, the printed pages (sign-in sheets, certificates,
        // timetables, registers, reports), the static site and QR codes.
        .target(
            name: "CadreRender",
            dependencies: ["CadreModel", "CadreKit"],
            swiftSettings: strictSettings
        ),
        // The web application (`cadre serve`): HTTP/1.1 on POSIX sockets, written here, and the
        // routes, on the same domain and templates as the CLI; it sees storage only as `Store`.
        .target(
            name: "CadreWeb",
            dependencies: ["CadreModel", "CadreKit", "CadreRender"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CadreCLI",
            dependencies: [
                "CadreModel", "CadreStore", "CadreStorePostgres", "CadreKit", "CadreRender", "CadreWeb", "CadreCurricula", "CadreTemplates",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cadre",
            dependencies: ["CadreCLI"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CadreKitTests",
            // CSQLite too: some tests make databases "by another program" with the raw C API.
            dependencies: ["CadreModel", "CadreStore", "CadreStorePostgres", "CadreKit", "CadreRender", "CadreCurricula", "CadreTemplates", "CSQLite"],
            exclude: ["QR/reference-matrices.json", "Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CadreCLITests",
            // CSQLite too: a database of an earlier release is made from its SQL with the C API.
            dependencies: ["CadreCLI", "CadreModel", "CadreStore", "CadreStorePostgres", "CadreKit", "CadreRender", "CadreWeb", "cadre", "CSQLite"],
            exclude: ["Golden", "Hostile"],
            swiftSettings: strictSettings
        ),
    ] + fuzzTargets,
    swiftLanguageModes: [.v6]
)
