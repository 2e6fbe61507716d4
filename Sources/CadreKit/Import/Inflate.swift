import CZlib
import Foundation

/// DEFLATE decompression (RFC 1951) through the system's zlib: the compression inside Excel
/// workbooks. Bounded: the output may not exceed `limit` bytes, so a small malicious file
/// cannot expand into gigabytes.
enum Inflate {
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// The raw DEFLATE stream `input` (no zlib or gzip header), expanded.
    static func raw(_ input: ArraySlice<UInt8>, expectedSize: Int, limit: Int) throws(Failure) -> [UInt8] {
        guard expectedSize <= limit else { throw Failure(reason: "a part would expand to more than \(limit / (1024 * 1024)) MiB") }
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Failure(reason: "zlib did not start") }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(expectedSize, 1))
        var input = Array(input)
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        // The ZIP directory states the size; a stream that does not end there is not that part.
        guard status == Z_STREAM_END, Int(stream.total_out) == expectedSize else {
            throw Failure(reason: status == Z_BUF_ERROR ? "a part is larger than the workbook says" : "a compressed part is damaged")
        }
        return expectedSize == 0 ? [] : output
    }
}
