/// What `trainee list` filters on.
public struct TraineeFilter: Sendable {
    public var professionCode: String?
    public var regionCode: String?
    public var sex: Sex?
    /// Text contained in the name, a reference, the e-mail or the phone (folded).
    public var search: String?
    public var limit: Int?

    public init(professionCode: String? = nil, regionCode: String? = nil, sex: Sex? = nil, search: String? = nil, limit: Int? = nil) {
        self.professionCode = professionCode
        self.regionCode = regionCode
        self.sex = sex
        self.search = search
        self.limit = limit
    }
}
