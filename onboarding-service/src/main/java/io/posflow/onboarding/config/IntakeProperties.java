package io.posflow.onboarding.config;

import io.posflow.onboarding.domain.checks.BinTable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synchronous checks of an application (architecture §3, O2, O8, K2, K3) and who is refused outright (O7).
 *
 * @param idValidityMargin        K2: how long the ID document must still be valid at (re)submission
 * @param maxApplicationsPerId    O8: applications one ID number may have (REJECTED ones do not count)
 * @param maxMerchantsPerId       O8: merchants one ID number may have
 * @param maxVideoLength          O2: the longest BUSINESS_VIDEO
 * @param binTable                K3: BIN (1–11 digits) to its card kind, e.g. {@code 622202: DOMESTIC_DEBIT}
 * @param blacklistedIdNumbers    O7: ID numbers whose applications are REJECTED; a secret, never printed
 * @param blacklistedCreditCodes  O7: unified social credit codes whose applications are REJECTED
 */
@ConfigurationProperties("posflow.onboarding.intake")
public record IntakeProperties(
        @DefaultValue("P3M") Period idValidityMargin,
        @DefaultValue("3") int maxApplicationsPerId,
        @DefaultValue("2") int maxMerchantsPerId,
        @DefaultValue("10s") Duration maxVideoLength,
        Map<String, CardKindSetting> binTable,
        List<String> blacklistedIdNumbers,
        List<String> blacklistedCreditCodes) {

    public IntakeProperties {
        if (idValidityMargin.isNegative()) {
            throw new IllegalArgumentException("posflow.onboarding.intake.id-validity-margin may not be negative");
        }
        if (maxApplicationsPerId < 1 || maxMerchantsPerId < 1) {
            throw new IllegalArgumentException("posflow.onboarding.intake: the per-ID limits are at least 1");
        }
        binTable = binTable == null ? Map.of() : Map.copyOf(binTable);
        blacklistedIdNumbers = blacklistedIdNumbers == null ? List.of() : List.copyOf(blacklistedIdNumbers);
        blacklistedCreditCodes = blacklistedCreditCodes == null ? List.of() : List.copyOf(blacklistedCreditCodes);
    }

    /** The configured BIN table; architecture §5's test BINs when none is configured. */
    public BinTable bins() {
        if (binTable.isEmpty()) {
            return BinTable.SIMULATION;
        }
        Map<String, BinTable.CardKind> kinds = new LinkedHashMap<>();
        binTable.forEach((bin, setting) -> kinds.put(bin, setting.kind()));
        return new BinTable(kinds);
    }

    /** Never prints blacklisted ID numbers. */
    @Override
    public String toString() {
        return "IntakeProperties[idValidityMargin=" + idValidityMargin + ", maxApplicationsPerId="
                + maxApplicationsPerId + ", maxMerchantsPerId=" + maxMerchantsPerId + ", maxVideoLength="
                + maxVideoLength + ", bins=" + binTable.size() + ", blacklistedIdNumbers="
                + blacklistedIdNumbers.size() + ", blacklistedCreditCodes=" + blacklistedCreditCodes.size() + "]";
    }

    public enum CardKindSetting {
        DOMESTIC_DEBIT(BinTable.CardType.DEBIT, BinTable.Origin.DOMESTIC),
        DOMESTIC_CREDIT(BinTable.CardType.CREDIT, BinTable.Origin.DOMESTIC),
        OVERSEAS_DEBIT(BinTable.CardType.DEBIT, BinTable.Origin.OVERSEAS),
        OVERSEAS_CREDIT(BinTable.CardType.CREDIT, BinTable.Origin.OVERSEAS);

        private final BinTable.CardType type;
        private final BinTable.Origin origin;

        CardKindSetting(BinTable.CardType type, BinTable.Origin origin) {
            this.type = type;
            this.origin = origin;
        }

        BinTable.CardKind kind() {
            return new BinTable.CardKind(type, origin);
        }
    }
}
