import CadreKit
import CadreRender
import FuzzSupport

/// Parses the bytes as a template and renders it with data holding HTML-special characters and
/// partials that resolve to the template itself (so recursion limits are exercised).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let template = try? Template(name: "fuzz.html", source: source) else { return 0 }
    let context: TemplateValue = [
        "name": "<script>&\"'</script>", "empty": "", "flag": true,
        "items": [["name": "a"], ["name": "<b>"]], "nested": ["name": "x", "items": [1, 2]],
    ]
    _ = try? template.render(context, partials: { _ in template })
    return 0
}

#if !FUZZING
@main
enum Replay {
    static func main() { FuzzReplay.run(fuzzTemplate) }
}
#endif
