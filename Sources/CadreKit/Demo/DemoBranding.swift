/// The demo's branding: placeholders in the places a real ministry, centre and donor put their
/// logos, and two invented signatories, so the demo's certificates show every slot. Each logo
/// says what it stands for; none imitates a real emblem.
public enum DemoBranding {
    /// (file name, SVG) for the ministry's, the Saatlı centre's and the donor's placeholders.
    public static let logos: [(file: String, svg: String)] = [
        ("ministry-logo.svg", placeholder(lines: ["NAZİRLİYİN", "LOQOSU"], colour: "#2d5a88", round: true)),
        ("centre-logo.svg", placeholder(lines: ["MƏRKƏZİN", "LOQOSU"], colour: "#2e7d5b", round: true)),
        ("donor-logo.svg", placeholder(lines: ["DONORUN EMBLEMİ", "maliyyələşdirir"], colour: "#6b4c9a", round: false)),
    ]

    /// "Name|az title|en title|ru title", as `branding set --signatory` takes them: everyone's
    /// (the programme's, who sign for events without a centre), and each centre's own.
    public static let signatories = ["Nərmin Əsgərova|Proqramın rəhbəri|Programme Director|Руководитель программы"]
    public static let centreSignatories = [
        "SAATLI": ["Leyla Məmmədova|Mərkəzin direktoru|Director of the Centre|Директор центра", "Samir Quliyev|Layihə koordinatoru|Project Coordinator|Координатор проекта"],
        "SHUVALAN": ["Aytən Hüseynova|Mərkəzin direktoru|Director of the Centre|Директор центра"],
    ]

    /// Who issues the certificates of the events the ministry's programme runs itself, and the
    /// programme every report names, as "az|en|ru" (an invented name, as everything in the demo).
    public static let organiser = "Məişət zorakılığının qarşısının alınması üzrə Dövlət Proqramı|State Programme for the Prevention of Domestic Violence|"
        + "Государственная программа по предотвращению бытового насилия"
    public static let programme = organiser

    private static func placeholder(lines: [String], colour: String, round: Bool) -> String {
        let (width, height) = round ? (160, 64) : (230, 60)
        let shape = round
            ? "<circle cx=\"32\" cy=\"32\" r=\"29\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"3\"/><circle cx=\"32\" cy=\"32\" r=\"12\" fill=\"\(colour)\"/>"
            : "<rect x=\"2\" y=\"2\" width=\"56\" height=\"56\" rx=\"6\" fill=\"\(colour)\"/><path d=\"M14 30h32M30 14v32\" stroke=\"#fff\" stroke-width=\"5\"/>"
        let text = lines.enumerated().map { index, line in
            "<text x=\"\(round ? 68 : 66)\" y=\"\(index == 0 ? 28 : 46)\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"\(index == 0 ? 12 : 10)\" "
                + "font-weight=\"\(index == 0 ? "bold" : "normal")\" fill=\"\(colour)\">\(line)</text>"
        }.joined()
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">\(shape)\(text)</svg>\n"
    }
}
