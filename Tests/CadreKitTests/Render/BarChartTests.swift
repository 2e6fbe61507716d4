@testable import CadreRender
import Testing

@Suite("The bar chart")
struct BarChartTests {
    @Test("a label longer than the label column wraps at spaces instead of running off the page")
    func longLabelsWrap() {
        let label = "Nazirlik (proqram) · Məişət zorakılığı işlərində beynəlxalq standartlar, mühafizə orderləri və zərərçəkənyönümlü məhkəmə icraatı (JUD-201)"
        let lines = BarChart.wrapped(label, letters: 58)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 58 })
        #expect(lines.joined(separator: " ") == label, "no word lost or cut")
        let svg = BarChart.svg([(label, 93, "93", []), ("Saatlı", 468, "468", [])], series: [], title: "Keçirilmiş təlimlər")
        #expect(svg.components(separatedBy: "<tspan").count - 1 == 4, "three lines for the long label, one for the short")
        #expect(svg.contains("viewBox=\"0 0 830 "), "the label column stays 420 px wide")
        #expect(BarChart.wrapped("Zərərçəkənyönümlülük", letters: 5) == ["Zərərçəkənyönümlülük"], "a word longer than a line stays whole")
    }

    @Test("the legend gives each series a line of its own, moved to the left edge when a name would run past the chart")
    func legend() {
        let long = "International standards, protection orders and victim-centred hearings in domestic violence cases (JUD-201)"
        let svg = BarChart.svg([("Saatlı", 21, "21", [21, 0])], series: ["Preventing domestic violence (DV-101)", long], title: "t")
        #expect(svg.contains("<rect x=\"0\" y=\"4\" width=\"10\"") && svg.contains("<rect x=\"0\" y=\"20\" width=\"10\""), "one line each, from the left")
        let short = BarChart.svg([("Saatlı", 21, "21", [11, 10])], series: ["Women", "Men"], title: "t")
        #expect(short.contains("<rect x=\"230\" y=\"4\"") && short.contains("<rect x=\"230\" y=\"20\""), "short names stand above the bars")
    }
}
