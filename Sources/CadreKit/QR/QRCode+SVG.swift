/// The QR code as an inline SVG, so certificates need no image files and no network.
extension QRCode {
    /// One path of unit squares on a `size + 8` grid (a quiet zone of 4 modules on every side),
    /// scaled by the caller's CSS. Deterministic: the same code gives the same text.
    public func svg(title: String) -> String {
        let extent = size + 8
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard modules[row][column] else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < size && modules[row][column + run] { run += 1 }
                path += "M\(column + 4) \(row + 4)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(extent) \(extent)" shape-rendering="crispEdges" role="img" aria-label="\(HTML.escape(title))">\
            <rect width="\(extent)" height="\(extent)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
