package io.posflow.terminal.config;

import io.posflow.contracts.money.Money;
import io.posflow.terminal.domain.terminal.ApplicantType;
import io.posflow.terminal.domain.terminal.Limits;
import io.posflow.terminal.domain.terminal.LimitsByApplicantType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * T4: the terminal limits per applicant type, in fen: {@code posflow.terminal.limits.<APPLICANT_TYPE>.per-transaction-fen}
 * and {@code .per-business-day-fen}. Every applicant type needs both.
 *
 * @param limits applicant type to its limits
 */
@ConfigurationProperties("posflow.terminal")
public record LimitProperties(Map<ApplicantType, Limit> limits) {

    public LimitProperties {
        for (ApplicantType type : ApplicantType.values()) {
            Limit limit = limits == null ? null : limits.get(type);
            if (limit == null || limit.perTransactionFen() <= 0 || limit.perBusinessDayFen() <= 0) {
                throw new IllegalArgumentException("posflow.terminal.limits." + type
                        + ".per-transaction-fen and .per-business-day-fen must be positive");
            }
        }
        limits = Map.copyOf(limits);
    }

    /**
     * @param perTransactionFen the largest single SALE, in fen
     * @param perBusinessDayFen the most approved SALEs of one Asia/Shanghai business date may add up to, in fen
     */
    public record Limit(long perTransactionFen, long perBusinessDayFen) {
    }

    public LimitsByApplicantType byApplicantType() {
        Map<ApplicantType, Limits> byType = new EnumMap<>(ApplicantType.class);
        limits.forEach((type, limit) -> byType.put(type,
                new Limits(Money.ofFen(limit.perTransactionFen()), Money.ofFen(limit.perBusinessDayFen()))));
        return new LimitsByApplicantType(byType);
    }
}
