/// The QR code as an inline SVG, so certificates need no image files and no network.
extension QRCode {
    /// One path of unit squares on a `size + 8` grid (a quiet zone of 4 modules on every side),
    /// scaled by the caller's CSS. Deterministic: the same code gives the same text.
    public func svg(title: String) -> String {
        let extent = size + 8
        // Built as bytes: string interpolation per run was a seventh of printing certificates.
        var drawing: [UInt8] = []
        drawing.reserveCapacity(size * size * 2)
        func number(_ value: Int) {
            if value < 10 {
                drawing.append(UInt8(ascii: "0") + UInt8(value))
            } else if value < 100 {
                drawing.append(UInt8(ascii: "0") + UInt8(value / 10))
                drawing.append(UInt8(ascii: "0") + UInt8(value % 10))
            } else {
                drawing += String(value).utf8
            }
        }
        for (row, word) in darkRows.enumerated() {
            // Each run of dark modules is one rectangle: from its first set bit to the next clear one.
            var rest = word
            while rest != 0 {
                let column = rest.trailingZeroBitCount
                let run = (~(rest >> column)).trailingZeroBitCount
                drawing.append(UInt8(ascii: "M"))
                number(column + 4)
                drawing.append(UInt8(ascii: " "))
                number(row + 4)
                drawing.append(UInt8(ascii: "h"))
                number(run)
                drawing += "v1h-".utf8
                number(run)
                drawing.append(UInt8(ascii: "z"))
                rest &= ~(((1 << run) - 1) << column)
            }
        }
        let path = String(decoding: drawing, as: UTF8.self)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(extent) \(extent)" shape-rendering="crispEdges" role="img" aria-label="\(HTML.escape(title))">\
            <rect width="\(extent)" height="\(extent)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
