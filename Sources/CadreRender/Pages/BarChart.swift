/// A horizontal bar chart as inline SVG: no scripts, no images, text escaped — the numbers
/// are printed beside the bars, so the chart and the table can be checked against each other.
public enum BarChart {
    public static func svg(_ items: [(label: String, value: Int, display: String)], title: String) -> String {
        let rowHeight = 18
        let labelWidth = 230
        let barWidth = 360
        let height = items.count * rowHeight + 10
        let maximum = max(items.map(\.value).max() ?? 0, 1)
        var body = ""
        for (index, item) in items.enumerated() {
            let y = 5 + index * rowHeight
            let width = item.value * barWidth / maximum
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\" font-size=\"11\">\(HTML.escape(item.label))</text>"
            body += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 5)\" fill=\"#2d5a88\"/>"
            body += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 13)\" font-size=\"11\" class=\"value\">\(HTML.escape(item.display))</text>"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(height)\" role=\"img\" aria-label=\"\(HTML.escape(title))\" font-family=\"DejaVu Sans, sans-serif\">\(body)</svg>"
    }
}
