package io.posflow.contracts;

import io.posflow.contracts.deposit.DepositForfeited;
import io.posflow.contracts.deposit.DepositHeld;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.deposit.DepositRefunded;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.Agent;
import io.posflow.contracts.onboarding.Agreement;
import io.posflow.contracts.onboarding.Applicant;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.ApplicationApproved;
import io.posflow.contracts.onboarding.ApplicationInManualReview;
import io.posflow.contracts.onboarding.ApplicationRejected;
import io.posflow.contracts.onboarding.ApplicationResubmitted;
import io.posflow.contracts.onboarding.ApplicationReturned;
import io.posflow.contracts.onboarding.ApplicationStatus;
import io.posflow.contracts.onboarding.ApplicationSubmitted;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.BusinessLicence;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChangeRequested;
import io.posflow.contracts.onboarding.SettlementAccountChanged;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.partnerbank.ApplicationReceived;
import io.posflow.contracts.partnerbank.ApplicationRefused;
import io.posflow.contracts.partnerbank.ApplicationStatusChanged;
import io.posflow.contracts.partnerbank.PartnerBankApplication;
import io.posflow.contracts.partnerbank.PartnerBankApplicationSubmitted;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.reasons.FieldError;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.settlement.CashOutRiskFlagged;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.settlement.ServiceFeeCharged;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.ActivationCodeIssued;
import io.posflow.contracts.terminal.CardSummary;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TerminalActivated;
import io.posflow.contracts.terminal.TerminalAwaitingDeposit;
import io.posflow.contracts.terminal.TerminalBound;
import io.posflow.contracts.terminal.TerminalDeregistered;
import io.posflow.contracts.terminal.TerminalLocked;
import io.posflow.contracts.terminal.TerminalRegistered;
import io.posflow.contracts.terminal.TerminalReplaced;
import io.posflow.contracts.terminal.TerminalUnlocked;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionDeclined;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.TransactionVoided;
import io.posflow.contracts.terminal.Wallet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Realistic instances of every integration event, for tests that don't care about the details. The values
 * are the simulators' documented test values where there are some (BIN 622202 debit, 625807 credit).
 */
public final class SampleEvents {

    public static final String KEY_ID = "test-2026-11";
    public static final String APPLICATION_ID = "0b6e2f36-1c1f-4c57-9d1b-8a4c2b9d7e11";
    public static final String MERCHANT_NO = "822110054110001";
    public static final String SERIAL = "LKLE100000000001";
    public static final String NEW_SERIAL = "LKLE100000000002";
    public static final String ID_NUMBER = "110105199003071239";
    public static final String APPLICANT_NAME = "王小明";
    public static final String PHONE = "13800138000";
    public static final String DEBIT_CARD = "6222020200112345679";
    public static final String BANK_CODE = "ICBC";
    public static final String BANK_REFERENCE = "ICBC-20261122-000123";
    public static final Instant NOW = Instant.parse("2026-11-22T02:15:30Z");
    public static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-11-22");

    private static final SealedValueCodec CODEC = new SealedValueCodec(Map.of(KEY_ID, anyKey((byte) 7)), KEY_ID);

    private SampleEvents() {
    }

    /** One instance of every catalogue event. */
    public static List<IntegrationEvent> all() {
        return List.of(
                anyPartnerBankApplicationSubmitted(), anyApplicationReceived(), anyApplicationRefused(),
                anyApplicationStatusChanged(),
                anyApplicationSubmitted(), anyApplicationResubmitted(), anyApplicationReturned(),
                anyApplicationInManualReview(), anyApplicationApproved(), anyApplicationRejected(),
                anyMicroDepositAnswered(), anyMerchantOnboarded(), anySettlementAccountChangeRequested(),
                anySettlementAccountChanged(),
                anyKycPassed(), anyKycFailed(), anyKycNeedsReview(),
                anyTerminalRegistered(), anyTerminalBound(), anyActivationCodeIssued(), anyTerminalAwaitingDeposit(),
                anyTerminalActivated(), anyTerminalLocked(), anyTerminalUnlocked(), anyTerminalReplaced(),
                anyTerminalDeregistered(),
                anyTransactionCaptured(), anyTransactionDeclined(), anyTransactionVoided(),
                anyDepositCollected(), anyTransactionSettled(), anyCashOutRiskFlagged(), anyServiceFeeCharged(),
                anySettlementDayClosed(), anyPayoutCompleted(), anyPayoutFailed(),
                anyDepositHeld(), anyDepositRefundTriggered(), anyDepositRefunded(), anyDepositForfeited());
    }

    public static SealedValueCodec codec() {
        return CODEC;
    }

    public static byte[] anyKey(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }

    public static SealedValue sealed(String clear, Mask mask) {
        return CODEC.seal(clear, mask);
    }

    // Shapes

    public static BusinessAddress anyBusinessAddress() {
        return new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号");
    }

    public static Applicant anyApplicant() {
        return new Applicant(sealed(APPLICANT_NAME, Mask.NAME), sealed(ID_NUMBER, Mask.ID_NUMBER),
                LocalDate.parse("2035-05-01"), sealed(PHONE, Mask.PHONE));
    }

    public static SettlementAccount anySettlementAccount() {
        return new SettlementAccount(AccountType.PERSONAL_CARD, sealed(APPLICANT_NAME, Mask.NAME),
                sealed(DEBIT_CARD, Mask.CARD_NUMBER), "中国工商银行", "中国工商银行北京朝阳支行", sealed(PHONE, Mask.PHONE));
    }

    public static Material anyMaterial(MaterialKind kind) {
        return new Material(kind, "doc-" + kind.name().toLowerCase(), sha256Of(kind.name()), "image/jpeg",
                kind.name().toLowerCase() + ".jpg");
    }

    public static List<Material> anyPersonalMaterials() {
        return List.of(anyMaterial(MaterialKind.ID_FRONT), anyMaterial(MaterialKind.ID_BACK),
                anyMaterial(MaterialKind.FACE_LIVENESS), anyMaterial(MaterialKind.BANK_CARD),
                anyMaterial(MaterialKind.SCENE_PHOTO));
    }

    public static Agreement anyAgreement() {
        return new Agreement(sealed(APPLICANT_NAME, Mask.NAME));
    }

    public static BusinessLicence anyBusinessLicence() {
        return new BusinessLicence("91110105MA01ABCD13", LocalDate.parse("2040-12-31"), sealed(APPLICANT_NAME, Mask.NAME));
    }

    public static Reason anyReason() {
        return Reason.of(ReasonCode.MATERIAL_BLURRY);
    }

    // onboarding.applications.v1

    /** An INDIVIDUAL_BUSINESS applying through an agent: exercises the licence and agent parts. */
    public static ApplicationSubmitted anyApplicationSubmitted() {
        return new ApplicationSubmitted(APPLICATION_ID, 1, Channel.AGENT, ApplicantType.INDIVIDUAL_BUSINESS,
                "北京市朝阳区老王便利店", "5411", anyBusinessAddress(), DeviceModel.ESIGN, SettlementSpeed.T1, SERIAL,
                anyApplicant(), anySettlementAccount(), anyBusinessLicence(), anyPersonalMaterials(), anyAgreement(),
                new Agent("AG-1001", "AUTH-2026-0042"), null, NOW);
    }

    /** A PERSONAL applicant through a partner bank: exercises the attestation part. */
    public static ApplicationResubmitted anyApplicationResubmitted() {
        return new ApplicationResubmitted(APPLICATION_ID, 2, Channel.PARTNER_BANK, ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", anyBusinessAddress(), DeviceModel.SMART, SettlementSpeed.T0, null,
                anyApplicant(), anySettlementAccount(), null,
                List.of(anyMaterial(MaterialKind.ID_FRONT), anyMaterial(MaterialKind.ID_BACK),
                        anyMaterial(MaterialKind.BANK_CARD), anyMaterial(MaterialKind.SCENE_PHOTO)),
                anyAgreement(), null,
                new PartnerBankAttestation(BANK_CODE, BANK_REFERENCE, "110105001", "E2231",
                        Instant.parse("2026-11-22T02:10:00Z")),
                NOW.plus(Duration.ofDays(1)));
    }

    public static ApplicationReturned anyApplicationReturned() {
        return new ApplicationReturned(APPLICATION_ID, 1,
                List.of(anyReason(), Reason.of(ReasonCode.SCENE_PROOF_INSUFFICIENT)), NOW);
    }

    public static ApplicationInManualReview anyApplicationInManualReview() {
        return new ApplicationInManualReview(APPLICATION_ID, 1, List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), NOW);
    }

    public static ApplicationApproved anyApplicationApproved() {
        return new ApplicationApproved(APPLICATION_ID, MERCHANT_NO, NOW);
    }

    public static ApplicationRejected anyApplicationRejected() {
        return new ApplicationRejected(APPLICATION_ID, 1, List.of(Reason.of(ReasonCode.BLACKLISTED)), NOW);
    }

    public static MicroDepositAnswered anyMicroDepositAnswered() {
        return new MicroDepositAnswered(KycSubjectType.APPLICATION, APPLICATION_ID, "case-0001", 37, NOW, null);
    }

    public static MicroDepositAnswered anyMicroDepositAnsweredForAnAccountChange() {
        return new MicroDepositAnswered(KycSubjectType.ACCOUNT_CHANGE, "chg-0001", "case-0002", 58, NOW, MERCHANT_NO);
    }

    // onboarding.merchants.v1

    public static MerchantOnboarded anyMerchantOnboarded() {
        return new MerchantOnboarded(MERCHANT_NO, APPLICATION_ID, ApplicantType.PERSONAL, "北京市朝阳区老王便利店", "5411",
                DeviceModel.ESIGN, SettlementSpeed.T1, SERIAL, sealed(PHONE, Mask.PHONE), anySettlementAccount(),
                anyBusinessAddress(), NOW);
    }

    public static SettlementAccountChangeRequested anySettlementAccountChangeRequested() {
        return new SettlementAccountChangeRequested(MERCHANT_NO, "chg-0001", APPLICATION_ID, ApplicantType.PERSONAL,
                anySettlementAccount(), List.of(anyMaterial(MaterialKind.BANK_CARD)), NOW);
    }

    public static SettlementAccountChanged anySettlementAccountChanged() {
        return new SettlementAccountChanged(MERCHANT_NO, "chg-0001", anySettlementAccount(),
                Instant.parse("2026-11-22T16:00:00Z"));
    }

    // kyc.verifications.v1

    public static KycPassed anyKycPassed() {
        return new KycPassed("case-0001", KycSubjectType.APPLICATION, APPLICATION_ID, 1, List.of(), NOW);
    }

    public static KycFailed anyKycFailed() {
        return new KycFailed("case-0001", KycSubjectType.APPLICATION, APPLICATION_ID, 1,
                List.of(Reason.of(ReasonCode.BANK_ELEMENTS_MISMATCH)), NOW);
    }

    public static KycNeedsReview anyKycNeedsReview() {
        return new KycNeedsReview("case-0001", KycSubjectType.APPLICATION, APPLICATION_ID, 1,
                List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), NOW);
    }

    // terminal.terminals.v1

    public static TerminalRegistered anyTerminalRegistered() {
        return new TerminalRegistered(SERIAL, DeviceModel.ESIGN, "Lakala", NOW);
    }

    public static TerminalBound anyTerminalBound() {
        return new TerminalBound(SERIAL, MERCHANT_NO, DeviceModel.ESIGN, NOW);
    }

    public static ActivationCodeIssued anyActivationCodeIssued() {
        return new ActivationCodeIssued(SERIAL, MERCHANT_NO, NOW, NOW.plus(Duration.ofDays(30)));
    }

    public static TerminalAwaitingDeposit anyTerminalAwaitingDeposit() {
        return new TerminalAwaitingDeposit(SERIAL, MERCHANT_NO, 9900, NOW);
    }

    public static TerminalActivated anyTerminalActivated() {
        return new TerminalActivated(SERIAL, MERCHANT_NO, DeviceModel.ESIGN, "dep-tx-0001", 9900, NOW);
    }

    public static TerminalLocked anyTerminalLocked() {
        return new TerminalLocked(SERIAL, MERCHANT_NO, 5, NOW);
    }

    public static TerminalUnlocked anyTerminalUnlocked() {
        return new TerminalUnlocked(SERIAL, MERCHANT_NO, NOW);
    }

    public static TerminalReplaced anyTerminalReplaced() {
        return new TerminalReplaced(SERIAL, NEW_SERIAL, MERCHANT_NO, DeviceModel.ESIGN, NOW);
    }

    public static TerminalDeregistered anyTerminalDeregistered() {
        return new TerminalDeregistered(SERIAL, MERCHANT_NO, NOW);
    }

    // terminal.transactions.v1

    public static TransactionCaptured anyTransactionCaptured() {
        return new TransactionCaptured("3f0c9a52-7d4e-4b0a-9c61-0f3c2e1d5a77", SERIAL, MERCHANT_NO, TransactionType.SALE,
                TransactionPurpose.SALE, PaymentChannel.CARD, CardType.CREDIT, null, new CardSummary("625807", "3454"),
                12345, NOW, BUSINESS_DATE, null, null, "hmac-sha256:5f2b9c", ApplicantType.PERSONAL, SettlementSpeed.T1,
                Instant.parse("2026-11-22T02:15:28Z"));
    }

    public static TransactionCaptured anyQrRefundCaptured() {
        return new TransactionCaptured("7a1d", SERIAL, MERCHANT_NO, TransactionType.REFUND, TransactionPurpose.SALE,
                PaymentChannel.QR, null, Wallet.UNIONPAY, null, 5000, NOW, BUSINESS_DATE, "3f0c", CardType.DEBIT, null,
                null, null, null);
    }

    public static TransactionDeclined anyTransactionDeclined() {
        return new TransactionDeclined("9b2e", SERIAL, MERCHANT_NO, TransactionType.SALE, PaymentChannel.CARD,
                CardType.DEBIT, null, 9900, Reason.of(ReasonCode.DEPOSIT_CARD_NOT_CREDIT), NOW);
    }

    public static TransactionVoided anyTransactionVoided() {
        return new TransactionVoided("5c7d", "3f0c", SERIAL, MERCHANT_NO, 12345, BUSINESS_DATE, NOW);
    }

    // settlement.transactions.v1

    public static DepositCollected anyDepositCollected() {
        return new DepositCollected("dep-tx-0001", SERIAL, MERCHANT_NO, DeviceModel.ESIGN, 9900, NOW);
    }

    /** A T1 credit-card sale of 123.45 yuan at 0.60%: fee 74 fen (74.07 rounded half-up). */
    public static TransactionSettled anyTransactionSettled() {
        return new TransactionSettled("3f0c9a52-7d4e-4b0a-9c61-0f3c2e1d5a77", SERIAL, MERCHANT_NO, TransactionType.SALE,
                PaymentChannel.CARD, CardType.CREDIT, null, 12345, 74, 0, 12271, NOW, BUSINESS_DATE,
                BUSINESS_DATE.plusDays(1), SettlementSpeed.T1, null);
    }

    public static CashOutRiskFlagged anyCashOutRiskFlagged() {
        return new CashOutRiskFlagged("4d5e", SERIAL, MERCHANT_NO, 4_999_900, CashOutRiskReason.DEPOSIT_CARD_USED, NOW);
    }

    public static ServiceFeeCharged anyServiceFeeCharged() {
        return new ServiceFeeCharged(SERIAL, MERCHANT_NO, 4800, BUSINESS_DATE, BUSINESS_DATE.plusYears(1).minusDays(1), NOW);
    }

    public static SettlementDayClosed anySettlementDayClosed() {
        return new SettlementDayClosed(BUSINESS_DATE, NOW.plus(Duration.ofDays(1)));
    }

    // settlement.payouts.v1

    public static PayoutCompleted anyPayoutCompleted() {
        return new PayoutCompleted("po-0001", MERCHANT_NO, PayoutPurpose.DEPOSIT_REFUND, SERIAL, 9900,
                BUSINESS_DATE, NOW);
    }

    public static PayoutFailed anyPayoutFailed() {
        return new PayoutFailed("po-0002", MERCHANT_NO, PayoutPurpose.SETTLEMENT, null, 1_227_100, BUSINESS_DATE,
                "account frozen", 1, NOW);
    }

    // deposit.deposits.v1

    private static final Instant WINDOW_START = Instant.parse("2026-11-22T02:15:30Z");
    private static final Instant WINDOW_END = WINDOW_START.plus(Duration.ofDays(60));

    public static DepositHeld anyDepositHeld() {
        return new DepositHeld(SERIAL, MERCHANT_NO, 9900, WINDOW_START, WINDOW_END, 0, 10_000_000, NOW);
    }

    public static DepositRefundTriggered anyDepositRefundTriggered() {
        return new DepositRefundTriggered(SERIAL, MERCHANT_NO, 9900, WINDOW_START, WINDOW_END, 10_012_345, 10_000_000, NOW);
    }

    public static DepositRefunded anyDepositRefunded() {
        return new DepositRefunded(SERIAL, MERCHANT_NO, 9900, WINDOW_START, WINDOW_END, 10_012_345, 10_000_000,
                "po-0001", NOW);
    }

    public static DepositForfeited anyDepositForfeited() {
        return new DepositForfeited(SERIAL, MERCHANT_NO, 9900, WINDOW_START, WINDOW_END, 5_432_100, 10_000_000, NOW);
    }

    // partner-bank.applications.v1 and partner-bank.application-feedback.v1

    public static PartnerBankApplication anyPartnerBankApplication() {
        return new PartnerBankApplication(ApplicantType.PERSONAL, "北京市朝阳区老王便利店", "5411", anyBusinessAddress(),
                DeviceModel.ESIGN, SettlementSpeed.T1, SERIAL,
                new PartnerBankApplication.Applicant(APPLICANT_NAME, ID_NUMBER, LocalDate.parse("2035-05-01"), PHONE),
                new PartnerBankApplication.SettlementAccount(null, APPLICANT_NAME, DEBIT_CARD, "中国工商银行",
                        "中国工商银行北京朝阳支行", PHONE),
                null,
                List.of(new PartnerBankApplication.Material(MaterialKind.ID_FRONT, "doc-id-front"),
                        new PartnerBankApplication.Material(MaterialKind.ID_BACK, "doc-id-back"),
                        new PartnerBankApplication.Material(MaterialKind.BANK_CARD, "doc-bank-card"),
                        new PartnerBankApplication.Material(MaterialKind.SCENE_PHOTO, "doc-scene")),
                new PartnerBankApplication.Agreement(APPLICANT_NAME));
    }

    public static PartnerBankApplicationSubmitted anyPartnerBankApplicationSubmitted() {
        return new PartnerBankApplicationSubmitted(BANK_CODE, BANK_REFERENCE, "110105001", "E2231",
                Instant.parse("2026-11-22T02:10:00Z"), anyPartnerBankApplication());
    }

    public static ApplicationReceived anyApplicationReceived() {
        return new ApplicationReceived(BANK_CODE, BANK_REFERENCE, APPLICATION_ID, NOW);
    }

    public static ApplicationRefused anyApplicationRefused() {
        return new ApplicationRefused(BANK_CODE, BANK_REFERENCE,
                List.of(FieldError.of("application.applicant.idNumber", ReasonCode.ID_NUMBER_INVALID),
                        new FieldError("$", "SIGNATURE_INVALID", "the signature does not verify")), NOW);
    }

    public static ApplicationStatusChanged anyApplicationStatusChanged() {
        return new ApplicationStatusChanged(BANK_CODE, BANK_REFERENCE, APPLICATION_ID, ApplicationStatus.APPROVED,
                List.of(), MERCHANT_NO, NOW);
    }

    private static String sha256Of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
