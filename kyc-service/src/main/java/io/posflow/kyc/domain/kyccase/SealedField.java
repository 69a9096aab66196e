package io.posflow.kyc.domain.kyccase;

/** The personal data an application carries sealed (architecture §4), by their dotted path in the application. */
public enum SealedField {
    APPLICANT_NAME("applicant.name"),
    APPLICANT_ID_NUMBER("applicant.idNumber"),
    APPLICANT_PHONE("applicant.phone"),
    ACCOUNT_HOLDER_NAME("settlementAccount.holderName"),
    ACCOUNT_NUMBER("settlementAccount.cardNumber"),
    RESERVED_PHONE("settlementAccount.reservedPhone"),
    LEGAL_REPRESENTATIVE("businessLicence.legalRepresentative"),
    AGREEMENT_SIGNED_NAME("agreement.signedName");

    private final String path;

    SealedField(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
