package io.posflow.contracts.reasons;

/**
 * The one catalogue of reason codes (architecture §3): used in 422 errors, in RETURNED, MANUAL_REVIEW and
 * REJECTED reasons, in declined transactions and in events. The names are the wire values.
 */
public enum ReasonCode {

    // Onboarding and KYC
    MATERIAL_MISSING("A required material is missing."),
    DOCUMENT_NOT_FOUND("The referenced document does not exist."),
    MERCHANT_NAME_NO_CITY("The merchant name must contain a prefecture-level city or municipality name."),
    MERCHANT_NAME_TOO_SHORT("The merchant name must have at least 7 characters."),
    MERCHANT_NAME_COMPANY_SUFFIX("A personal merchant's name may not contain a company suffix."),
    ID_NUMBER_INVALID("The ID number is not a valid resident identity card number."),
    AGE_OUT_OF_RANGE("The applicant must be between 18 and 65 years old."),
    ID_EXPIRING("The ID document must be valid for at least 3 more months."),
    CARD_NUMBER_INVALID("The card number is not valid."),
    CARD_NOT_DEBIT("The settlement card must be a debit card."),
    NAME_MISMATCH("The name does not match the name on the ID document."),
    PHONE_NOT_RESERVED("The phone number is not the one reserved at the bank."),
    BANK_ELEMENTS_MISMATCH("The bank card elements (name, ID number, card number, phone) do not match."),
    FACE_NOT_PASSED("The face check did not pass."),
    USCC_INVALID("The unified social credit code is not valid."),
    LICENCE_EXPIRED("The business licence has expired."),
    MATERIAL_BLURRY("A material is blurry, has glare or is cropped."),
    SCENE_PROOF_INSUFFICIENT("The scene photos do not prove a real business."),
    AGREEMENT_NAME_MISMATCH("The agreement must be signed with the applicant's ID name."),
    APPLICATION_LIMIT_REACHED("This ID number has reached its limit of applications or merchants."),
    BLACKLISTED("The applicant cannot be accepted."),
    ACCOUNT_NOT_VERIFIED("The settlement account could not be verified."),

    // Terminals and capture
    SERIAL_INVALID("The serial number must be 10 to 20 characters of A-Z and 0-9."),
    SERIAL_UNKNOWN("The terminal is unknown."),
    SERIAL_DUPLICATE("The terminal is already registered."),
    MODEL_MISMATCH("The terminal is not of the required model."),
    ACTIVATION_CODE_WRONG("The activation code is wrong."),
    ACTIVATION_CODE_EXPIRED("The activation code has expired."),
    TERMINAL_LOCKED("The terminal is locked."),
    TERMINAL_NOT_ACTIVE("The terminal is not active."),
    IDEMPOTENCY_CONFLICT("The transaction id was already used with a different request."),
    SENSITIVE_CARD_DATA("The request carries card data that must never be sent (CVV, PIN or track data)."),
    DEPOSIT_CARD_NOT_CREDIT("The deposit must be paid with a credit card."),
    DEPOSIT_AMOUNT_WRONG("The amount is not the terminal model's deposit."),
    LIMIT_PER_TRANSACTION("The amount exceeds the per-transaction limit."),
    LIMIT_PER_DAY("The amount exceeds the terminal's daily limit."),
    SWITCH_TIMEOUT("The card switch did not answer in time; the transaction was reversed."),
    VOID_NOT_ALLOWED("The transaction cannot be voided."),
    REFUND_EXCEEDS_ORIGINAL("The refunds would exceed the original amount.");

    private final String defaultMessage;

    ReasonCode(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    /** An English message for ops and developers; clients translate by code. */
    public String defaultMessage() {
        return defaultMessage;
    }

    /** This code with its default message. */
    public Reason reason() {
        return new Reason(this, defaultMessage);
    }
}
