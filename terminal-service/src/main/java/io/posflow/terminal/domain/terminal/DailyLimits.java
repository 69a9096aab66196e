package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * T4 at one terminal: the limits of the merchant's applicant type come with each SALE (config), and all the terminal
 * keeps is the total of the SALEs approved on its latest business date — a new business date starts at zero. The
 * deposit swipe (T3: the merchant's deposit, not sales volume), declined SALEs, VOIDs and REFUNDs never count.
 *
 * @param businessDate the business date of the latest approved SALE; null before the first
 * @param approved     the SALEs approved on {@code businessDate} so far
 */
public record DailyLimits(LocalDate businessDate, Money approved) {

    /** A terminal that has approved no SALE yet. */
    public static final DailyLimits NONE = new DailyLimits(null, Money.ZERO);

    /** The rules of T4, in the order they are checked. */
    public enum Rule {
        /** A single SALE is at most the per-transaction limit. */
        PER_TRANSACTION(ReasonCode.LIMIT_PER_TRANSACTION),
        /** The SALEs of one business date, this one included, are at most the per-business-day limit. */
        PER_BUSINESS_DAY(ReasonCode.LIMIT_PER_DAY);

        private final ReasonCode reason;

        Rule(ReasonCode reason) {
            this.reason = reason;
        }

        Rejection rejection() {
            return new Rejection(reason, this);
        }
    }

    public DailyLimits {
        Objects.requireNonNull(approved, "approved");
    }

    /** T8: the day a replaced terminal handed over goes on at its replacement. */
    static DailyLimits handedOver(Handover handover) {
        return new DailyLimits(handover.salesDate(), handover.salesOnDate());
    }

    /** @return the first limit a SALE of {@code amount} on {@code date} would break; empty when it is within both */
    public Optional<Rejection> check(Limits limits, Money amount, LocalDate date) {
        if (amount.isGreaterThan(limits.perTransaction())) {
            return Optional.of(Rule.PER_TRANSACTION.rejection());
        }
        if (approvedOn(date).plus(amount).isGreaterThan(limits.perBusinessDay())) {
            return Optional.of(Rule.PER_BUSINESS_DAY.rejection());
        }
        return Optional.empty();
    }

    /** After a SALE of {@code amount} was approved on {@code date}. */
    DailyLimits counted(Money amount, LocalDate date) {
        return new DailyLimits(date, approvedOn(date).plus(amount));
    }

    /** A new business date starts at zero. */
    Money approvedOn(LocalDate date) {
        return date.equals(businessDate) ? approved : Money.ZERO;
    }
}
