package io.posflow.contracts.partnerbank;

/** Kafka headers a partner bank adds to every message on {@code partner-bank.applications.v1}. */
public final class PartnerBankHeaders {

    /** Base64 DER ECDSA P-256 / SHA-256 signature over the record value bytes. */
    public static final String SIGNATURE = "x-partner-signature";
    /** The id of the bank's registered public key that verifies {@link #SIGNATURE}. */
    public static final String KEY_ID = "x-partner-key-id";

    private PartnerBankHeaders() {
    }
}
