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
}
