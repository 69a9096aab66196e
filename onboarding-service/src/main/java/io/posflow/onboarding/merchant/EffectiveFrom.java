package io.posflow.onboarding.merchant;

import java.time.Instant;
import java.time.ZoneId;

/** O10 次日生效: a verified account is paid to from the next Asia/Shanghai midnight after its verification. */
public final class EffectiveFrom {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private EffectiveFrom() {
    }

    /** The first Asia/Shanghai midnight strictly after {@code verifiedAt}. */
    public static Instant nextShanghaiMidnight(Instant verifiedAt) {
        return verifiedAt.atZone(SHANGHAI).toLocalDate().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }
}
