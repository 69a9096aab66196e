package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Givens for the Terminal fixture tests: what a test does not care about comes from here. */
final class TerminalFixtures {

    static final SerialNumber SERIAL = SerialNumber.of("LKLE100000000001");
    static final MerchantNo MERCHANT = MerchantNo.of("822110054110001");
    static final MerchantNo OTHER_MERCHANT = MerchantNo.of("822110054110002");
    static final Vendor VENDOR = Vendor.of("Lakala");
    static final Instant REGISTERED_AT = Instant.parse("2026-11-20T01:00:00Z");
    static final Instant BOUND_AT = REGISTERED_AT.plusSeconds(3600);
    static final Instant NOW = Instant.parse("2026-11-22T02:15:30Z");
    static final Duration VALIDITY = Duration.ofDays(30);
    static final ActivationCodeHash CODE = hash('a');
    static final ActivationCodeHash WRONG_CODE = hash('b');
    static final ActivationCodeHash NEW_CODE = hash('c');
    static final Money ESIGN_DEPOSIT = Money.ofFen(9_900);
    /** DESIGN's defaults for every applicant type: 50,000 yuan per SALE, 500,000 yuan per business date. */
    static final LimitsByApplicantType LIMITS = limits(new Limits(Money.ofFen(5_000_000), Money.ofFen(50_000_000)));

    private TerminalFixtures() {
    }

    static ActivationCodeHash hash(char digit) {
        return new ActivationCodeHash(String.valueOf(digit).repeat(64));
    }

    static TerminalRegistered anyRegistration() {
        return new TerminalRegistered(SERIAL, TerminalModel.ESIGN, VENDOR, REGISTERED_AT);
    }

    static TerminalBound anyBinding() {
        return new TerminalBound(SERIAL, MERCHANT, TerminalModel.ESIGN, ApplicantType.PERSONAL, SettlementSpeed.T1,
                BOUND_AT);
    }

    static NewActivationCode newCode(ActivationCodeHash hash, Instant issuedAt) {
        return new NewActivationCode(hash, issuedAt.plus(VALIDITY), 5);
    }

    static ActivationCodeIssued anyCodeIssued() {
        return new ActivationCodeIssued(SERIAL, MERCHANT, CODE, BOUND_AT, BOUND_AT.plus(VALIDITY), 5);
    }

    static ActivationCodeRejected wrongTry(int failed) {
        return new ActivationCodeRejected(SERIAL, MERCHANT, failed, 5 - failed, BOUND_AT.plusSeconds(60L * failed));
    }

    static TerminalAwaitingDeposit anyCodeAccepted() {
        return new TerminalAwaitingDeposit(SERIAL, MERCHANT, ESIGN_DEPOSIT, BOUND_AT.plusSeconds(600));
    }

    static TerminalActivated anyActivation() {
        return new TerminalActivated(SERIAL, MERCHANT, TerminalModel.ESIGN, TransactionId.of("deposit-1"),
                ESIGN_DEPOSIT, BOUND_AT.plusSeconds(900));
    }

    /** A credit card by the BIN table (625807). */
    static PaymentMethod creditCard() {
        return PaymentMethod.card(new Card("625807", "7893", "f".repeat(64), CardType.CREDIT, CardType.CREDIT));
    }

    /** Declared CREDIT by the device, but a debit card by its BIN (622202). */
    static PaymentMethod debitCardDeclaredCredit() {
        return PaymentMethod.card(new Card("622202", "5679", "e".repeat(64), CardType.CREDIT, CardType.DEBIT));
    }

    static PaymentMethod wechat() {
        return PaymentMethod.qr(Wallet.WECHAT, null);
    }

    static CaptureSale sale(String transactionId, PaymentMethod payment, long amountFen) {
        return sale(transactionId, payment, amountFen, LIMITS, NOW);
    }

    static CaptureSale sale(String transactionId, PaymentMethod payment, long amountFen,
                            LimitsByApplicantType limits, Instant capturedAt) {
        return new CaptureSale(SERIAL, TransactionId.of(transactionId), payment, Money.ofFen(amountFen), limits,
                capturedAt.minusSeconds(5), capturedAt, BusinessDay.SHANGHAI.dateOf(capturedAt));
    }

    /** An approved SALE of this terminal, captured at {@code capturedAt}. */
    static SaleCaptured saleCaptured(String transactionId, long amountFen, Instant capturedAt) {
        return new SaleCaptured(TransactionId.of(transactionId), SERIAL, MERCHANT, TransactionPurpose.SALE,
                creditCard(), Money.ofFen(amountFen), ApplicantType.PERSONAL, SettlementSpeed.T1, capturedAt,
                capturedAt, BusinessDay.SHANGHAI.dateOf(capturedAt));
    }

    static VoidSale voidOf(String transactionId, String originalId, long amountFen, boolean originalSettled) {
        return new VoidSale(SERIAL, TransactionId.of(transactionId), TransactionId.of(originalId), creditCard(),
                Money.ofFen(amountFen), originalSettled, NOW.minusSeconds(5), NOW,
                BusinessDay.SHANGHAI.dateOf(NOW));
    }

    static RefundSale refundOf(String transactionId, String originalId, long amountFen, boolean originalSettled) {
        return new RefundSale(SERIAL, TransactionId.of(transactionId), TransactionId.of(originalId), creditCard(),
                Money.ofFen(amountFen), originalSettled, NOW.minusSeconds(5), NOW,
                BusinessDay.SHANGHAI.dateOf(NOW));
    }

    static LimitsByApplicantType limits(Limits each) {
        Map<ApplicantType, Limits> byType = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            byType.put(type, each);
        }
        return new LimitsByApplicantType(byType);
    }

    /** The answer to an approved capture at {@code at} (a Shanghai business date). */
    static CaptureOutcome approved(TransactionId transactionId, TransactionPurpose purpose, Instant at) {
        return new CaptureOutcome(transactionId, CaptureOutcome.CaptureStatus.APPROVED, null, purpose, at,
                BusinessDay.SHANGHAI.dateOf(at));
    }

    /** The answer to a declined capture at {@code at} (a Shanghai business date). */
    static CaptureOutcome declined(TransactionId transactionId, ReasonCode reason, Instant at) {
        return new CaptureOutcome(transactionId, CaptureOutcome.CaptureStatus.DECLINED, reason, null, at,
                BusinessDay.SHANGHAI.dateOf(at));
    }
}
