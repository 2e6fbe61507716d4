import CadreKit
import CadreModel
import FuzzSupport

/// Parses the bytes as JSON and decodes them as a curriculum.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCurriculum(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSONParser.parse(bytes)
    _ = try? CurriculumDecoder.decode(bytes, file: "fuzz.json", knownProfessions: ["judge", "police", "social-worker", "journalist"])
    return 0
}

#if !FUZZING
@main
enum Replay {
    static func main() { FuzzReplay.run(fuzzCurriculum) }
}
#endif
