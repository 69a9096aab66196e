package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.KycCheck;
import io.posflow.kyc.domain.kyccase.SealedField;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * K4 for a personal settlement card (PERSONAL, INDIVIDUAL_BUSINESS): the registered phone must be the phone
 * reserved at the bank, and the bank must confirm holder name, ID number, card number and reserved phone.
 * An ENTERPRISE corporate account is verified by micro-deposit instead (K10), so it is skipped here. Both
 * failures are fixable (the application is RETURNED); an inconclusive answer refers the case (O7). Missing
 * fields are {@code WellFormedApplicationCheck}'s finding, not this one's.
 */
public final class BankCardElementCheck implements KycCheck {

    private static final SealedField[] NEEDED = {SealedField.ACCOUNT_HOLDER_NAME, SealedField.APPLICANT_ID_NUMBER,
            SealedField.ACCOUNT_NUMBER, SealedField.RESERVED_PHONE, SealedField.APPLICANT_PHONE};

    private final BankCardElementVerifier bank;
    private final SealedValueCodec sealing;

    public BankCardElementCheck(BankCardElementVerifier bank, SealedValueCodec sealing) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
    }

    @Override
    public List<Finding> check(ApplicationDossier dossier) {
        if (dossier.applicantType() == ApplicantType.ENTERPRISE || dossier.accountType() != AccountType.PERSONAL_CARD
                || !dossier.carriesAll(NEEDED)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String reservedPhone = unseal(dossier, SealedField.RESERVED_PHONE);
        if (!unseal(dossier, SealedField.APPLICANT_PHONE).equals(reservedPhone)) {
            findings.add(Finding.fail(ReasonCode.PHONE_NOT_RESERVED, "The registered phone "
                    + SealedField.APPLICANT_PHONE.path() + " is not the phone reserved at the bank ("
                    + SealedField.RESERVED_PHONE.path() + ")."));
        }
        BankCardElementAnswer answer = bank.verify(new BankCardElements(unseal(dossier, SealedField.ACCOUNT_HOLDER_NAME),
                unseal(dossier, SealedField.APPLICANT_ID_NUMBER), unseal(dossier, SealedField.ACCOUNT_NUMBER),
                reservedPhone));
        switch (answer) {
            case MATCH -> {
            }
            case MISMATCH -> findings.add(Finding.fail(ReasonCode.BANK_ELEMENTS_MISMATCH,
                    "The bank did not confirm the settlement card's holder name, ID number, card number and"
                            + " reserved phone."));
            case INCONCLUSIVE -> findings.add(Finding.refer(ReasonCode.BANK_ELEMENTS_MISMATCH,
                    "The bank-card element check was inconclusive."));
        }
        return findings;
    }

    private String unseal(ApplicationDossier dossier, SealedField field) {
        return sealing.unseal(dossier.sealed(field)).trim();
    }
}
