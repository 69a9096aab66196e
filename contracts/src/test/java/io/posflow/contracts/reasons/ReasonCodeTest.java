package io.posflow.contracts.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonCodeTest {

    /** architecture §3's catalogue, verbatim. */
    private static final List<String> DESIGN_CATALOGUE = List.of(
            "MATERIAL_MISSING", "DOCUMENT_NOT_FOUND", "MERCHANT_NAME_NO_CITY", "MERCHANT_NAME_TOO_SHORT",
            "MERCHANT_NAME_COMPANY_SUFFIX", "ID_NUMBER_INVALID", "AGE_OUT_OF_RANGE", "ID_EXPIRING",
            "CARD_NUMBER_INVALID", "CARD_NOT_DEBIT", "NAME_MISMATCH", "PHONE_NOT_RESERVED", "BANK_ELEMENTS_MISMATCH",
            "FACE_NOT_PASSED", "USCC_INVALID", "LICENCE_EXPIRED", "MATERIAL_BLURRY", "SCENE_PROOF_INSUFFICIENT",
            "AGREEMENT_NAME_MISMATCH", "APPLICATION_LIMIT_REACHED", "BLACKLISTED", "ACCOUNT_NOT_VERIFIED",
            "SERIAL_INVALID", "SERIAL_UNKNOWN", "SERIAL_DUPLICATE", "MODEL_MISMATCH", "ACTIVATION_CODE_WRONG",
            "ACTIVATION_CODE_EXPIRED", "TERMINAL_LOCKED", "TERMINAL_NOT_ACTIVE", "IDEMPOTENCY_CONFLICT",
            "SENSITIVE_CARD_DATA", "DEPOSIT_CARD_NOT_CREDIT", "DEPOSIT_AMOUNT_WRONG", "LIMIT_PER_TRANSACTION",
            "LIMIT_PER_DAY", "SWITCH_TIMEOUT", "VOID_NOT_ALLOWED", "REFUND_EXCEEDS_ORIGINAL");

    @Test
    void theCatalogueIsExactlyTheDesigns() {
        assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(DESIGN_CATALOGUE);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void everyCodeHasAnEnglishSentenceAsDefaultMessage(ReasonCode code) {
        assertThat(code.defaultMessage()).isNotBlank().matches("[A-Z].*\\.");
    }

    @Test
    void aReasonOfACodeCarriesItsDefaultMessage() {
        assertThat(Reason.of(ReasonCode.CARD_NOT_DEBIT))
                .isEqualTo(new Reason(ReasonCode.CARD_NOT_DEBIT, "The settlement card must be a debit card."));
    }

    @Test
    void aFieldErrorOfACodeUsesItsNameAndMessage() {
        assertThat(FieldError.of("applicant.idNumber", ReasonCode.ID_NUMBER_INVALID))
                .isEqualTo(new FieldError("applicant.idNumber", "ID_NUMBER_INVALID",
                        ReasonCode.ID_NUMBER_INVALID.defaultMessage()));
    }
}
