package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.SealedField;

import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * K10 for a corporate account (对公, ENTERPRISE applications and account changes): a random micro-deposit of
 * 1–99 fen through the bank payout port, which the merchant then states on onboarding-service. The payout id
 * is the case id, so a retried decision never pays twice; a payout without answer throws and the decision is
 * retried (no false rejection).
 */
public final class MicroDepositVerification {

    private final MicroDepositPayouts bank;
    private final SealedValueCodec sealing;
    private final IntSupplier amountsFen;

    /** @param amountsFen the random amount of each new micro-deposit, 1 to 99 fen */
    public MicroDepositVerification(MicroDepositPayouts bank, SealedValueCodec sealing, IntSupplier amountsFen) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.amountsFen = Objects.requireNonNull(amountsFen, "amountsFen");
    }

    public boolean needed(ApplicationDossier dossier) {
        return dossier.accountType() == AccountType.CORPORATE
                && dossier.carriesAll(SealedField.ACCOUNT_HOLDER_NAME, SealedField.ACCOUNT_NUMBER);
    }

    /** @return the amount paid to the case's account (the first payment's, when the case paid one before) */
    public long send(KycCaseId caseId, ApplicationDossier dossier) {
        return bank.pay(new MicroDepositOrder(caseId.value(),
                sealing.unseal(dossier.sealed(SealedField.ACCOUNT_HOLDER_NAME)).trim(),
                sealing.unseal(dossier.sealed(SealedField.ACCOUNT_NUMBER)).trim(), amountsFen.getAsInt()));
    }
}
