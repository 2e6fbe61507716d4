public import Foundation

/// Logos and signatories. The ministry's and the donor's logos are the same for every centre;
/// a centre has its own logo; signatories are a centre's own, else everyone's.
public protocol BrandingStorage {
    /// Replaces (or, with nil, removes) the logo in `slot`; `centreID` names the centre for
    /// ``Branding/Slot/centre`` and must be nil for the others.
    func setImage(_ image: BrandingImage?, slot: Branding.Slot, centreID: UUID?, at date: Date) throws
    /// Replaces the signatories of a centre (or, with nil, everyone's) with `signatories`.
    func setSignatories(_ signatories: [Branding.Signatory], centreID: UUID?, at date: Date) throws
    /// What a certificate of `centreID`'s (or of no centre) prints.
    func branding(centreID: UUID?) throws -> Branding
    /// The centres that have a logo or signatories of their own.
    func centresWithBranding() throws -> [UUID]
}
