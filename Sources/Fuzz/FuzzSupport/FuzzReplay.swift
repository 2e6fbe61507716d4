import Foundation

/// Runs a fuzz target's entry point once per file named on the command line (or every file in
/// a named folder): the build without libFuzzer, for replaying crashes and corpora.
public enum FuzzReplay {
    public static func run(_ target: (UnsafePointer<UInt8>, Int) -> CInt) {
        var files: [String] = []
        for argument in CommandLine.arguments.dropFirst() {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: argument) {
                files += names.sorted().map { argument + "/" + $0 }
            } else {
                files.append(argument)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                exit(66)
            }
            // A non-null pointer even for an empty file, as libFuzzer gives.
            let bytes = [UInt8](data) + [0]
            _ = bytes.withUnsafeBufferPointer { target($0.baseAddress!, data.count) }
        }
        print("replayed \(files.count) inputs")
    }
}
