/// A horizontal bar chart as inline SVG: no scripts, no images, text escaped — the numbers
/// are printed beside the bars, so the chart and the table can be checked against each other.
/// With `series`, each bar is split into its parts (women and men, say), with a legend.
public enum BarChart {
    static let colours = ["#2d5a88", "#d9822b", "#6f9a3a", "#8e5ea2", "#8a8a8a"]

    public static func svg(_ items: [(label: String, value: Int, display: String)], title: String) -> String {
        svg(items.map { ($0.label, $0.value, $0.display, []) }, series: [], title: title)
    }

    public static func svg(_ items: [(label: String, value: Int, display: String, parts: [Int])], series: [String], title: String) -> String {
        let lineHeight = 13
        // Wide enough for the longest label (DejaVu Sans at 11 px: about 7 px a letter) up to
        // 420 px; a longer label ("Məişət zorakılığı işlərində beynəlxalq standartlar, …") wraps
        // onto more lines instead of running off the page's edge.
        let longest = items.map(\.label.count).max() ?? 0
        let labelWidth = max(230, min(420, 7 * longest + 12))
        let labelLines = items.map { wrapped($0.label, letters: (labelWidth - 12) / 7) }
        let barWidth = 360
        // The legend: one series a line, beside the bars, so a course's long title is never cut.
        let legendHeight = series.isEmpty ? 0 : 16 * series.count + 4
        let rowHeights = labelLines.map { $0.count * lineHeight + 5 }
        let height = legendHeight + rowHeights.reduce(0, +) + 10
        let lengths = items.map { series.isEmpty ? $0.value : $0.parts.reduce(0, +) }
        let maximum = max(lengths.max() ?? 0, 1)
        var body = ""
        // Above the bars when the names fit there; from the left edge when one is too long.
        let legendX = labelWidth + 14 + 7 * (series.map(\.count).max() ?? 0) > labelWidth + barWidth + 50 ? 0 : labelWidth
        for (index, name) in series.enumerated() {
            let top = 4 + 16 * index
            body += "<rect x=\"\(legendX)\" y=\"\(top)\" width=\"10\" height=\"10\" fill=\"\(colours[index % colours.count])\"/>"
            body += "<text x=\"\(legendX + 14)\" y=\"\(top + 9)\" font-size=\"11\">\(HTML.escape(name))</text>"
        }
        var y = legendHeight + 5
        for (index, item) in items.enumerated() {
            let lines = labelLines[index]
            let spans = lines.enumerated().map { number, line in
                "<tspan x=\"\(labelWidth - 6)\" dy=\"\(number == 0 ? 0 : lineHeight)\">\(HTML.escape(line))</tspan>"
            }
            body += "<text y=\"\(y + 13)\" text-anchor=\"end\" font-size=\"11\">\(spans.joined())</text>"
            // The bar stands beside the label's last line, where the eye ends reading it.
            let barY = y + (lines.count - 1) * lineHeight
            var start = labelWidth
            for (part, value) in (series.isEmpty ? [item.value] : item.parts).enumerated() {
                let width = value * barWidth / maximum
                body += "<rect x=\"\(start)\" y=\"\(barY + 2)\" width=\"\(width)\" height=\"13\" fill=\"\(colours[part % colours.count])\"/>"
                start += width
            }
            body += "<text x=\"\(start + 4)\" y=\"\(barY + 13)\" font-size=\"11\" class=\"value\">\(HTML.escape(item.display))</text>"
            y += rowHeights[index]
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(height)\" role=\"img\" aria-label=\"\(HTML.escape(title))\" font-family=\"DejaVu Sans, sans-serif\">\(body)</svg>"
    }

    /// `label` broken at spaces into lines of at most `letters` letters; a single longer word
    /// stays whole on its own line.
    static func wrapped(_ label: String, letters: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in label.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= letters {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
