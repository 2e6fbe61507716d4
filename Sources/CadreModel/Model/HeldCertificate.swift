/// A certificate read together with whom it was issued to and for which event: what the
/// register, verification and printing show, read in one query however many there are.
public struct HeldCertificate: Sendable {
    public let certificate: Certificate
    /// Nil once the person is erased.
    public let holderName: String?
    public let traineeRef: String
    public let eventCode: String
    /// The holder's recorded sex, for the words of languages that agree with it
    /// ("завершил" / "завершила"); nil when not recorded or erased.
    public let holderSex: Sex?

    public init(certificate: Certificate, holderName: String?, traineeRef: String, eventCode: String, holderSex: Sex? = nil) {
        self.certificate = certificate
        self.holderName = holderName
        self.traineeRef = traineeRef
        self.eventCode = eventCode
        self.holderSex = holderSex
    }
}
